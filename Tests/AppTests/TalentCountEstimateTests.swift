import Accounts
import Fluent
import Foundation
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// Beyond the exact count a search's total is an estimate (`MatchEstimate`); here the
/// estimate is forced on a demo pool and held to within 20 % of the exact count, for
/// the kinds of search the benchmark's query mix makes.
@Suite("Talent counts beyond the exact limit are honest estimates")
struct TalentCountEstimateTests {
    static let today = CalendarDate("2026-11-27")!

    @Test func estimatesOfADemoPoolAreWithinTwentyPercentOfTheCount() async throws {
        try await TestApp.run { app, _ in
            _ = try await ImportFiles.run(app, try await ImportFiles.demo(app, talents: 4_000, seed: 11))
            let district = try #require(try await District.query(on: app.db).sort(\.$id).first()?.id)
            func filter(_ facet: SearchFacet, _ code: String) -> TalentSearchQuery.Filter {
                .init(facet: facet, code: code)
            }
            let mix: [TalentSearchQuery] = [
                TalentSearchQuery(),
                TalentSearchQuery(keyword: "数据"),
                TalentSearchQuery(keyword: "张"),
                TalentSearchQuery(filters: [filter(.district, district)]),
                TalentSearchQuery(filters: [filter(.education, "bachelor")]),
                TalentSearchQuery(keyword: "数据", filters: [filter(.education, "bachelor")]),
                TalentSearchQuery(ageMin: 25, ageMax: 40),
                TalentSearchQuery(keyword: "数据", sort: .name),
            ]
            var estimated = 0
            for query in mix {
                var exact = query
                exact.exactCountUpTo = 1_000_000
                let counted = try await exact.run(scope: .everyone, today: Self.today, on: app.db)
                #expect(counted.totalIsExact)
                var rough = query
                (rough.exactCountUpTo, rough.estimateSampleSize) = (50, 60)
                let page = try await rough.run(scope: .everyone, today: Self.today, on: app.db)
                // The page itself is the same; only the total is rough.
                #expect(page.items.map(\.id) == counted.items.map(\.id))
                if counted.total <= 50 {
                    #expect(page.total == counted.total && page.totalIsExact)
                    continue
                }
                let error = abs(Double(page.total - counted.total)) / Double(counted.total)
                #expect(error <= 0.2, "\(query.keyword ?? "") \(query.filters): \(page.total) for \(counted.total)")
                if counted.total > 4 * 60 {
                    #expect(!page.totalIsExact)
                    estimated += 1
                }
            }
            // The mix reaches the estimate, not only the count.
            #expect(estimated >= 5)
            // The page says the total is an estimate, and how many pages about.
            try await TestApp.makeUser(app, role: .admin, email: "estimate@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "estimate@example.test")
            let page = try await browser.get("/talents?q=数据").body.string
            #expect(page.contains("人（估算）") && page.contains("result-count"))
            #expect(page.contains("约 ") && page.contains(" 页，约 "))
        }
    }

    /// PostgreSQL walks each slice in key order, a window at most; when the windows find
    /// few matches, the GIN index counts them without reading the rows.
    @Test func postgresWalksSlicesOrAsksTheIndexWhenMatchesAreRare() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
            _ = try await ImportFiles.run(app, try await ImportFiles.demo(app, talents: 800, seed: 3))
            let match = TalentMatch(keyword: SearchTokens.query("数据"), facets: [], birthYears: nil)
            var exact = TalentSearchQuery(keyword: "数据", limit: 1)
            exact.exactCountUpTo = 1_000_000
            let count = try await exact.run(scope: .everyone, today: Self.today, on: app.db).total
            #expect(count > 100)
            #expect(try await PostgresTalentSearch().indexCount(match, on: app.db) == count)
            let range = try #require(
                try await sql.raw("SELECT MIN(search_key) AS low, MAX(search_key) AS high FROM talents").first())
            let slices = MatchEstimate.slices(
                lowest: try range.decode(column: "low", as: Int64.self),
                highest: try range.decode(column: "high", as: Int64.self), count: 4)
            // Windows wider than the slices: every profile walked, a count.
            let whole = try await PostgresTalentSearch(estimateWindow: 1_000).estimate(
                match, conditions: [], slices: slices, sample: 1_000, on: app.db)
            #expect(whole == MatchEstimate(total: count, isExact: true))
            // Windows that find a sample: scaled, within 20 %.
            let walked = try #require(
                try await PostgresTalentSearch(estimateWindow: 150).estimate(
                    match, conditions: [], slices: slices, sample: 30, on: app.db))
            #expect(!walked.isExact && abs(walked.total - count) <= count / 5, "\(walked.total) for \(count)")
            // Windows too narrow to find a slice's sample: the index counts.
            #expect(
                try await PostgresTalentSearch(estimateWindow: 5).estimate(
                    match, conditions: [], slices: slices, sample: 30, on: app.db)
                    == MatchEstimate(total: count, isExact: false))
            // Conditions on the row go to the slices.
            #expect(
                try await PostgresTalentSearch().estimate(
                    match, conditions: ["t.user_id IS NULL"], slices: slices, sample: 30, on: app.db) == nil)
        }
    }

    /// Chinese puts no space between 万 and the measure word, and one after digits.
    @Test func anEstimateReadsAsPeopleSayOne() {
        let zh = Messages(language: .zh)
        #expect(zh(.talentsCountEstimated(count: zh(.roughly(203_456)))) == "约 20 万人（估算）")
        #expect(zh(.talentsCountEstimated(count: zh(.roughly(3_456)))) == "约 3,500 人（估算）")
        #expect(zh(.talentsPageOfAbout(page: "1", pages: zh(.roughly(10_173)))) == "第 1 页，约 1 万页")
        #expect(
            Messages(language: .en)(.talentsCountEstimated(count: "200,000")) == "About 200,000 talents (estimated)")
    }

    /// The API says which totals are estimates, and keeps the older name of the flag.
    @Test func theAPIMarksAnEstimatedTotal() throws {
        let page = TalentListDTO(items: [], total: 203_000, exact: false, nextCursor: nil)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(page)) as? [String: Any]
        #expect(json?["exact"] as? Bool == false)
        #expect(json?["totalIsCapped"] as? Bool == true)
        #expect(json?["total"] as? Int == 203_000)
        #expect(json?.keys.contains("nextCursor") == true)
    }
}

@Suite("talent search count: a search counted exactly beside the total its list shows")
struct SearchCountCommandTests {
    @Test func aSearchIsCountedOverTheWholePoolAndABadOneNamesItsParameter() async throws {
        try await TestApp.run { app, _ in
            for index in 0..<12 { try await TestTalents.add(app, name: "张\(index)", district: "370303") }
            try await TestTalents.add(app, name: "李一", district: "370303")
            let today = CalendarDate("2026-11-27")!
            #expect(
                try await SearchCountCommand.count("q=%E5%BC%A0&district=370303", today: today, on: app.db)
                    == .init(search: "q=张&district=370303", count: 12, shown: 12, exact: true))
            #expect(
                try await SearchCountCommand.count("district=370303", today: today, on: app.db)
                    == .init(search: "district=370303", count: 13, shown: 13, exact: true))
            await #expect(throws: CommandFailure.self) {
                try await SearchCountCommand.count("ageMin=abc", today: today, on: app.db)
            }
        }
    }
}
