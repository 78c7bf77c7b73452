import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// Audit actions are typed (issue 15: 39 free strings, one of them built from a form field).
@Suite("Audit actions")
struct AuditActionsTests {
    /// An action declared as `AuditAction("name", on: .entity, label: .text)`: its name.
    static var declaration: Regex<(Substring, Substring, Substring, Substring)> {
        /AuditAction\(\s*"([^"]+)",\s*on: \.(\w+),\s*label: \.(\w+)\)/
    }

    /// Each capability declares its actions in its own `…+AuditActions.swift`; a name
    /// declared twice, or an action made up at a call site, would split or blur the trail.
    @Test func everyActionIsDeclaredOnceInItsCapabilitysActionsFile() throws {
        var declared: [String: String] = [:]
        for file in SourceTree.swiftFiles(in: SourceTree.allModules) {
            let text = try String(contentsOf: file, encoding: .utf8)
            let matches = text.matches(of: Self.declaration)
            #expect(
                text.firstMatch(of: /AuditAction\(\s*"/) == nil || !matches.isEmpty,
                "\(file.lastPathComponent) makes an audit action another way")
            if !file.lastPathComponent.hasSuffix("+AuditActions.swift") {
                #expect(matches.isEmpty, "\(file.lastPathComponent) makes up an audit action")
                continue
            }
            for match in matches {
                let name = String(match.1)
                #expect(declared[name] == nil, "\(name) is declared in \(declared[name] ?? "") too")
                declared[name] = file.lastPathComponent
            }
        }
        #expect(declared.count >= 61)
        #expect(declared["certificate.issue"] == "Certificates+AuditActions.swift")
    }

    /// The audit page names each action (issue 17): every action declared anywhere is
    /// listed by a composed capability, once, with its name and its entity type's name in
    /// both languages, so none can be recorded that the page shows only as a code.
    @Test func everyDeclaredActionIsListedByACapabilityWithItsNames() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            // setup: the actions the source declares
            var declared: Set<String> = []
            for file in SourceTree.swiftFiles(in: SourceTree.allModules) {
                let text = try String(contentsOf: file, encoding: .utf8)
                declared.formUnion(text.matches(of: Self.declaration).map { String($0.1) })
            }
            // MUT: the actions the composed capabilities list
            let listed = app.auditActions
            // validate
            #expect(Set(listed.map(\.name)) == declared)
            #expect(listed.count == Set(listed.map(\.name)).count, "an action listed twice")
            for action in listed {
                for text in [action.label.zh, action.label.en, action.entity.label.zh, action.entity.label.en] {
                    #expect(!text.isEmpty && text != action.name && text != action.entityType, "\(action.name)")
                }
            }
            // one name per entity type, whichever action carries it
            let entities = Dictionary(grouping: listed.map(\.entity), by: \.name)
            #expect(entities.values.allSatisfy { Set($0).count == 1 })
            #expect(listed.first { $0.name == "certificate.issue" }?.label.zh == "签发证书")
            #expect(listed.first { $0.name == "certificate.issue" }?.entity.label.zh == "证书")
        }
    }

    /// The four ways an administrator changes an account were one action built from the
    /// form's field (`user.\(action)`); each is now its own action, under the same name.
    @Test func eachAccountChangeIsRecordedAsItsOwnAction() async throws {
        try await TestApp.run { app, _ in
            // setup: an administrator and an officer of the HR bureau
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let officer = try await TestApp.makeUser(
                app, role: .officer, email: "officer@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            try await browser.get(SiteURL.adminUsers.path)
            let page = SiteURL.adminUser(try officer.requireID()).path
            // act
            for fields in [
                ["action": "deactivate"], ["action": "activate"], ["action": "reset"],
                ["action": "role", "role": "admin"],
            ] {
                let response = try await browser.post(page, fields)
                #expect(response.status == .ok, "\(fields): \(response.body.string.prefix(300))")
            }
            let refused = try await browser.post(page, ["action": "promote"])
            // assert
            #expect(refused.status == .badRequest)
            let recorded = try await AuditEvent.query(on: app.db).filter(\.$entityID == officer.id?.uuidString)
                .sort(\.$sequence).all().map { "\($0.entityType) \($0.action)" }
            #expect(recorded == ["user user.deactivate", "user user.activate", "user user.reset", "user user.role"])
        }
    }
}
