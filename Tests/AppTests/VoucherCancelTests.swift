import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

@Suite("Training vouchers: an officer cancels an unused voucher or the unused rest of a batch")
struct VoucherCancelTests {
    @Test func aCancelledVoucherCannotPayAndItsHolderSeesWhy() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, voucher) = try await VoucherTests.holder(world)
            // MUT
            let noReason = try await world.send(
                .POST, "/api/v1/vouchers/\(voucher)/cancel", world.officerHeaders, ["reason": " "])
            let byProvider = try await world.send(
                .POST, "/api/v1/vouchers/\(voucher)/cancel", world.providerHeaders,
                ["reason": "误发"])
            let cancelled = try await world.send(
                .POST, "/api/v1/vouchers/\(voucher)/cancel", world.officerHeaders,
                ["reason": "发放对象有误"])
            let again = try await world.send(
                .POST, "/api/v1/vouchers/\(voucher)/cancel", world.officerHeaders, ["reason": "重复"])
            // validate
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("reason"))
            #expect(byProvider.status == .forbidden)
            #expect(cancelled.status == .ok)
            #expect(try world.json(cancelled)["status"] as? String == "cancelled")
            #expect(try world.json(cancelled)["cancelReason"] as? String == "发放对象有误")
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("已作废"))
            let paying = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            #expect(paying.status == .unprocessableEntity)
            #expect(try await Enrollment.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "voucher.cancel").count() == 1)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "g@example.test")
            #expect(try await browser.get("/account/training").body.string.contains("作废原因：发放对象有误"))
        }
    }

    @Test func aVoucherThatPaidForAnEnrolmentIsNotCancelled() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, voucher) = try await VoucherTests.holder(world)
            let paid = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            #expect(paid.status == .created)
            // MUT
            let refused = try await world.send(
                .POST, "/api/v1/vouchers/\(voucher)/cancel", world.officerHeaders, ["reason": "误发"])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("voucher"))
            #expect(try await Voucher.find(UUID(uuidString: voucher), on: app.db)?.status == .redeemed)
        }
    }

    @Test func cancellingABatchCancelsOnlyItsUnusedVouchersOnThePageAndTheAPI() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, voucher) = try await VoucherTests.holder(world)
            try await TestTalents.add(app, name: "毕业生甲", keyGroups: ["college_graduates"])
            try await TestTalents.add(app, name: "毕业生乙", keyGroups: ["college_graduates"])
            let batch = try world.json(
                try await world.send(
                    .POST, "/api/v1/voucher-batches", world.officerHeaders,
                    [
                        "name": "第二批", "keyGroup": "college_graduates", "occupationCode": "2-02-38-04", "value": 500,
                        "expiresOn": VoucherTests.expiry,
                    ]))
            #expect(batch["issuedCount"] as? Int == 3)
            let first = try #require(try await Voucher.find(UUID(uuidString: voucher), on: app.db))
            _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let page = try await browser.get("/vouchers")
            #expect(page.body.string.contains("voucher-batches"))
            // MUT
            let firstBatch = try await browser.post(
                "/vouchers/batches/\(first.$batch.id.uuidString)/cancel", ["reason": "政策调整"])
            let second = try await world.send(
                .POST, "/api/v1/voucher-batches/\(batch["id"] as? String ?? "")/cancel",
                world.officerHeaders, ["reason": "政策调整"])
            // validate
            #expect(firstBatch.status == .seeOther)
            #expect(
                firstBatch.headers.first(name: .location)
                    == "/vouchers/batches/\(first.$batch.id.uuidString)?cancelled=0")
            #expect(try world.json(second)["cancelled"] as? Int == 3)
            let statuses = try await Voucher.query(on: app.db).all().map(\.status.rawValue).sorted()
            #expect(statuses == ["cancelled", "cancelled", "cancelled", "redeemed"])
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "voucher_batch.cancel").count() == 2)
        }
    }

    @Test func theBatchPageListsItsVouchersAndCancelsOneWithTheReason() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, voucher) = try await VoucherTests.holder(world)
            let other = try await TestTalents.add(app, name: "毕业生甲", keyGroups: ["college_graduates"])
            let batch = try world.json(
                try await world.send(
                    .POST, "/api/v1/voucher-batches", world.officerHeaders,
                    [
                        "name": "第二批", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": 500,
                        "expiresOn": VoucherTests.expiry, "talentIDs": [try other.requireID().uuidString],
                    ]))
            _ = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["voucherID": voucher])
            let used = try #require(try await Voucher.find(UUID(uuidString: voucher), on: app.db))
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            let page = try await browser.get("/vouchers/batches/\(used.$batch.id.uuidString)")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("孙八"))
            #expect(!page.body.string.contains("/vouchers/\(voucher)/cancel"))
            let second = try #require(
                try await Voucher.query(on: app.db).filter(\.$talent.$id == other.requireID()).first())
            _ = try await browser.get("/vouchers/batches/\(batch["id"] as? String ?? "")")
            // MUT
            let noReason = try await browser.post("/vouchers/\(try second.requireID())/cancel", ["reason": ""])
            let cancelled = try await browser.post("/vouchers/\(try second.requireID())/cancel", ["reason": "已就业，不再需要"])
            // validate
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("作废原因"))
            #expect(cancelled.status == .seeOther)
            let after = try await browser.get(try #require(cancelled.headers.first(name: .location)))
            #expect(after.body.string.contains("已作废 1 张"))
            #expect(after.body.string.contains("作废原因：已就业，不再需要"))
            #expect(try await Voucher.find(second.id, on: app.db)?.status == .cancelled)
            let holder = Browser(app)
            _ = try await TestApp.signIn(holder, "g@example.test")
            #expect(try await holder.get("/vouchers/batches/\(batch["id"] as? String ?? "")").status == .forbidden)
        }
    }
}
