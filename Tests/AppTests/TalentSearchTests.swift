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

@Suite("Talent search: Chinese keywords, filters, order, pages, scope")
struct TalentSearchTests {
    @Test func twoCharacterChineseNameIsFoundAndNameMatchesRankFirst() async throws {
        try await TestApp.run { app, _ in
            let org = try await TestApp.makeOrganization(app, name: "王芳数字科技有限公司（示例）", serial: 1)
            try await TestTalents.add(app, name: "李强", employer: org.id)
            try await TestTalents.add(app, name: "王芳")
            try await TestTalents.add(app, name: "王丽")
            let page = try await TalentSearchQuery(keyword: "王芳").run(
                scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(page.items.map(\.name) == ["王芳", "李强"])
            #expect(page.total == 2)
        }
    }

    @Test func oneCharacterAndLongerKeywordsMatchSubstringsOfAnyIndexedField() async throws {
        try await TestApp.run { app, _ in
            try await TestTalents.add(app, name: "张伟", skills: ["数据分析"])
            try await TestTalents.add(app, name: "张敏", skills: ["数据"], major: "软件工程")
            try await TestTalents.add(app, name: "王芳", skills: ["Python"], occupations: ["4-04-05-05"])
            #expect(Set(try await TestTalents.names(TalentSearchQuery(keyword: "张"), app)) == ["张伟", "张敏"])
            #expect(try await TestTalents.names(TalentSearchQuery(keyword: "数据分析"), app) == ["张伟"])
            #expect(Set(try await TestTalents.names(TalentSearchQuery(keyword: "数据"), app)) == ["张伟", "张敏"])
            #expect(try await TestTalents.names(TalentSearchQuery(keyword: "软件"), app) == ["张敏"])
            #expect(try await TestTalents.names(TalentSearchQuery(keyword: "pyth"), app) == ["王芳"])
            let occupation = try #require(try await Occupation.find("4-04-05-05", on: app.db))
            let word = String(occupation.nameZh.prefix(2))
            #expect(try await TestTalents.names(TalentSearchQuery(keyword: word), app).contains("王芳"))
            #expect(try await TestTalents.names(TalentSearchQuery(keyword: "区块链"), app).isEmpty)
        }
    }

    @Test func filtersCombineWithEachOtherAndWithTheKeyword() async throws {
        try await TestApp.run { app, _ in
            try await TestTalents.add(
                app, name: "张伟", district: "370303", education: .bachelor, keyGroups: ["college_graduates"])
            try await TestTalents.add(app, name: "张敏", district: "370302", education: .bachelor)
            try await TestTalents.add(
                app, name: "王芳", district: "370303", education: .master, occupations: ["4-04-05-05"])
            func filter(_ facet: SearchFacet, _ code: String) -> TalentSearchQuery.Filter {
                .init(facet: facet, code: code)
            }
            #expect(
                Set(try await TestTalents.names(TalentSearchQuery(filters: [filter(.district, "370303")]), app)) == [
                    "张伟", "王芳",
                ])
            #expect(
                try await TestTalents.names(
                    TalentSearchQuery(filters: [filter(.district, "370303"), filter(.education, "bachelor")]), app) == [
                        "张伟"
                    ])
            #expect(
                try await TestTalents.names(
                    TalentSearchQuery(keyword: "张", filters: [filter(.district, "370302")]), app) == ["张敏"])
            #expect(
                try await TestTalents.names(TalentSearchQuery(filters: [filter(.occupation, "4-04-05-05")]), app) == [
                    "王芳"
                ])
            #expect(
                try await TestTalents.names(TalentSearchQuery(filters: [filter(.keyGroup, "college_graduates")]), app)
                    == ["张伟"])
        }
    }

    @Test func ageRangeCountsWholeYearsOnTheDayOfTheSearch() async throws {
        try await TestApp.run { app, _ in
            try await TestTalents.add(app, name: "满三十", birth: "1996-11-27")
            try await TestTalents.add(app, name: "差一天三十", birth: "1996-11-28")
            try await TestTalents.add(app, name: "四十", birth: "1986-01-01")
            let thirty = TalentSearchQuery(ageMin: 30, ageMax: 30)
            #expect(try await TestTalents.names(thirty, app) == ["满三十"])
            #expect(Set(try await TestTalents.names(TalentSearchQuery(ageMax: 29), app)) == ["差一天三十"])
            #expect(Set(try await TestTalents.names(TalentSearchQuery(ageMin: 31), app)) == ["四十"])
        }
    }

    /// Ages 25–35 on 2026-11-27: born 1990-11-28 … 2001-11-27. The years 1991–2000 lie
    /// wholly inside; 1990 and 2001 only in part, so only they need the exact date.
    @Test(arguments: [1000, 2])
    func anAgeRangeCountIsExactUpToTheCapWithBoundaryYearsCheckedByDate(cap: Int) async throws {
        try await TestApp.run { app, _ in
            for birth in [
                "1990-11-27", "1990-11-28", "1995-06-01", "1996-01-01", "1999-12-31", "2001-11-27", "2001-11-28",
            ] {
                try await TestTalents.add(app, name: "生于\(birth)", birth: birth)
            }
            var query = TalentSearchQuery(ageMin: 25, ageMax: 35)
            query.exactCountUpTo = cap
            let page = try await query.run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            // Past the cap the estimate's sample (100 a slice) holds every match: a count.
            #expect(page.total == 5 && page.totalIsExact)
            #expect(
                Set(page.items.map(\.name)) == [
                    "生于1990-11-28", "生于1995-06-01", "生于1996-01-01", "生于1999-12-31", "生于2001-11-27",
                ])
        }
    }

    /// A count capped at 3 of 23 matches makes a keyword "very common": sorted by name or
    /// update, SQLite then walks the order's index and probes the search index per row.
    @Test(arguments: [TalentSearchQuery.Sort.relevance, .name, .updated], [TalentSearchQuery.countCap, 3])
    func keysetPagesReturnEveryMatchExactlyOnce(sort: TalentSearchQuery.Sort, countCap: Int) async throws {
        try await TestApp.run { app, _ in
            for index in 0..<23 {
                // Some names repeat, so the order needs its tie-breaker.
                try await TestTalents.add(
                    app, name: index % 4 == 0 ? "张伟" : "张\(["一", "二", "三", "四", "五", "六"][index % 6])\(index)")
            }
            for keyword in [nil, "张"] {
                var query = TalentSearchQuery(keyword: keyword, sort: sort, limit: 5)
                query.exactCountUpTo = countCap
                var seen: [UUID] = []
                var names: [String] = []
                while true {
                    let page = try await query.run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
                    #expect(page.total == 23 && page.totalIsExact)
                    names += page.items.map(\.name)
                    seen += page.items.compactMap(\.id)
                    guard let next = page.next else { break }
                    query.after = TalentSearchQuery.Cursor(next.text)
                }
                #expect(seen.count == 23)
                #expect(Set(seen).count == 23)
                if sort == .name, let sql = app.db as? any SQLDatabase {
                    let expected = try await sql.raw("SELECT name FROM talents ORDER BY name, search_key").all()
                        .map { try $0.decode(column: "name", as: String.self) }
                    #expect(names == expected)
                }
            }
        }
    }

    /// The SQLite probe walks the name order in windows: it finds a page of matches spread
    /// over the order (as 数据 is), window after window, in the order a sort would give;
    /// it gives up (nil) when the matches cluster beyond its windows (as 张 sorted by name).
    @Test func probingTheNameOrderFindsSpreadMatchesAndGivesUpOnClusteredOnes() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, !TalentSearchIndex.isPostgres(sql) else { return }
            // 丁… sort before 张…; every third 丁 knows Python, and no 丁 is called 张.
            for index in 0..<12 {
                try await TestTalents.add(app, name: "丁\(index)", skills: index % 3 == 0 ? ["Python"] : ["Excel"])
            }
            for index in 0..<3 { try await TestTalents.add(app, name: "张\(index)") }
            // Name order: 丁0 丁1 | 丁10 丁11 丁2 丁3 | 丁4 … 丁9 张0 张1 张2.
            func probe(_ keyword: String, limit: Int, windows: [Int]) async throws -> [String]? {
                let engine = SQLiteTalentSearch(probeWindows: windows)
                let match = TalentMatch(keyword: SearchTokens.query(keyword), facets: [], birthYears: nil)
                let expression = try #require(engine.expression(match, tier: nil))
                return try await engine.probeInOrder(
                    expression, conditions: [], order: .name, after: nil,
                    limit: limit, on: sql)?.map(\.name)
            }
            #expect(try await probe("python", limit: 1, windows: [2, 4]) == ["丁0"])
            #expect(try await probe("python", limit: 2, windows: [2, 4]) == ["丁0", "丁3"])
            let sorted = try await TalentSearchQuery(keyword: "python", sort: .name, limit: 2)
                .run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db).items.map(\.name)
            #expect(sorted == ["丁0", "丁3"])
            #expect(try await probe("张", limit: 2, windows: [2, 4]) == nil)
            // The last window runs past the end of the table: what it found is all there is.
            #expect(try await probe("张", limit: 5, windows: [2, 4, 100]) == ["张0", "张1", "张2"])
        }
    }

    /// PostgreSQL looks for a common match's page among the newest profiles first: it
    /// takes the window's matches newest first, after the cursor, and gives up (nil, the
    /// index then answers) when the window holds fewer than a page. It walks a short window
    /// first and a longer one only as far as the matches it found there promise.
    @Test func theNewestProfilesAreSearchedFirstForACommonMatch() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
            // Keys ascend in the order added: 王0 … 王8, with 李 between every 王.
            var keys: [String: Int64] = [:]
            for index in 0..<9 {
                keys["王\(index)"] = try await TestTalents.add(app, name: "王\(index)").searchKey
                try await TestTalents.add(app, name: "李\(index)")
            }
            func newest(
                tier: Int? = 0, limit: Int, window: Int, walk: Int? = nil, after: String? = nil
            ) async throws -> [String]? {
                let engine = PostgresTalentSearch(newestWindow: window, walkWindow: walk ?? window)
                let match = TalentMatch(keyword: SearchTokens.query("王"), facets: [], birthYears: nil)
                let filter = engine.conjunction(
                    [
                        after.flatMap { keys[$0] }
                            .flatMap { engine.keyset(.key, after: .init(key: $0)) }
                    ].compactMap { $0 })
                return try await engine.newest(match, tier: tier, filter: filter, limit: limit, on: sql)?.map(\.name)
            }
            #expect(try await newest(limit: 2, window: 4) == ["王8", "王7"])
            #expect(try await newest(limit: 2, window: 4, after: "王7") == ["王6", "王5"])
            #expect(try await newest(limit: 3, window: 4) == nil)
            // One match in the newest two promises three within twelve: found there…
            #expect(try await newest(limit: 3, window: 2, walk: 12) == ["王8", "王7", "王6"])
            // …but not looked for when the longer walk may not go that far.
            #expect(try await newest(limit: 3, window: 2, walk: 11) == nil)
            // Every tier alike.
            #expect(try await newest(tier: nil, limit: 3, window: 2, walk: 12) == ["王8", "王7", "王6"])
            #expect(try await newest(tier: nil, limit: 3, window: 2, walk: 11) == nil)
            // Through the search, with a count cap low enough to call 王 common.
            var query = TalentSearchQuery(keyword: "王", limit: 3)
            query.exactCountUpTo = 2
            let page = try await query.run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(page.items.map(\.name) == ["王8", "王7", "王6"])
        }
    }

    /// PostgreSQL looks for a match among the newest profiles before it counts: one that
    /// enough of them hold is above the cap, and the estimate says by how much; otherwise
    /// the index counts. Through the search the answer is the same either way.
    @Test func aMatchCommonAmongTheNewestProfilesIsNotCounted() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
            for index in 0..<34 {
                try await TestTalents.add(app, name: "丁\(index)", skills: index >= 4 ? ["数据分析"] : ["Excel"])
            }
            try await sql.raw("ANALYZE talents").run()
            let match = TalentMatch(keyword: SearchTokens.query("数据分析"), facets: [], birthYears: nil)
            // The newest six are all matches.
            #expect(try await PostgresTalentSearch(countWindow: 6).newestCount(match, upTo: 4, on: sql) == 4)
            #expect(try await PostgresTalentSearch(countWindow: 6).newestCount(match, upTo: 10, on: sql) == 6)
            // Common among the newest: more than the cap without counting…
            let common = PostgresTalentSearch(countWindow: 6, commonAmongNewest: 3)
            #expect(try await common.count(match, conditions: [], cap: 10, statistics: true, on: sql) == 11)
            // …which the search puts right in a small pool: 20 of the newest hold it, so the
            // count is skipped; the estimate finds all 30, exactly.
            var query = TalentSearchQuery(keyword: "数据分析")
            query.exactCountUpTo = 50
            let page = try await query.run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(page.total == 30 && page.totalIsExact)
            // Not common among the newest: the index counts.
            let rare = PostgresTalentSearch(countWindow: 6, commonAmongNewest: 7)
            #expect(try await rare.count(match, conditions: [], cap: 40, statistics: true, on: sql) == 30)
            #expect(try await rare.count(match, conditions: [], cap: 5, statistics: true, on: sql) == 6)
        }
    }

    /// PostgreSQL skips the count of a single word its statistics put far above the cap;
    /// a word they do not list is counted.
    @Test func aWordTheStatisticsPutFarAboveTheCapIsNotCounted() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
            for index in 0..<40 {
                try await TestTalents.add(app, name: "丁\(index)", skills: index < 30 ? ["Python"] : ["Excel"])
            }
            try await sql.raw("ANALYZE talents").run()
            let engine = PostgresTalentSearch()
            func match(_ keyword: String, facets: [String] = []) -> TalentMatch {
                TalentMatch(keyword: SearchTokens.query(keyword), facets: facets, birthYears: nil)
            }
            #expect(try await engine.estimatedMatches(match("python"), on: sql) >= 25)
            #expect(try await engine.estimatedMatches(match("java"), on: sql) < 5)
            #expect(match("python").isOneExactToken)
            #expect(!match("python", facets: [SearchFacet.district.token("370303")]).isOneExactToken)
            #expect(!match("数据分析").isOneExactToken)
            // Either way the answer is the same: more than the cap, or the exact count.
            #expect(try await engine.count(match("python"), conditions: [], cap: 5, statistics: true, on: sql) == 6)
            #expect(try await engine.count(match("excel"), conditions: [], cap: 20, statistics: true, on: sql) == 10)
        }
    }

    /// Filters that exclude each other (two districts) are all the planner's product of
    /// shares puts far above a low cap: the estimate finds none, and the count is made.
    @Test func aCountTheStatisticsVouchedForButTheEstimateDoesNotIsMadeAfterAll() async throws {
        try await TestApp.run { app, _ in
            for index in 0..<40 {
                try await TestTalents.add(app, name: "丁\(index)", district: index < 20 ? "370303" : "370302")
            }
            if let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) {
                try await sql.raw("ANALYZE talents").run()
                // The statistics do vouch for more than the cap: the fallback is what answers.
                let both = TalentMatch(
                    keyword: [], facets: [SearchFacet.district.token("370303"), SearchFacet.district.token("370302")])
                #expect(
                    try await PostgresTalentSearch().count(both, conditions: [], cap: 1, statistics: true, on: sql) == 2
                )
            }
            var query = TalentSearchQuery(filters: [
                .init(facet: .district, code: "370303"), .init(facet: .district, code: "370302"),
            ])
            query.exactCountUpTo = 1
            let page = try await query.run(scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(page.total == 0 && page.totalIsExact && page.items.isEmpty)
        }
    }

    /// PostgreSQL keeps a profile's row, search vector included, in one piece: a count
    /// tests each vector, and one kept apart in the TOAST table costs a second look-up.
    @Test func aProfileWithALongSearchVectorKeepsItInItsRow() async throws {
        try await TestApp.run { app, _ in
            guard let sql = app.db as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
            // 160 different characters: about 280 words, a vector of 3 KB or so.
            let skills = (0..<40).map { skill in
                String((0..<4).compactMap { UnicodeScalar(0x4E00 + skill * 4 + $0).map(Character.init) })
            }
            let talent = try await TestTalents.add(app, name: "丁一", skills: skills)
            let row = try #require(
                try await sql.raw(
                    """
                    SELECT pg_column_size(t.*) AS whole, pg_column_size(t.search_vector) AS vector, \
                    (SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE oid = 'talents'::regclass) AS apart \
                    FROM talents t WHERE t.id = \(bind: try talent.requireID())
                    """
                ).first())
            #expect(try row.decode(column: "whole", as: Int.self) > 2100)
            #expect(try row.decode(column: "vector", as: Int.self) > 1600)
            #expect(try row.decode(column: "apart", as: Int.self) == 0)
        }
    }

    @Test func anEmployerFindsOnlyTheirOwnEmployees() async throws {
        try await TestApp.run { app, _ in
            let mine = try await TestApp.makeOrganization(app, name: "甲公司（示例）", serial: 1)
            let other = try await TestApp.makeOrganization(app, name: "乙公司（示例）", serial: 2)
            try await TestTalents.add(app, name: "张伟", employer: mine.id)
            try await TestTalents.add(app, name: "张敏", employer: other.id)
            try await TestTalents.add(app, name: "张强")
            #expect(
                try await TestTalents.names(TalentSearchQuery(keyword: "张"), app, scope: .employer(mine.id!)) == ["张伟"])
            #expect(try await TestTalents.names(TalentSearchQuery(), app, scope: .employer(mine.id!)) == ["张伟"])
            #expect(try await TestTalents.names(TalentSearchQuery(), app, scope: .nothing).isEmpty)
        }
    }

    /// Each engine's full-text syntax (FTS5 on SQLite, tsquery on PostgreSQL) is plain
    /// text here: punctuation separates words, every word must match, and operator words
    /// are words that match nobody. Same answers on both engines.
    @Test(arguments: [
        // no words at all: no filter, as an empty search
        ("\"", ["张伟", "李娜"]), ("*", ["张伟", "李娜"]),
        // "or", "1", "near", "name", "a" are words no one has: nobody, not everybody
        ("' OR 1=1 --", []), ("NEAR(张 伟)", []), ("name:张", []), ("张) OR (伟", []), ("'张':*A", []),
        // not negation: both words are in 张伟's name
        ("伟 -张", ["张伟"]),
        // not a prefix operator: the word 张
        ("张*", ["张伟"]),
    ])
    func queryTextNeverBecomesIndexSyntax(keyword: String, expected: [String]) async throws {
        try await TestApp.run { app, _ in
            // setup
            try await TestTalents.add(app, name: "张伟")
            try await TestTalents.add(app, name: "李娜")
            // act
            let names = try await TestTalents.names(TalentSearchQuery(keyword: keyword), app)
            // assert
            #expect(names.sorted() == expected, "\(keyword)")
        }
    }
}
