import Fluent
import Foundation
import Testing
import Vapor
import Vouchers

@testable import App

@Suite("The voucher batch page: counts by state, search by holder, 50 a page")
struct VoucherBatchPageTests {
    /// A batch of `count` vouchers for graduates named 毕业生0, 毕业生1, …; returns its id.
    static func batch(_ world: TrainingWorld, _ app: Application, count: Int) async throws -> String {
        var ids: [String] = []
        for index in 0..<count {
            let talent = try await TestTalents.add(app, name: "毕业生\(index)", keyGroups: ["college_graduates"])
            ids.append(try talent.requireID().uuidString)
        }
        let response = try await world.send(
            .POST, "/api/v1/voucher-batches", world.officerHeaders,
            [
                "name": "大批次", "keyGroup": "college_graduates", "occupationCode": "2-02-38-03", "value": 800,
                "expiresOn": VoucherTests.expiry, "talentIDs": ids,
            ])
        #expect(response.status == .created, "\(response.body.string)")
        return try world.json(response)["id"] as? String ?? ""
    }

    @Test func theBatchPageCountsEachStateAndListsFiftyAPageWithNumbers() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let id = try await Self.batch(world, app, count: 53)
            let first = try #require(
                try await Voucher.query(on: app.db).filter(\.$batch.$id == UUID(uuidString: id)!).first())
            _ = try await world.send(
                .POST, "/api/v1/vouchers/\(try first.requireID())/cancel", world.officerHeaders, ["reason": "误发"])
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let page = try await browser.get("/vouchers/batches/\(id)").body.string
            let second = try await browser.get("/vouchers/batches/\(id)?page=2").body.string
            let cancelled = try await browser.get("/vouchers/batches/\(id)?status=cancelled").body.string
            // validate
            #expect(
                page.contains("data-status=\"all\"><a class=\"figure__value\" href=\"/vouchers/batches/\(id)\">53</a>"))
            #expect(
                page.contains(
                    "data-status=\"issued\"><a class=\"figure__value\" href=\"/vouchers/batches/\(id)?status=issued\">52</a>"
                ))
            #expect(
                page.contains(
                    "data-status=\"cancelled\"><a class=\"figure__value\" href=\"/vouchers/batches/\(id)?status=cancelled\">1</a>"
                ))
            #expect(page.components(separatedBy: "<tr data-voucher=").count - 1 == 50)
            #expect(page.contains("第 1 页，共 2 页"))
            #expect(second.components(separatedBy: "<tr data-voucher=").count - 1 == 3)
            #expect(cancelled.components(separatedBy: "<tr data-voucher=").count - 1 == 1)
            #expect(cancelled.contains("作废原因：误发"))
            #expect(page.contains("<details class=\"row-details\"><summary>作废</summary>"), "each row's form is folded")
        }
    }

    @Test func aHolderIsFoundByPartOfTheNameAndABadFilterIsRefusedByName() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let id = try await Self.batch(world, app, count: 12)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let found = try await browser.get("/vouchers/batches/\(id)?q=生1").body.string
            let badStatus = try await browser.get("/vouchers/batches/\(id)?status=lost")
            let badPage = try await browser.get("/vouchers/batches/\(id)?page=0")
            // validate
            #expect(found.contains("符合条件的 3 张"), "毕业生1, 毕业生10, 毕业生11")
            #expect(found.components(separatedBy: "<tr data-voucher=").count - 1 == 3)
            #expect(badStatus.status == .badRequest && badStatus.body.string.contains("status"))
            #expect(badPage.status == .badRequest && badPage.body.string.contains("page"))
        }
    }
}
