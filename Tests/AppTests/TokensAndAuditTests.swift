import Accounts
import Fluent
import Foundation
import Logging
import NIOConcurrencyHelpers
import Organizations
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("API tokens and the audit trail")
struct TokensAndAuditTests {
    private func createToken(_ browser: Browser, scope: String = "read", days: String = "30") async throws -> String {
        try await browser.get("/account")
        let page = try await browser.post("/account/tokens", ["name": "数据同步", "scope": scope, "days": days])
        #expect(page.status == .created)
        let marker = try #require(page.text.range(of: "id=\"new-token\">"))
        return String(page.text[marker.upperBound...].prefix { $0 != "<" })
    }

    @Test func tokenIsShownOnceStoredAsHashAndWorksAsBearer() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "hrss@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "hrss@example.test")
            let secret = try await createToken(browser)
            #expect(secret.hasPrefix("tlt_"))
            let stored = try #require(try await APIToken.query(on: app.db).first())
            #expect(stored.tokenHash == Secrets.sha256(secret))
            #expect(try await browser.get("/account").text.contains(secret) == false)
            let me = try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"])
            #expect(me.status == .ok)
            #expect(me.text.contains("hrss@example.test"))
        }
    }

    @Test func aTokenReadsAProfileWithItsCodedAttributesOnlyWithinItsScope() async throws {
        try await TestApp.run { app, _ in
            let acme = try await TestApp.makeOrganization(app, name: "示例科技", serial: 31)
            let other = try await TestApp.makeOrganization(app, name: "另一家公司", serial: 32)
            try await TestApp.makeUser(app, role: .officer, email: "hrss@example.test", department: "HRSS")
            try await TestApp.makeUser(app, role: .employer, email: "hr@other.test", organization: other.id)
            let talent = try await TestTalents.add(
                app, name: "王芳", occupations: ["4-04-05-01", "2-02-02-01"],
                keyGroups: ["college_graduates"], employer: acme.id)
            let path = "/api/v1/talents/\(try talent.requireID().uuidString)"
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "hrss@example.test")
            let secret = try await createToken(officer)
            let read = try await app.get(path, headers: ["Authorization": "Bearer \(secret)"])
            #expect(read.status == .ok)
            let dto = try JSONDecoder().decode(TalentDTO.self, from: Data(read.text.utf8))
            #expect(dto.name == "王芳")
            #expect(dto.occupations == ["2-02-02-01", "4-04-05-01"])
            #expect(dto.keyGroups == ["college_graduates"])
            #expect(dto.categories.isEmpty)
            #expect(dto.residentID?.count == 18)
            #expect(try await APIToken.query(on: app.db).first()?.lastUsedAt != nil)
            // Another organisation's employer: not found, as if the profile did not exist.
            let outsider = Browser(app)
            _ = try await TestApp.signIn(outsider, "hr@other.test")
            let foreign = try await app.get(
                path, headers: ["Authorization": "Bearer \(try await createToken(outsider))"])
            #expect(foreign.status == .notFound)
            let unknown = try await app.get(
                "/api/v1/talents/\(UUID().uuidString)", headers: ["Authorization": "Bearer \(secret)"])
            #expect(unknown.status == .notFound)
        }
    }

    @Test func revokedUnknownAndExpiredTokensAre401Problems() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "t@example.test")
            let secret = try await createToken(browser)
            let token = try #require(try await APIToken.query(on: app.db).first())
            // unknown
            let unknown = try await app.get("/api/v1/me", headers: ["Authorization": "Bearer tlt_nope"])
            #expect(unknown.status == .unauthorized)
            #expect(unknown.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            // expired
            token.expiresAt = Date().addingTimeInterval(-1)
            try await token.save(on: app.db)
            #expect(
                try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"]).status == .unauthorized)
            // revoked through the page
            token.expiresAt = Date().addingTimeInterval(3600)
            try await token.save(on: app.db)
            try await browser.get("/account")
            _ = try await browser.post("/account/tokens/\(try token.requireID().uuidString)/revoke", [:])
            #expect(
                try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"]).status == .unauthorized)
        }
    }

    /// Tokens are cached for a few seconds (`BearerTokenCache`); a change made here must
    /// still take effect on the very next request.
    @Test func aTokenInUseStopsWorkingAtOnceWhenRevokedOrItsAccountIsDeactivatedOrChanged() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let talent = try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let (admin, person, staff) = (Browser(app), Browser(app), Browser(app))
            _ = try await TestApp.signIn(admin, "a@example.test")
            _ = try await TestApp.signIn(person, "t@example.test")
            _ = try await TestApp.signIn(staff, "o@example.test")
            func me(_ secret: String) async throws -> TestingHTTPResponse {
                try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"])
            }

            // Revoked by its owner.
            let first = try await createToken(person)
            #expect(try await me(first).status == .ok)
            #expect(try await me(first).status == .ok)
            let token = try #require(
                try await APIToken.query(on: app.db).filter(\.$user.$id == talent.requireID()).first())
            try await person.get("/account")
            _ = try await person.post("/account/tokens/\(try token.requireID().uuidString)/revoke", [:])
            #expect(try await me(first).status == .unauthorized)

            // The account deactivated by an administrator.
            let second = try await createToken(person)
            #expect(try await me(second).status == .ok)
            try await admin.get("/admin/users")
            _ = try await admin.post("/admin/users/\(try talent.requireID().uuidString)", ["action": "deactivate"])
            #expect(try await me(second).status == .unauthorized)

            // The account's role changed: the next request acts with the new role.
            let third = try await createToken(staff)
            #expect(try await me(third).text.contains("\"officer\""))
            _ = try await admin.post(
                "/admin/users/\(try officer.requireID().uuidString)", ["action": "role", "role": "admin"])
            let changed = try await me(third)
            #expect(changed.status == .ok)
            #expect(changed.text.contains("\"admin\""))
        }
    }

    @Test func theTokenCacheForgetsAnEntryAfterItsLifetimeAndStaysBounded() throws {
        let cache = BearerTokenCache()
        let checked = Date(timeIntervalSince1970: 1_800_000_000)
        let facts = BearerTokenCache.TokenFacts(id: UUID(), scope: .read, expiresAt: checked.addingTimeInterval(3600))
        let row = EmptyRow()
        cache.store(.init(token: facts, account: row, checkedAt: checked), for: "h")
        #expect(cache.entry("h", now: checked.addingTimeInterval(BearerTokenCache.lifetime - 0.1)) != nil)
        #expect(cache.entry("h", now: checked.addingTimeInterval(BearerTokenCache.lifetime)) == nil)
        cache.store(.init(token: facts, account: row, checkedAt: checked), for: "h")
        cache.markUsed("h", at: checked)
        #expect(cache.entry("h", now: checked)?.token.lastUsedAt == checked)
        for index in 0..<BearerTokenCache.capacity {
            cache.store(.init(token: facts, account: row, checkedAt: checked), for: "k\(index)")
        }
        // Full: it started afresh rather than growing.
        #expect(cache.entry("h", now: checked) == nil)
        #expect(cache.entry("k\(BearerTokenCache.capacity - 1)", now: checked) != nil)
    }

    private struct EmptyRow: SQLRow {
        var allColumns: [String] { [] }
        func contains(column: String) -> Bool { false }
        func decodeNil(column: String) throws -> Bool { true }
        func decode<D: Decodable>(column: String, as: D.Type) throws -> D { throw Abort(.notFound) }
    }

    @Test func readOnlyTokenCannotWrite() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            let secret = try await createToken(browser, scope: "read")
            var headers: HTTPHeaders = ["Authorization": "Bearer \(secret)"]
            headers.contentType = .json
            let response = try await app.testing().sendRequest(
                .POST, "/api/v1/organizations", headers: headers,
                body: ByteBuffer(string: "{}"))
            #expect(response.status == .forbidden)
        }
    }

    @Test func badOrganisationIs422NamingTheFieldAndWritesNothing() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            let secret = try await createToken(browser, scope: "read_write")
            var headers: HTTPHeaders = ["Authorization": "Bearer \(secret)"]
            headers.contentType = .json
            var code = CreditCode.fake(divisionCode: "370303", serial: 9).value
            code = String(code.dropLast()) + (code.last == "0" ? "1" : "0")  // a wrong check character
            let body = #"{"name":"示例公司","kind":"enterprise","creditCode":"\#(code)","districtCode":"370303"}"#
            let response = try await app.testing().sendRequest(
                .POST, "/api/v1/organizations", headers: headers,
                body: ByteBuffer(string: body))
            #expect(response.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.string.utf8))
            #expect(problem.errors?.map(\.field) == ["creditCode"])
            #expect(try await Organization.query(on: app.db).count() == 0)
            let events = try await AuditEvent.query(on: app.db).filter(\.$entityType == "organization").count()
            #expect(events == 0)
        }
    }

    @Test func everyChangeIsAuditedAndTheChainVerifies() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            try await browser.get("/admin/organizations")
            let created = try await browser.post(
                "/admin/organizations",
                [
                    "name": "淄博示例数据服务有限公司", "kind": "enterprise",
                    "creditCode": CreditCode.fake(divisionCode: "370303", serial: 3).value, "districtCode": "370303",
                ])
            #expect(created.status == .seeOther)
            _ = try await createToken(browser)
            // validate
            let events = try await AuditEvent.query(on: app.db).sort(\.$sequence).all()
            #expect(
                events.map(\.action).filter { !["policy.activate", "reference.load"].contains($0) }
                    == ["session.create", "organization.create", "api_token.create"])
            #expect(try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: events.count))
            // the log names fields, never values
            let organizationEvent = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == "organization.create").first())
            #expect(organizationEvent.changedFields.contains("credit_code"))
            #expect(!organizationEvent.changedFields.contains("淄博"))
        }
    }

    @Test func changingOneStoredEventIsDetectedAtItsNumber() async throws {
        try await TestApp.run { app, _ in
            // setup: the start-up events and 4 more
            let base = Int64(try await AuditEvent.query(on: app.db).count())
            for index in 1...4 {
                try await app.db.transaction { db in
                    try await AuditLog.append(
                        AuditEntry(.test("test.event"), entityID: "\(index)"),
                        actor: nil, requestID: nil, key: app.secrets.audit, on: db, now: app.clock.now)
                }
            }
            #expect(try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: Int(base) + 4))
            // MUT: one character of the third new event changed behind the platform's back
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE audit_events SET entity_id = '9' WHERE sequence = \(unsafeRaw: String(base + 3))")
                .run()
            // validate
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db)
                    == .broken(atSequence: base + 3, reason: .hashMismatch))
        }
    }

    @Test func concurrentAppendsStayOneChain() async throws {
        try await TestApp.run { app, _ in
            let base = try await AuditEvent.query(on: app.db).count()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 1...12 {
                    group.addTask {
                        try await app.db.transaction { db in
                            try await AuditLog.append(
                                AuditEntry(
                                    .test("test.parallel"),
                                    entityID: "\(index)"), actor: nil, requestID: nil, key: app.secrets.audit, on: db,
                                now: app.clock.now)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: base + 12))
        }
    }

    @Test func logsOfAFullFlowHoldNoPasswordOrToken() async throws {
        try await TestApp.run { app, _ in
            let lines = NIOLockedValueBox<[String]>([])
            app.middleware.use(LogCapture(lines: lines), at: .beginning)
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            _ = try await TestApp.signIn(Browser(app), "a@example.test", password: "Wrong-Password-1")
            let secret = try await createToken(browser, scope: "read_write")
            _ = try await app.get("/api/v1/me", headers: ["Authorization": "Bearer \(secret)"])
            try await browser.get("/admin/users")
            _ = try await browser.post(
                "/admin/users",
                [
                    "displayName": "新officer", "email": "new@example.test",
                    "role": "officer", "departmentCode": "HRSS",
                ])
            let logged = lines.withLockedValue { $0 }.joined(separator: "\n")
            #expect(!logged.isEmpty)
            for secretText in [TestApp.password, "Wrong-Password-1", secret, String(secret.dropFirst(4))] {
                #expect(!logged.contains(secretText))
            }
        }
    }

    @Test func auditPageNamesActorsAndTheSystemAndFiltersByEntity() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            let page = try await browser.get("/admin/audit")
            #expect(page.status == .ok)
            #expect(page.text.contains("测试admin（平台管理员）"))
            #expect(page.text.contains("<td>系统</td>"))
            let filtered = try await browser.get("/admin/audit?entity=reference_dataset")
            #expect(filtered.text.components(separatedBy: "data-sequence=").count - 1 == 3)
            let bad = try await browser.get("/admin/audit?from=2025-13-40")
            #expect(bad.status == .badRequest)
        }
    }
}
