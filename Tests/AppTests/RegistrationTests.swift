import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Self-registration and the personal data download")
struct RegistrationTests {
    static let residentID = ResidentID.fake(areaCode: "370302", birth: CalendarDate("1996-11-02")!, sequence: 246).value

    private func form(_ overrides: [String: String] = [:]) -> [String: String] {
        [
            "name": "李娜", "residentID": Self.residentID, "email": "lina@example.test", "password": "Zichuan-Data-88",
            "confirm": "Zichuan-Data-88", "districtCode": "370302", "educationLevel": "master",
            "occupations": "2-02-38-01", "skills": "机器学习", "consent": "yes",
        ].merging(overrides) { $1 }
    }

    @Test func aPersonRegistersAccountProfileAndConsentInOneStep() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            try await browser.get("/register")
            // MUT
            let response = try await browser.post("/register", form())
            // validate
            #expect(response.status == .seeOther)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "lina@example.test").first())
            #expect(user.role == .talent)
            #expect(user.mustChangePassword == false)
            let talent = try #require(try await Talent.query(on: app.db).first())
            #expect(talent.$user.id == user.id)
            #expect(talent.gender == "female")
            #expect(talent.consentVersion == TalentConsent.version)
            // signed in, and the own profile is readable (masked: a talent is not staff)
            let profile = try await browser.get(response.headers.first(name: .location) ?? "")
            #expect(profile.status == .ok)
            #expect(profile.text.contains("370302********"))
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains("user.register") && actions.contains("talent.create"))
        }
    }

    @Test func everyProblemIsReportedAndNothingIsWritten() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            try await browser.get("/register")
            let response = try await browser.post(
                "/register",
                form([
                    "residentID": "370302199611021234", "password": "short", "confirm": "other", "consent": "",
                ]))
            #expect(response.status == .unprocessableEntity)
            for message in ["身份证号码", "新密码至少需要", "两次输入的新密码不一致", "须取得本人同意"] {
                #expect(response.text.contains(message), "\(message)")
            }
            #expect(try await User.query(on: app.db).count() == 0)
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func anEmailAlreadyUsedByAnAccountIsRejected() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "lina@example.test", department: "HRSS")
            let browser = Browser(app)
            try await browser.get("/register")
            let response = try await browser.post("/register", form())
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("无法用这些信息注册"))
            #expect(!response.text.contains("邮箱已被"))
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func theDownloadHoldsEverythingAboutThePersonInFull() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            try await browser.get("/register")
            _ = try await browser.post("/register", form(["mobile": "13912345678"]))
            // MUT
            let response = try await browser.get("/account/my-data.json")
            // validate
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let data = try JSONDecoder().decode(PersonalDataExportProbe.self, from: Data(response.text.utf8))
            #expect(data.talent?.residentID == Self.residentID)
            #expect(data.talent?.mobile == "13912345678")
            #expect(data.account.mobile == "13912345678")
            #expect(data.history.contains { $0.action == "talent.create" })
        }
    }

    @Test func theDownloadNeedsASignIn() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/account/my-data.json")
            #expect(response.status == .seeOther)
        }
    }
}

/// The parts of the export the tests read (dates are left out of the comparison).
private struct PersonalDataExportProbe: Decodable {
    struct Account: Decodable { var mobile: String? }
    struct Profile: Decodable {
        var residentID: String?
        var mobile: String?
    }
    struct Event: Decodable { var action: String }
    var account: Account
    var talent: Profile?
    var history: [Event]
}
