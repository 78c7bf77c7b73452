import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("Cohorts after creation: name and dates, removing sessions, deleting an empty cohort")
struct CohortEditTests {
    @Test func theProviderRenamesAndMovesACohortButNotAwayFromItsSessions() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let body: [String: Any] = [
                "name": "第1期（晚班）", "enrolDeadline": "2026-05-31", "startsOn": "2026-04-01",
                "endsOn": "2026-09-30",
            ]
            // MUT
            let other = try await world.send(.PUT, "/api/v1/cohorts/\(cohort)", world.otherProviderHeaders, body)
            let moved = try await world.send(.PUT, "/api/v1/cohorts/\(cohort)", world.providerHeaders, body)
            let away = try await world.send(
                .PUT, "/api/v1/cohorts/\(cohort)", world.providerHeaders,
                body.merging(["startsOn": "2026-07-01"]) { $1 })
            // validate
            #expect(other.status == .notFound)
            #expect(moved.status == .ok, "\(moved.body.string)")
            let saved = try #require(try await Cohort.find(UUID(uuidString: cohort), on: app.db))
            #expect(
                [saved.name, saved.enrolDeadline, saved.startsOn, saved.endsOn]
                    == ["第1期（晚班）", "2026-05-31", "2026-04-01", "2026-09-30"])
            #expect(saved.capacity == 30)
            #expect(away.status == .unprocessableEntity)
            #expect(away.body.string.contains("startsOn"))
            #expect(away.body.string.contains("2026-06-01"))
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.startsOn == "2026-04-01")
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == "cohort.update").first())
            #expect(audit.changedFields.contains("name"))
        }
    }

    @Test func aCohortWithEnrolmentsIsNotDeletedAndAnEmptyOneIsWithItsSessions() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, cohort, _) = try await world.openProgram()
            let (_, headers) = try await world.talent("张三明", email: "a@example.test")
            _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:])
            let empty =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                        [
                            "name": "第2期", "capacity": 10, "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01",
                            "endsOn": "2026-12-31",
                        ]))["id"] as? String ?? ""
            _ = try await world.send(
                .POST, "/api/v1/cohorts/\(empty)/sessions", world.providerHeaders,
                ["date": "2026-06-02", "hours": 2, "topic": "开班"])
            // MUT
            let refused = try await world.send(.DELETE, "/api/v1/cohorts/\(cohort)", world.providerHeaders)
            let deleted = try await world.send(.DELETE, "/api/v1/cohorts/\(empty)", world.providerHeaders)
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("cohort"))
            #expect(deleted.status == .noContent)
            #expect(try await Cohort.find(UUID(uuidString: empty), on: app.db) == nil)
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db) != nil)
            #expect(try await CohortSession.query(on: app.db).count() == 1)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "cohort.delete").count() == 1)
        }
    }

    @Test func aSessionWithAttendanceStaysAndOneWithoutIsRemovedFromThePage() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, cohort, session) = try await world.openProgram()
            let spare =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/cohorts/\(cohort)/sessions", world.providerHeaders,
                        ["date": "2026-06-02", "hours": 2, "topic": "答疑"]))["id"] as? String ?? ""
            let (_, headers) = try await world.talent("张三明", email: "a@example.test")
            let enrollment = try world.json(
                try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]))
            _ = try await world.send(
                .POST, "/api/v1/programs/\(program)/status", world.providerHeaders, ["to": "running"])
            let attended = try await world.send(
                .POST, "/api/v1/enrollments/\(enrollment["id"] as? String ?? "")/attendance",
                world.providerHeaders, ["sessionID": session, "hours": 4])
            #expect(attended.status == .ok, "\(attended.body.string)")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "p@example.test")
            let page = try await browser.get("/training/cohorts/\(cohort)")
            #expect(page.body.string.contains("cohort-edit-form"))
            #expect(!page.body.string.contains("cohort-delete-form"))
            // MUT
            let kept = try await browser.post("/training/sessions/\(session)/delete", [:])
            let removed = try await browser.post("/training/sessions/\(spare)/delete", [:])
            // validate
            #expect(kept.status == .unprocessableEntity)
            #expect(kept.body.string.contains("已记录出勤"))
            #expect(removed.status == .seeOther)
            #expect(try await CohortSession.query(on: app.db).all().map(\.topic) == ["Hadoop 与 Spark"])
            let unknown = try await world.send(.DELETE, "/api/v1/sessions/\(UUID().uuidString)", world.providerHeaders)
            #expect(unknown.status == .notFound)
        }
    }
}
