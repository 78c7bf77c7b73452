import Certificates
import Fluent
import Foundation
import SiteKit
import Testing
import Vapor
import VaporTesting

@testable import App

/// The audit page names what it shows in the reader's language (issue 17): each action
/// with its stored code beside it, the entity type, the changed fields; a code no
/// capability declares any more is shown as stored.
@Suite("Audit page names")
struct AuditPageTests {
    /// Records `entries` as the platform would, by no one in particular.
    private static func record(_ entries: [AuditEntry], _ app: Application) async throws {
        for entry in entries {
            try await AuditLog.append(
                entry, actor: nil, requestID: nil, key: app.secrets.audit, on: app.db, now: app.clock.now)
        }
    }

    private static func signedInAdmin(_ app: Application) async throws -> Browser {
        try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "a@example.test")
        return browser
    }

    @Test func theAuditPageNamesActionsEntitiesAndFieldsWithTheStoredCode() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await Self.record(
                [
                    AuditEntry(
                        .certificateIssue, entityID: "c-1", changedFields: ["kind", "level", "number", "issued_on"]),
                    AuditEntry(.userPasswordChange, entityID: "u-1", changedFields: ["password_hash"]),
                    AuditEntry(.organizationDemo, entityID: nil, changedFields: ["rows:12"]),
                ], app)
            let browser = try await Self.signedInAdmin(app)
            // MUT
            let chinese = try await browser.get("/admin/audit").text
            let english = try await browser.get("/admin/audit?lang=en").text
            // validate: the name, and the code kept small beside it (fields as stored: sorted)
            #expect(chinese.contains("<td>签发证书 <small class=\"muted\"><code>certificate.issue</code></small></td>"))
            #expect(chinese.contains("<td>证书 <code>c-1</code></td>"))
            #expect(chinese.contains("<td>发证日期、类别、等级、编号</td>"))
            #expect(chinese.contains("<td>密码</td>"))
            #expect(chinese.contains("<td>行数：12</td>"))
            #expect(chinese.contains("登录 <small class=\"muted\"><code>session.create</code></small>"))
            #expect(english.contains("Issue a certificate <small class=\"muted\"><code>certificate.issue</code>"))
            #expect(english.contains("<td>Certificate <code>c-1</code></td>"))
            #expect(english.contains("<td>Issued on, Kind, Level, Number</td>"))
            #expect(english.contains("<td>Password</td>"))
        }
    }

    @Test func anActionNoCapabilityDeclaresIsShownByItsCode() async throws {
        try await TestApp.run { app, _ in
            // setup: a row of an older release, its action and fields since renamed
            try await Self.record(
                [AuditEntry(.test("legacy.merge"), entityID: "x-1", changedFields: ["old_column", "status"])], app)
            let browser = try await Self.signedInAdmin(app)
            // MUT
            let page = try await browser.get("/admin/audit").text
            // validate
            #expect(page.contains("<td><small class=\"muted\"><code>legacy.merge</code></small></td>"))
            #expect(page.contains("<td>thing <code>x-1</code></td>"))
            #expect(page.contains("<td>old_column、状态</td>"))
        }
    }

    /// The filter offers the actions by name and sends the code, which the API takes too.
    @Test func theActionFilterIsAChoiceOfNamedActionsByCode() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await Self.record(
                [
                    AuditEntry(.certificateIssue, entityID: "c-1"), AuditEntry(.certificateRevoke, entityID: "c-1"),
                    AuditEntry(.certificateIssue, entityID: "c-2"),
                ], app)
            let browser = try await Self.signedInAdmin(app)
            // MUT
            let page = try await browser.get("/admin/audit?action=certificate.issue")
            let api = try await browser.get("/api/v1/audit-events?action=certificate.issue")
            let unknown = try await browser.get("/admin/audit?action=legacy.merge")
            // validate
            #expect(page.text.components(separatedBy: "data-sequence=").count - 1 == 2)
            #expect(page.text.contains("<select id=\"audit-action\" name=\"action\">"))
            #expect(
                page.text.contains("<option value=\"certificate.issue\" selected=\"selected\">签发证书（certificate.issue）"))
            #expect(page.text.contains("<option value=\"certificate.revoke\">撤销证书（certificate.revoke）</option>"))
            #expect(page.text.contains("<option value=\"certificate\">证书</option>"))
            #expect(api.status == .ok)
            let items = try JSONDecoder().decode(Items.self, from: Data(api.body.readableBytesView)).items
            #expect(items.map(\.action) == ["certificate.issue", "certificate.issue"])
            // a code no capability declares stays chosen, under its code
            #expect(unknown.text.contains("<option value=\"legacy.merge\" selected=\"selected\">legacy.merge</option>"))
            #expect(unknown.text.contains("audit-events") == false)
        }
    }

    private struct Items: Decodable {
        struct Item: Decodable { var action: String }
        var items: [Item]
    }
}
