import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("Training: programs, cohorts, enrolment and the waiting list")
struct TrainingTests {
    @Test func aFullCohortPutsTheNextApplicantOnTheWaitingListAndAWithdrawalMovesThemUp() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 1)
            let (_, first) = try await world.talent("张三明", email: "a@example.test")
            let (_, second) = try await world.talent("李四", email: "b@example.test")
            // MUT
            let seated = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", first, [:])
            let waiting = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", second, [:])
            // validate
            #expect(seated.status == .created)
            #expect(try world.json(seated)["status"] as? String == "enrolled")
            #expect(try world.json(waiting)["status"] as? String == "waitlisted")
            let withdrawn = try await world.send(
                .POST, "/api/v1/enrollments/\(try world.json(seated)["id"] as? String ?? "")/withdraw",
                first)
            #expect(try world.json(withdrawn)["status"] as? String == "withdrawn")
            let moved = try #require(
                try await Enrollment.find(
                    UUID(uuidString: try world.json(waiting)["id"] as? String ?? ""),
                    on: app.db))
            #expect(moved.status == .enrolled)
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.seatsTaken == 1)
        }
    }

    @Test func parallelApplicationsForTheLastSeatGiveItToExactlyOne() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 1)
            var applicants: [HTTPHeaders] = []
            for index in 0..<8 {
                applicants.append(try await world.talent("申请人\(index)", email: "t\(index)@example.test").1)
            }
            // MUT
            let statuses = try await withThrowingTaskGroup(of: String.self) { group in
                for headers in applicants {
                    group.addTask {
                        let response = try await world.send(
                            .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:])
                        return try world.json(response)["status"] as? String ?? "\(response.status)"
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            // validate
            #expect(statuses.filter { $0 == "enrolled" }.count == 1)
            #expect(statuses.filter { $0 == "waitlisted" }.count == 7, "\(statuses)")
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.seatsTaken == 1)
        }
    }

    @Test func anUnmetEntryRequirementIsRefusedNamingTheAlternativesAndWritesNothing() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(requirement: [
                "requireCertificateKind": "training_completion", "requireCertificateLevel": "junior",
                "requireYearsInField": 3,
            ])
            let (_, headers) = try await world.talent("王五", email: "w@example.test")
            // MUT
            let refused = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["yearsInField": 2])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("yearsInField"))
            #expect(refused.body.string.contains("满 3 年"))
            #expect(try await Enrollment.query(on: app.db).count() == 0)
            let accepted = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["yearsInField": 3])
            #expect(accepted.status == .created)
        }
    }

    @Test func anApplicationAfterTheDeadlineOrToADraftIsRefused() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let yesterday = ZiboTime.day(Date().addingTimeInterval(-86_400))
            let (_, cohort, _) = try await world.openProgram(
                deadline: yesterday < "2026-03-01" ? "2026-03-01" : yesterday)
            let (_, headers) = try await world.talent("赵六", email: "z@example.test")
            // MUT
            let late = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:])
            // validate
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("截止") || late.body.string.contains("closed"))
            #expect(try await Enrollment.query(on: app.db).count() == 0)
        }
    }

    @Test func aCohortCannotShrinkBelowItsTakenSeatsAndGrowingItSeatsTheWaitingList() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(capacity: 1)
            for index in 0..<3 {
                let (_, headers) = try await world.talent("学员\(index)", email: "s\(index)@example.test")
                _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:])
            }
            // MUT
            let grown = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/capacity", world.providerHeaders, ["capacity": 2])
            let shrunk = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/capacity", world.providerHeaders, ["capacity": 1])
            // validate
            #expect(grown.status == .ok)
            #expect(shrunk.status == .unprocessableEntity)
            #expect(shrunk.body.string.contains("capacity"))
            let statuses = try await Enrollment.query(on: app.db).all().map(\.status.rawValue).sorted()
            #expect(statuses == ["enrolled", "enrolled", "waitlisted"])
            #expect(try await Cohort.find(UUID(uuidString: cohort), on: app.db)?.capacity == 2)
        }
    }

    @Test func anotherProviderNeitherSeesADraftNorChangesAProgramAndATalentCannotRecordResults() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let draft = try await world.send(
                .POST, "/api/v1/programs", world.providerHeaders,
                [
                    "kind": "advanced_seminar", "title": "工业互联网高级研修班", "theme": "工业互联网平台", "capacity": 60,
                    "startsOn": "2026-09-01", "endsOn": "2026-09-03", "delivery": "online",
                ])
            #expect(draft.status == .created, "\(draft.body.string)")
            let id = try world.json(draft)["id"] as? String ?? ""
            // MUT / validate
            #expect(try await world.send(.GET, "/api/v1/programs/\(id)", [:]).status == .notFound)
            #expect(
                try await world.send(.GET, "/api/v1/programs/\(id)", world.otherProviderHeaders).status == .notFound)
            #expect(
                try await world.send(
                    .POST, "/api/v1/programs/\(id)/status", world.otherProviderHeaders,
                    ["to": "open"]
                ).status == .notFound)
            #expect(try await world.send(.GET, "/api/v1/programs/\(id)", world.officerHeaders).status == .ok)
            #expect(
                try await world.send(.POST, "/api/v1/programs", world.officerHeaders, ["kind": "exchange"]).status
                    == .forbidden)

            let (_, cohort, session) = try await world.openProgram()
            let (_, headers) = try await world.talent("钱七", email: "qq@example.test")
            let enrolled = try world.json(
                try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]))
            let enrollment = enrolled["id"] as? String ?? ""
            #expect(
                try await world.send(
                    .POST, "/api/v1/enrollments/\(enrollment)/attendance", headers,
                    ["sessionID": session, "hours": 4]
                ).status == .forbidden)
            #expect(
                try await world.send(
                    .POST, "/api/v1/enrollments/\(enrollment)/result", world.otherProviderHeaders,
                    ["passed": true]
                ).status == .notFound)
        }
    }

    @Test func badProgramInputNamesEveryFieldInTheUsersLanguageAndWritesNothing() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            // MUT
            let response = try await world.send(
                .POST, "/api/v1/programs", world.providerHeaders.merging(["Accept-Language": "zh-CN"]),
                [
                    "kind": "engineer_training", "title": "", "capacity": 0, "startsOn": "2026-05-01",
                    "endsOn": "2026-04-01",
                    "delivery": "on_site", "fee": 12.345, "experts": ["not", "text"],
                ])
            // validate
            #expect(response.status == .unprocessableEntity)
            let fields = Set(
                (try world.json(response)["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(
                fields.isSuperset(of: [
                    "title", "capacity", "endsOn", "fee", "occupationCode", "engineerLevel", "place", "experts",
                ]))
            #expect(response.body.string.contains("项目名称"))
            #expect(try await Program.query(on: app.db).count() == 0)
        }
    }

    @Test func aSignedInTalentSeesTheProgramPageWithTheApplicationForm() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, _, _) = try await world.openProgram()
            _ = try await world.talent("周九", email: "zj@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "zj@example.test")
            // MUT
            let page = try await browser.get("/training/programs/\(program)")
            // validate
            #expect(page.status == .ok)
            #expect(page.text.contains("class=\"apply-form\""))
            #expect(!page.text.contains("id=\"cohort-form\""), "a talent does not manage the program")
        }
    }

    @Test func aRefusedApplicationFromTheProgramPageShowsTheReasonThere() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, cohort, _) = try await world.openProgram()
            _ = try await world.talent("冯十一", email: "f11@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "f11@example.test")
            _ = try await browser.get("/training/programs/\(program)")
            #expect(try await browser.post("/training/cohorts/\(cohort)/enrollments", [:]).status == .seeOther)
            // MUT: the same application again, as from a page opened before the first
            let again = try await browser.post("/training/cohorts/\(cohort)/enrollments", ["yearsInField": "2"])
            // validate
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("error-summary") && again.text.contains("已经报名"))
        }
    }
}
