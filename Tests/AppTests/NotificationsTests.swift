import Applications
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// In-app notifications (issue 16): the applicant hears of every change of state, the
/// department's officers of what arrives in their queue; each person reads only theirs.
@Suite("Notifications")
struct NotificationsTests {
    @Test func theApplicantAndTheDepartmentAreNotifiedAndEachMarksTheirsRead() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            let world = c.world
            let edu = try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU")
            let eduHeaders = try await TrainingWorld.bearer(app, edu)
            let id = try #require(
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/applications", c.headers,
                        ["kind": "skill-upgrade-subsidy", "basisID": c.certificate]))["id"] as? String)
            for code in ["certificate", "bank_account"] {
                _ = try await ApplicationWorkflowTests.upload(
                    world, id, code: code, bytes: ApplicationWorkflowTests.pdf, name: "x.pdf", c.headers)
            }
            _ = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            _ = try await world.send(
                .POST, "/api/v1/applications/\(id)/return", world.officerHeaders, ["comment": "请补充材料。"])

            // the reviewers of HRSS heard of the new application; EDU's did not
            let officer = try world.json(try await world.send(.GET, "/api/v1/notifications", world.officerHeaders))
            let officerItems = try #require(officer["items"] as? [[String: Any]])
            #expect(officerItems.map { $0["kind"] as? String } == ["application.review"])
            #expect(officerItems.first?["text"] as? String == "新的申报待审核：“失业保险技能提升补贴申领”。")
            #expect(officerItems.first?["link"] as? String == "/applications/\(id)")
            let none = try world.json(try await world.send(.GET, "/api/v1/notifications", eduHeaders))
            #expect((none["items"] as? [Any])?.isEmpty == true)
            // the applicant heard of both moves, newest first
            let talent = try world.json(try await world.send(.GET, "/api/v1/notifications", c.headers))
            #expect(talent["unreadCount"] as? Int == 2)
            let texts = (talent["items"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(
                texts == ["你的申报“失业保险技能提升补贴申领”：退回补正。", "你的申报“失业保险技能提升补贴申领”：待审核。"])

            // the header counts them; the page lists them; marking all read clears the count
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "t@example.test")
            let page = try await browser.get("/notifications")
            #expect(page.text.contains("退回补正"))
            #expect(page.text.contains("badge badge--count\">2"))
            #expect(try await browser.post("/notifications/read", [:]).status == .seeOther)
            #expect(!(try await browser.get("/notifications").text.contains("badge--count")))

            // one by one through the API; someone else's is not found
            let officerNote = try #require(officerItems.first?["id"] as? String)
            #expect(
                try await world.send(.POST, "/api/v1/notifications/\(officerNote)/read", c.headers).status == .notFound)
            let read = try world.json(
                try await world.send(.POST, "/api/v1/notifications/\(officerNote)/read", world.officerHeaders))
            #expect(read["readAt"] != nil)
            #expect(try await UserNotification.query(on: app.db).filter(\.$readAt == nil).count() == 0)
        }
    }
}
