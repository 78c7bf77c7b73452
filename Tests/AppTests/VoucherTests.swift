import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

@Suite("Training vouchers: batches to key groups, spent once, settlement")
struct VoucherTests {
    static let expiry = ZiboTime.day(Date().addingTimeInterval(90 * 86_400))

    /// A talent of the college-graduates group with a token, and one voucher issued to them.
    static func holder(_ world: TrainingWorld, email: String = "g@example.test") async throws
        -> (talent: Talent, headers: HTTPHeaders, voucher: String)
    {
        let user = try await TestApp.makeUser(world.app, role: .talent, email: email)
        let talent = try await TestTalents.add(
            world.app, name: "孙八", keyGroups: ["college_graduates"], userID: user.requireID())
        let batch = try await world.send(
            .POST, "/api/v1/voucher-batches", world.officerHeaders,
            [
                "name": "2026年高校毕业生数字技能培训券", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03",
                "value": 800, "expiresOn": expiry, "talentIDs": [try talent.requireID().uuidString],
            ])
        #expect(batch.status == .created, "\(batch.body.string)")
        let vouchers = try world.json(try await world.send(.GET, "/api/v1/vouchers", world.officerHeaders))
        let id = (vouchers["items"] as? [[String: Any]])?.first?["id"] as? String ?? ""
        return (talent, try await TrainingWorld.bearer(world.app, user), id)
    }

