import Accounts
import Foundation
import SiteKit
import TalentPool
import Testing
import Vapor

@testable import App

/// The certificates on a profile are "mine" to the talent only: staff reading someone
/// else's profile read "证书", not "我的证书".
@Suite("The certificates section names whose certificates they are")
struct CertificatesSectionTests {
    @Test func staffReadCertificatesAndTheTalentReadsMyCertificates() async throws {
        try await TestApp.run { app, _ in
            let owner = try await TestApp.makeUser(app, role: .talent, email: "own@example.test")
            let talent = try await TestTalents.add(app, name: "丁一", userID: owner.requireID())
            try await TestApp.makeUser(app, role: .admin, email: "staff@example.test")
            func heading(as email: String) async throws -> String? {
                let browser = Browser(app)
                _ = try await TestApp.signIn(browser, email)
                let page = try await browser.get("/talents/\(talent.requireID().uuidString)").body.string
                return page.firstMatch(of: /id="certificates-heading">([^<]*)</).map { String($0.1) }
            }
            #expect(try await heading(as: "staff@example.test") == "证书")
            #expect(try await heading(as: "own@example.test") == "我的证书")
        }
    }
}
