import Foundation
import SiteKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 14, defects 7 and 8 and the CSRF token in addresses: what the browser is told to
/// refuse, where the printed verification address comes from, where a form's token may be.
@Suite("Security headers, the public address and form tokens")
struct SecurityHeadersTests {
    @Test func pagesErrorsAndTheAPICarryTheHeadersThatForbidInlineScriptAndFraming() async throws {
        try await TestApp.run { app, _ in
            for path in ["/", "/no-such-page", "/api/v1/measures", "/api/v1/no-such-thing", "/static/site.js"] {
                // MUT
                let response = try await app.get(path)
                // validate
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "\(path): \(csp)")
                #expect(!csp.contains("unsafe-inline"), "\(path)")
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
                #expect(response.headers.first(name: "Strict-Transport-Security") == nil, "\(path): no TLS in tests")
            }
            let script = try await app.get("/static/site.js")
            #expect(script.status == .ok)
            #expect(script.headers.contentType?.subType == "javascript")
        }
    }

    @Test func noPageCarriesAnInlineScriptOrEventHandler() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "p@example.test")
            for path in ["/", "/login", "/register", "/training", "/training/cohorts/\(cohort)", "/verify"] {
                // MUT
                let html = try await browser.get(path).body.string
                // validate
                let scripts = html.components(separatedBy: "<script").dropFirst()
                #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/static/site.js\"") }, "\(path) has an inline script")
                #expect(HTMLBreakOut.find(in: html).isEmpty, "\(path)")
            }
        }
    }

    @Test func thePrintedVerificationAddressIsTheConfiguredOneWhateverTheHostHeaderSays() async throws {
        try await TestApp.run { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let (talent, _) = try await world.talent("韩梅", email: "hm@example.test")
            let recorded = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": "senior",
                    "occupationCode": "2-02-38-03", "issuerName": "山东省职业技能鉴定中心", "number": "SD-9",
                    "issuedOn": "2026-05-20",
                ])
            let certificate = try world.json(recorded)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let page = try await browser.get(
                "/certificates/\(certificate["id"] as? String ?? "")/print",
                headers: ["Host": "evil.example"])
            // validate
            #expect(page.status == .ok)
            #expect(!page.text.contains("evil.example"))
            #expect(page.text.contains("http://127.0.0.1:8080/verify/"))
        }
    }

    @Test func aFormTokenIsAcceptedInTheBodyOnlyNeverInTheAddress() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/imports")
            let token = browser.csrfToken
            // MUT: the token only in the address, as the upload form used to send it
            let inAddress = try await browser.upload(
                "/talents/imports?_csrf=\(percentEncode(token))",
                file: Array("姓名\n".utf8), named: "a.csv", fields: ["_csrf": ""])
            let inBody = try await browser.upload(
                "/talents/imports", file: Array("姓名\n".utf8), named: "a.csv",
                fields: ["_csrf": token])
            // validate
            #expect(inAddress.status == .forbidden)
            #expect(inBody.status == .unprocessableEntity)  // past the check: the consent box is missing
            let form = try await browser.get("/talents/imports").body.string
            #expect(!form.contains("?_csrf="))
        }
    }
}
