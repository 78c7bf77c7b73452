import Accounts
import Courses
import Fluent
import Foundation
import SiteKit
import Testing
import Vapor

@testable import App

@Suite("Course hours a talent reports wait for the provider's confirmation")
struct CourseReviewTests {
    /// A course of the world's provider and a talent (zy@) who reported completing it.
    static func reported(_ world: TrainingWorld) async throws -> (course: String, completion: String) {
        let course = try await CourseTests.course(world)
        let (_, headers) = try await world.talent("郑一", email: "zy@example.test")
        let response = try await world.send(
            .POST, "/api/v1/courses/\(course)/completions", headers, ["evidence": "学习记录 PY-0042"])
        #expect(response.status == .ok, "\(response.body.string)")
        let completion = try #require(try await CourseCompletion.query(on: world.app.db).first())
        return (course, try completion.requireID().uuidString)
    }

    @Test func theProviderConfirmsTheTickedReportsOnItsPageAndTheLearnerIsTold() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (course, completion) = try await Self.reported(world)
            let provider = Browser(app)
            _ = try await TestApp.signIn(provider, "p@example.test")
            let other = Browser(app)
            _ = try await TestApp.signIn(other, "q@example.test")
            let learner = Browser(app)
            _ = try await TestApp.signIn(learner, "zy@example.test")
            // MUT
            let page = try await provider.get("/courses/reviews").text
            let othersPage = try await other.get("/courses/reviews").text
            let waiting = try await learner.get("/courses/\(course)").text
            let forbidden = try await learner.get("/courses/reviews")
            let confirmed = try await provider.post(
                "/courses/reviews", ["completionIDs[]": completion, "decision": "confirm"])
            // validate
            #expect(page.contains("data-completion=\"\(completion)\"") && page.contains("学习记录 PY-0042"))
            #expect(othersPage.contains("id=\"course-reviews-empty\""), "another provider sees none of them")
            #expect(waiting.contains("id=\"course-waiting\""))
            #expect(forbidden.status == .forbidden)
            #expect(confirmed.status == .seeOther)
            #expect(try await CourseCompletion.find(UUID(uuidString: completion), on: app.db)?.status == .confirmed)
            #expect(try await learner.get("/courses/\(course)").text.contains("id=\"course-completed\""))
            #expect(try await learner.get("/notifications").text.contains("记录已确认，学时已计入"))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == "course.completion_confirm").count() == 1)
        }
    }

    @Test func returningNeedsAReasonThenTheLearnerReadsItAndReportsAgain() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (course, completion) = try await Self.reported(world)
            let provider = Browser(app)
            _ = try await TestApp.signIn(provider, "p@example.test")
            let learner = Browser(app)
            _ = try await TestApp.signIn(learner, "zy@example.test")
            _ = try await provider.get("/courses/reviews")
            _ = try await learner.get("/courses/\(course)")
            // MUT
            let noReason = try await provider.post(
                "/courses/reviews", ["completionIDs[]": completion, "decision": "return", "note": " "])
            let nothingTicked = try await provider.post("/courses/reviews", ["decision": "confirm"])
            let byAnother = try await world.send(
                .POST, "/api/v1/course-completions/review", world.otherProviderHeaders,
                ["completionIDs": [completion], "decision": "confirm"])
            let returned = try await world.send(
                .POST, "/api/v1/course-completions/review", world.providerHeaders,
                ["completionIDs": [completion], "decision": "return", "note": "请补充测验成绩"])
            let coursePage = try await learner.get("/courses/\(course)").text
            let again = try await learner.post("/courses/\(course)/completions", ["evidence": "学习记录 PY-0042，测验 92 分"])
            // validate
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains("退回原因"))
            #expect(noReason.text.contains("checked=\"checked\""), "the ticked report stays ticked")
            #expect(nothingTicked.status == .unprocessableEntity && nothingTicked.text.contains("请至少选择一条学习记录"))
            #expect(byAnother.status == .unprocessableEntity && byAnother.body.string.contains("completionIDs"))
            #expect(try world.json(returned)["reviewed"] as? Int == 1)
            #expect(coursePage.contains("请补充测验成绩") && coursePage.contains("id=\"course-complete-form\""))
            #expect(again.status == .seeOther)
            let stored = try #require(try await CourseCompletion.find(UUID(uuidString: completion), on: app.db))
            #expect(stored.status == .pending && stored.evidence == "学习记录 PY-0042，测验 92 分")
            #expect(try await CourseCompletion.query(on: app.db).count() == 1)
        }
    }

    @Test func theProviderRecordingAReportedCompletionConfirmsIt() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (course, completion) = try await Self.reported(world)
            let talent = try #require(try await CourseCompletion.find(UUID(uuidString: completion), on: app.db))
            // The provider may credit only people it trained: enrol the talent first.
            let (_, cohort, _) = try await world.openProgram()
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "zy@example.test").first())
            #expect(
                try await world.send(
                    .POST, "/api/v1/cohorts/\(cohort)/enrollments", try await TrainingWorld.bearer(app, user), [:]
                ).status == .created)
            // MUT
            let recorded = try await world.send(
                .POST, "/api/v1/courses/\(course)/completions", world.providerHeaders,
                ["talentIDs": [talent.$talent.id.uuidString]])
            // validate
            #expect(try world.json(recorded)["credited"] as? Int == 1, "\(recorded.body.string)")
            #expect(try await CourseCompletion.find(UUID(uuidString: completion), on: app.db)?.status == .confirmed)
        }
    }
}
