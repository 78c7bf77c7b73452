import Fluent
import Foundation
import Reference
import SQLKit
import TalentDomain
import Testing
import Vapor

@testable import App

/// The search page's filter lists come from `ReferenceChoices`, a cache of a few seconds
/// (issue 19): a change made through the platform shows at once, one made behind its back
/// (another instance, plain SQL) within the cache's lifetime.
@Suite("Reference lists kept for filter forms")
struct ReferenceChoicesTests {
    @Test func aChainAddedOrRenamedShowsInTheSearchFiltersAtOnce() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            let before = try await browser.get("/talents").text
            #expect(before.contains("新一代信息技术") && !before.contains("新材料"))

            let added = try await browser.post(
                "/admin/industry-chains", ["code": "new-materials", "nameZh": "新材料", "nameEn": "New materials"])
            #expect(added.status.code < 400, "\(added.status)")
            #expect(try await browser.get("/talents").text.contains("<option value=\"new-materials\">新材料</option>"))
            let renamed = try await browser.post(
                "/admin/industry-chains/next-gen-it", ["nameZh": "信息技术新链", "nameEn": "IT"])
            #expect(renamed.status.code < 400, "\(renamed.status)")
            #expect(try await browser.get("/talents").text.contains(">信息技术新链</option>"))
        }
    }

    @Test func aChangeMadeElsewhereShowsWithinTheLifetime() async throws {
        try await TestApp.run { app, _ in
            let choices = ReferenceChoices()
            let start = app.clock.now
            let first = try await choices.lists(on: app.db, now: start)
            let district = try #require(first.districts.first)
            // Another instance renames it: this process hears nothing.
            try await (app.db as! any SQLDatabase).raw(
                "UPDATE districts SET name_zh = '改名区' WHERE code = \(bind: district.code)"
            ).run()
            let soon = try await choices.lists(on: app.db, now: start.addingTimeInterval(ReferenceChoices.lifetime - 1))
            #expect(soon.districts.first?.nameZh == district.nameZh, "kept for its lifetime")
            let later = try await choices.lists(on: app.db, now: start.addingTimeInterval(ReferenceChoices.lifetime))
            #expect(later.districts.first?.nameZh == "改名区")
            #expect(later.digitalOccupations.allSatisfy { !$0.code.isEmpty } && !later.digitalOccupations.isEmpty)
            // A chosen occupation outside the digital ones is offered too, in code order.
            let other = try #require(
                try await Occupation.query(on: app.db).filter(\.$isDigital == false).sort(\.$id).first()?.id)
            let offered = try await choices.occupations(chosen: [other], on: app.db, now: start).map(\.code)
            #expect(offered.contains(other) && offered == offered.sorted())
        }
    }
}
