import Fluent
import Reference
import SiteKit
import Testing
import Vapor

@testable import App

@Suite("Occupation catalogue query")
struct OccupationQueryTests {
    private func query(
        _ keyword: String? = nil, digitalOnly: Bool = false, limit: Int = 50,
        after: OccupationQuery.Cursor? = nil
    ) -> OccupationQuery {
        OccupationQuery(keyword: keyword, digitalOnly: digitalOnly, limit: limit, after: after)
    }

    @Test func twoCharacterChineseKeywordFindsOnlyMatchingOccupations() async throws {
        try await TestApp.run { app, _ in
            let page = try await query("数据").run(on: app.db)
            #expect(page.total > 0)
            #expect(page.items.allSatisfy { $0.nameZh.contains("数据") || $0.aliases.contains("数据") })
            #expect(page.items.contains { $0.id == "2-02-38-03" })
        }
    }

    @Test func englishKeywordIsCaseInsensitiveOnBothEngines() async throws {
        try await TestApp.run { app, _ in
            let lower = try await query("artificial intelligence").run(on: app.db)
            let upper = try await query("ARTIFICIAL Intelligence").run(on: app.db)
            #expect(lower.total > 0)
            #expect(lower.items.map(\.id) == upper.items.map(\.id))
        }
    }

    @Test func oldCodeFindsTheOccupationThatReplacedIt() async throws {
        try await TestApp.run { app, _ in
            let page = try await query("2-02-10-09").run(on: app.db)
            #expect(page.items.map(\.id).contains("2-02-38-01"))
        }
    }

    @Test func digitalOccupationsComeFirstThenByCode() async throws {
        try await TestApp.run { app, _ in
            let page = try await query(limit: 200).run(on: app.db)
            let keys = page.items.map { "\($0.isDigital ? 0 : 1) \($0.id ?? "")" }
            #expect(keys == keys.sorted())
            #expect(page.items.first?.isDigital == true)
            #expect(page.items.last?.isDigital == false)
        }
    }

    @Test func keysetPagesVisitEveryRowExactlyOnce() async throws {
        try await TestApp.run { app, _ in
            let all = try await query(limit: 200).run(on: app.db)
            var seen: [String] = []
            var cursor: OccupationQuery.Cursor?
            repeat {
                let page = try await query(limit: 7, after: cursor).run(on: app.db)
                #expect(page.total == all.total)
                seen += page.items.compactMap(\.id)
                cursor = page.next
            } while cursor != nil
            #expect(seen == all.items.compactMap(\.id))
        }
    }

    @Test func digitalOnlyLeavesOutOtherOccupations() async throws {
        try await TestApp.run { app, _ in
            let page = try await query(digitalOnly: true, limit: 200).run(on: app.db)
            #expect(page.total > 0)
            #expect(page.items.allSatisfy { $0.isDigital })
        }
    }

    @Test func likeWildcardsInTheKeywordMatchNothingSpecial() async throws {
        try await TestApp.run { app, _ in
            let page = try await query("%").run(on: app.db)
            let everything = try await query().run(on: app.db)
            #expect(page.total == everything.total)  // "%" is dropped, leaving no keyword
            let none = try await query("zz%zz").run(on: app.db)
            #expect(none.total == 0)
        }
    }

    @Test(arguments: ["d.2-02-38-01", "o.6-18-01-01"])
    func cursorRoundTrips(text: String) {
        #expect(OccupationQuery.Cursor(text)?.text == text)
    }

    @Test(arguments: ["", "x.1", "d.", "2-02-38-01", "d." + String(repeating: "9", count: 40)])
    func malformedCursorIsRejected(text: String) {
        #expect(OccupationQuery.Cursor(text) == nil)
    }
}
