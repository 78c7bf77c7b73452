import Accounts
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// One test per defect the security review found, each failing before its fix.
@Suite("Review findings stay fixed")
struct ReviewFindingsTests {
    static let script = "\"><script>alert(1)</script>"

    @Test func attributeValuesAreEscapedEverywhereUsersCanPutText() async throws {
        try await TestApp.run { app, _ in
            let search = try await app.get("/occupations?q=\(Self.script)")
            #expect(!search.text.contains(Self.script))
            #expect(search.text.contains("value=\"&quot;&gt;&lt;script&gt;"))
            let login = try await app.get("/login?next=/\(Self.script)")
            #expect(!login.text.contains(Self.script))
            // stored: a display name shown in aria-labels on the administrators' page
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let eve = try await TestApp.makeUser(app, role: .officer, email: "eve@example.test", department: "HRSS")
            eve.displayName = "Eve\" onfocus=\"alert(1)\" autofocus x=\""
            try await eve.save(on: app.db)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            let users = try await browser.get("/admin/users")
            // in text the quote is harmless; inside an attribute it must not end the value
            #expect(!users.text.contains("Eve\" onfocus=\"alert(1)\" autofocus x=\"\""))
            #expect(users.text.contains("aria-label=\"重置密码 Eve&quot; onfocus=&quot;alert(1)&quot;"))
            let audit = try await browser.get("/admin/audit?entity=\(Self.script)")
            #expect(!audit.text.contains(Self.script))
        }
    }

    @Test(arguments: ["/\r\nSet-Cookie: evil=1", "/\t/evil.example", "//evil.example", "https://evil.example"])
    func signInNeverRedirectsOffSiteOrSplitsHeaders(next: String) async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let browser = Browser(app)
            try await browser.get("/login")
            let response = try await browser.post(
                "/login",
                [
                    "identifier": "t@example.test",
                    "password": TestApp.password, "next": next,
                ])
            #expect(response.headers.first(name: .location) == "/workspace")
            #expect(response.headers.setCookie?["evil"] == nil)
        }
    }

    @Test func parallelSignInsAndTokensKeepOneAuditChain() async throws {
        try await TestApp.run { app, _ in
            for index in 1...6 { try await TestApp.makeUser(app, role: .talent, email: "p\(index)@example.test") }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...6 {
                    group.addTask {
                        let browser = Browser(app)
                        _ = try await TestApp.signIn(browser, "p\(index)@example.test")
                        try await browser.get("/account")
                        _ = try await browser.post("/account/tokens", ["name": "t", "scope": "read", "days": "9"])
                    }
                }
                try await group.waitForAll()
            }
            let count = try await AuditEvent.query(on: app.db).count()
            #expect(try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: count))
        }
    }

    @Test func parallelWrongPasswordsCannotExceedTheLimit() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "target@example.test")
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 1...10 {
                    group.addTask {
                        try await TestApp.signIn(Browser(app), "target@example.test", password: "Guess-Guess-1").status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count <= 5)
            #expect(statuses.contains(.tooManyRequests))
        }
    }

    @Test(arguments: ["/occupations?q=%00", "/api/v1/occupations?q=a%00b", "/api/v1/occupations?cursor=d.%00"])
    func nulInAQueryIsA400(target: String) async throws {
        try await TestApp.run { app, _ in
            let response = try await app.testing().sendRequest(.GET, "/") { $0.url = URI(string: target) }
            #expect(response.status == .badRequest)
        }
    }

    @Test func nulInAFormOrJSONIsA400AndWritesNothing() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            try await browser.get("/login")
            #expect(
                try await browser.post("/login", ["identifier": "a\u{0}@x.test", "password": "x"]).status == .badRequest
            )
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            _ = try await TestApp.signIn(browser, "a@example.test")
            try await browser.get("/admin/organizations")
            let form = try await browser.post(
                "/admin/organizations",
                [
                    "name": "n\u{0}", "kind": "enterprise",
                    "creditCode": CreditCode.fake(divisionCode: "370303", serial: 5).value, "districtCode": "370303",
                ])
            #expect(form.status == .badRequest)
            #expect(try await Organization.query(on: app.db).count() == 0)
        }
    }

    @Test func aUniqueConstraintRaceIsA409NotA500() async throws {
        try await TestApp.run { app, _ in
            app.post("race") { req async throws -> HTTPStatus in
                let code = CreditCode.fake(divisionCode: "370303", serial: 77).value
                try await Organization(name: "一", kind: .enterprise, creditCode: code, districtCode: "370303").create(
                    on: req.db)
                try await Organization(name: "二", kind: .enterprise, creditCode: code, districtCode: "370303").create(
                    on: req.db)
                return .ok
            }
            let browser = Browser(app)
            try await browser.get("/login")
            #expect(try await browser.post("/race", [:]).status == .conflict)
        }
    }

    @Test func aPasswordResetAlsoRevokesTheUsersTokens() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let owner = Browser(app)
            _ = try await TestApp.signIn(owner, "o@example.test")
            try await owner.get("/account")
            let page = try await owner.post("/account/tokens", ["name": "同步", "scope": "read", "days": "30"])
            let marker = try #require(page.text.range(of: "id=\"new-token\">"))
            let secret = String(page.text[marker.upperBound...].prefix { $0 != "<" })
            let admin = Browser(app)
            _ = try await TestApp.signIn(admin, "a@example.test")
            try await admin.get("/admin/users")
            _ = try await admin.post("/admin/users/\(try officer.requireID().uuidString)", ["action": "reset"])
            #expect(
                try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"]).status == .unauthorized)
        }
    }

    @Test func theLastAdministratorCannotBeDemotedNorDemoteThemselves() async throws {
        try await TestApp.run { app, _ in
            let first = try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            try await browser.get("/admin/users")
            let own = try await browser.post(
                "/admin/users/\(try first.requireID().uuidString)",
                ["action": "role", "role": "talent"])
            #expect(own.status == .badRequest)
            #expect(try await User.find(first.requireID(), on: app.db)?.role == .admin)
        }
    }
}