    @Test func aBatchGoesToTheKeyGroupOnlyAndSkipsThoseAlreadyHoldingOne() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            try await TestTalents.add(app, name: "毕业生甲", keyGroups: ["college_graduates"])
            try await TestTalents.add(app, name: "毕业生乙", keyGroups: ["college_graduates"])
            try await TestTalents.add(app, name: "退役军人丙", keyGroups: ["veterans"])
            let body: [String: Any] = [
                "name": "第一批", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03",
                "value": 800, "expiresOn": Self.expiry,
            ]
            // MUT
            let first = try world.json(
                try await world.send(.POST, "/api/v1/voucher-batches", world.officerHeaders, body))
            let second = try world.json(
                try await world.send(.POST, "/api/v1/voucher-batches", world.officerHeaders, body))
            // validate
            #expect(first["issuedCount"] as? Int == 2)
            #expect(second["issuedCount"] as? Int == 0)
            #expect(second["skipped"] as? Int == 2)
            #expect(try await Voucher.query(on: app.db).count() == 2)
            #expect(try await Voucher.query(on: app.db).all().allSatisfy { $0.valueFen == 80_000 })
        }
    }

    @Test func badBatchesAreRefusedNamingTheFieldAndOnlyOfficersIssue() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            // MUT
            let bad = try await world.send(
                .POST, "/api/v1/voucher-batches", world.officerHeaders,
                [
                    "name": "x", "keyGroup": "students", "occupationCode": "2-01-01-01", "value": 0,
                    "expiresOn": "2020-01-01",
                ])
            // validate
            #expect(bad.status == .unprocessableEntity)
            let fields = Set((try world.json(bad)["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["keyGroup", "occupationCode", "value", "expiresOn"])
            #expect(try await VoucherBatch.query(on: app.db).count() == 0)
            #expect(
                try await world.send(.POST, "/api/v1/voucher-batches", world.providerHeaders, ["name": "x"]).status
                    == .forbidden)
        }
    }

    @Test func parallelEnrolmentsPayingWithOneVoucherSpendItExactlyOnce() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, _, _) = try await world.openProgram()
            var cohorts: [String] = []
            for index in 2...9 {
                let cohort = try await world.send(
                    .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                    [
                        "name": "第\(index)期", "capacity": 30, "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01",
                        "endsOn": "2026-12-31",
                    ])
                cohorts.append(try world.json(cohort)["id"] as? String ?? "")
            }
            let (_, headers, voucher) = try await Self.holder(world)
            // MUT
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for cohort in cohorts {
                    group.addTask {
                        try await world.send(
                            .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            // validate
            #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == cohorts.count - 1, "\(statuses)")
            #expect(try await Enrollment.query(on: app.db).count() == 1, "a refused voucher leaves no enrolment behind")
            let spent = try #require(try await Voucher.find(UUID(uuidString: voucher), on: app.db))
            #expect(spent.status == .redeemed)
            #expect(spent.enrollmentID == (try await Enrollment.query(on: app.db).first()?.id))
        }
    }

    @Test func aVoucherForAnotherOccupationOrExpiredIsRefusedAndWithdrawingGivesItBack() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let other = try await world.send(
                .POST, "/api/v1/programs", world.providerHeaders,
                [
                    "kind": "engineer_training", "title": "人工智能工程技术人员培训", "occupationCode": "2-02-38-01",
                    "engineerLevel": "junior", "capacity": 30, "startsOn": "2026-03-01", "endsOn": "2026-12-31",
                    "delivery": "online", "vouchersApply": true,
                ])
            let otherID = try world.json(other)["id"] as? String ?? ""
            _ = try await world.send(.POST, "/api/v1/programs/\(otherID)/status", world.providerHeaders, ["to": "open"])
            let otherCohort =
                try world.json(
                    try await world.send(
                        .POST, "/api/v1/programs/\(otherID)/cohorts", world.providerHeaders,
                        [
                            "name": "第1期", "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01",
                            "endsOn": "2026-12-31",
                        ]))["id"] as? String ?? ""
            let (_, headers, voucher) = try await Self.holder(world)
            // MUT / validate: the wrong occupation
            let wrong = try await world.send(
                .POST, "/api/v1/cohorts/\(otherCohort)/enrollments", headers, ["voucherID": voucher])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("voucherID") && wrong.body.string.contains("2-02-38-01"))
            // spent, withdrawn, given back
            let enrolled = try world.json(
                try await world.send(
                    .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers,
                    ["voucherID": voucher]))
            #expect(try await Voucher.find(UUID(uuidString: voucher), on: app.db)?.status == .redeemed)
            _ = try await world.send(.POST, "/api/v1/enrollments/\(enrolled["id"] as? String ?? "")/withdraw", headers)
            #expect(try await Voucher.find(UUID(uuidString: voucher), on: app.db)?.status == .issued)
            // expired
            try await (app.db as! any SQLDatabase).raw("UPDATE vouchers SET expires_on = '2026-01-01'").run()
            let expired = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            #expect(expired.status == .unprocessableEntity)
            #expect(expired.body.string.contains("2026-01-01"))
            #expect(try await Enrollment.query(on: app.db).filter(\.$status != .withdrawn).count() == 0)
        }
    }

    @Test func theProviderSettlementListsTheVouchersRedeemedInItsPrograms() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, voucher) = try await Self.holder(world)
            _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            // MUT
            let mine = try world.json(try await world.send(.GET, "/api/v1/vouchers/settlement", world.providerHeaders))
            let theirs = try world.json(
                try await world.send(.GET, "/api/v1/vouchers/settlement", world.otherProviderHeaders))
            // validate
            #expect(mine["totalFen"] as? Int == 80_000)
            #expect((mine["items"] as? [[String: Any]])?.first?["holder"] as? String == "孙*")
            #expect(theirs["totalFen"] as? Int == 0)
            #expect(
                try await world.send(.GET, "/api/v1/vouchers/settlement?from=2026-13-01", world.providerHeaders).status
                    == .badRequest)
            // A voucher spent on a waiting-list place is not claimed until the person has a seat.
            try await (app.db as! any SQLDatabase).raw("UPDATE enrollments SET status = 'waitlisted'").run()
            let waiting = try world.json(
                try await world.send(.GET, "/api/v1/vouchers/settlement", world.providerHeaders))
            #expect(waiting["totalFen"] as? Int == 0)
        }
    }
}
