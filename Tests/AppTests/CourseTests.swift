import Accounts
import Courses
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Online course column (M7): courses, completions, continuing-education hours")
struct CourseTests {
    static func course(_ world: TrainingWorld, hours: Double = 2.5) async throws -> String {
        let response = try await world.send(
            .POST, "/api/v1/courses", world.providerHeaders,
            [
                "title": "Python 数据分析基础", "occupationCode": "2-02-38-03", "level": "junior", "hours": hours,
                "link": "https://example.org/courses/python",
            ])
        #expect(response.status == .created, "\(response.body.string)")
        return try world.json(response)["id"] as? String ?? ""
    }

    /// A browser sends a textarea's lines with CR LF, which Swift reads as one Character:
    /// splitting on "\n" kept the whole text as one paragraph (found in issue 18).
    @Test func aCoursesTextTypedInABrowserKeepsItsParagraphs() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let response = try await world.send(
                .POST, "/api/v1/courses", world.providerHeaders,
                [
                    "title": "数据治理入门", "occupationCode": "2-02-38-03", "level": "junior", "hours": 1,
                    "content": "第一段：数据标准。\r\n第二段：数据质量。",
                ])
            #expect(response.status == .created, "\(response.body.string)")
            let id = try #require(try world.json(response)["id"] as? String)
            let page = try await app.get("/courses/\(id)").text
            #expect(page.contains("<p>第一段：数据标准。</p><p>第二段：数据质量。</p>"))
        }
    }

    @Test func aTalentsReportedCompletionCountsOnceItsProviderConfirmsIt() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let first = try await Self.course(world)
            let second = try await Self.course(world, hours: 1)
            let (talent, headers) = try await world.talent("郑一", email: "zy@example.test")
            let evidence = ["evidence": "课程平台学习记录 PY-2026-0042，测验 92 分"]
            // MUT
            let bare = try await world.send(.POST, "/api/v1/courses/\(first)/completions", headers)
            var reported: [String: Any] = [:]
            for id in [first, first, second] {
                let response = try await world.send(.POST, "/api/v1/courses/\(id)/completions", headers, evidence)
                #expect(response.status == .ok)
                reported = try world.json(response)
            }
            let before = try await CourseStore.yearlyHours(of: talent.requireID(), on: app.db)
            let waiting = try await CourseCompletion.query(on: app.db).all().map { $0.id!.uuidString }
            let confirmed = try await world.send(
                .POST, "/api/v1/course-completions/review", world.providerHeaders,
                ["completionIDs": waiting, "decision": "confirm"])
            // validate
            #expect(bare.status == .unprocessableEntity && bare.body.string.contains("evidence"))
            #expect(reported["credited"] as? Int == 0 && reported["waitingForReview"] as? Int == 1)
            #expect(before.isEmpty, "reported hours count for nothing before the provider confirms them")
            #expect(try world.json(confirmed)["reviewed"] as? Int == 2)
            #expect(try await CourseCompletion.query(on: app.db).count() == 2)
            let hours = try await CourseStore.yearlyHours(of: talent.requireID(), on: app.db)
            #expect(hours.map(\.year) == [app.clock.year])
            #expect(hours.first?.hours.description == "3.5")
            let mine = try world.json(try await world.send(.GET, "/api/v1/course-completions", headers))
            let items = mine["items"] as? [[String: Any]] ?? []
            #expect(items.count == 2 && items.allSatisfy { $0["status"] as? String == "confirmed" })
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "zy@example.test")
            let page = try await browser.get("/account/training")
            #expect(page.text.contains("id=\"education-hours\""))
            #expect(page.text.contains("3.5 学时"))
        }
    }

    @Test func theProviderRecordsCompletionsForNamedProfilesAndBadListsWriteNothing() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let course = try await Self.course(world)
            let (first, _) = try await world.talent("王二", email: "w2@example.test")
            let (second, _) = try await world.talent("王三", email: "w3@example.test")
            let ids = [try first.requireID(), try second.requireID()].map(\.uuidString)
            let (stranger, _) = try await world.talent("路人", email: "lr@example.test")
            // A provider credits hours only to people it trained or enrolled.
            let (_, cohort, _) = try await world.openProgram()
            for email in ["w2@example.test", "w3@example.test"] {
                let user = try #require(try await User.query(on: app.db).filter(\.$email == email).first())
                #expect(
                    try await world.send(
                        .POST, "/api/v1/cohorts/\(cohort)/enrollments",
                        try await TrainingWorld.bearer(app, user), [:]
                    ).status == .created)
            }
            let untrained = try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", world.providerHeaders,
                ["talentIDs": [try stranger.requireID().uuidString]])
            #expect(untrained.status == .unprocessableEntity)
            #expect(untrained.body.string.contains("未在本机构报名或参加培训"))
            // MUT
            let bad = try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", world.providerHeaders,
                ["talentIDs": [ids[0], "not-an-id"]])
            let foreign = try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", world.otherProviderHeaders,
                ["talentIDs": [ids[0]]])
            let recorded = try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", world.providerHeaders,
                ["talentIDs": ids])
            // validate
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("talentIDs"))
            #expect(foreign.status == .forbidden)
            #expect(try world.json(recorded)["credited"] as? Int == 2)
            #expect(
                try await CourseCompletion.query(on: app.db).all().allSatisfy {
                    $0.source == "provider" && $0.minutes == 150
                })
        }
    }

    @Test func badCourseInputNamesTheFieldsAndTheColumnIsPublic() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            _ = try await Self.course(world)
            // MUT
            let bad = try await world.send(
                .POST, "/api/v1/courses", world.providerHeaders,
                ["title": "", "hours": 0, "link": "javascript:alert(1)"])
            let talentTry = try await world.send(
                .POST, "/api/v1/courses", try await world.talent("钱八", email: "q8@example.test").1,
                ["title": "x", "hours": 1, "content": "x"])
            // validate
            #expect(bad.status == .unprocessableEntity)
            let fields = Set((try world.json(bad)["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["title", "hours", "link"])
            #expect(talentTry.status == .forbidden)
            let page = try await app.get("/courses")
            #expect(page.status == .ok && page.text.contains("Python 数据分析基础"))
            #expect((try world.json(try await world.send(.GET, "/api/v1/courses", [:]))["items"] as? [Any])?.count == 1)
            #expect(
                (try world.json(try await world.send(.GET, "/api/v1/courses?q=%25", [:]))["items"] as? [Any])?.count
                    == 1,
                "a lone % is no keyword")
            #expect(
                (try world.json(try await world.send(.GET, "/api/v1/courses?q=Python%25x", [:]))["items"] as? [Any])?
                    .isEmpty == true)
        }
    }
}
