import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The talent search (M12): keyword, filters, order and keyset pages, within the caller's
/// scope. Separate from its routes so it is tested without HTTP.
///
/// Keyword and equality filters are all answered by the search index (`TalentSearchIndex`):
/// the keyword's tokens must be in the profile's words, each filter's token in its facets.
/// The age range is narrowed by birth-year facets and made exact on `birth_date`.
package struct TalentSearchQuery: Sendable, Equatable {
    package static let defaultLimit = 20
    package static let maxLimit = 100
    /// Counting stops here: beyond it the total is an estimate (`MatchEstimate`), since
    /// counting half a million matches of 数据 would cost more than the rest of the search.
    package static let countCap = 1_000
    /// Slices of the key range an estimate samples, and matches it takes in each.
    package static let estimateSlices = 4
    package static let estimateSample = 100

    package var keyword: String?
    package var filters: [Filter] = []
    package var ageMin: Int?
    package var ageMax: Int?
    package var sort: Sort = .relevance
    package var limit: Int = defaultLimit
    package var after: Cursor?

    package init(
        keyword: String? = nil, filters: [Filter] = [], ageMin: Int? = nil, ageMax: Int? = nil, sort: Sort = .relevance,
        limit: Int = defaultLimit, after: Cursor? = nil
    ) {
        self.keyword = keyword
        self.filters = filters
        self.ageMin = ageMin
        self.ageMax = ageMax
        self.sort = sort
        self.limit = limit
        self.after = after
    }
    /// `countCap` in service; tests lower it to reach the paths taken for very common words.
    package var exactCountUpTo = countCap
    /// `estimateSample` in service; tests lower it to make a small pool's count an estimate.
    package var estimateSampleSize = estimateSample

    /// An equality filter: the facet and the code it must have.
    package struct Filter: Sendable, Equatable {
        package var facet: SearchFacet
        package var code: String

        package init(facet: SearchFacet, code: String) {
            self.facet = facet
            self.code = code
        }
    }

    package enum Sort: String, Sendable, CaseIterable {
        /// A match in the name first, then other matches; newest first within each. With
        /// no keyword: newest first.
        case relevance
        case name
        /// Most recently changed first.
        case updated
    }

    /// A position in the order: `r.TIER.KEY`, `n.KEY.NAME` or `u.KEY.SECONDS`.
    package struct Cursor: Sendable, Equatable {
        package var tier = 0
        package var key: Int64
        package var name: String?
        package var updated: Double?

        package init(tier: Int = 0, key: Int64, name: String? = nil, updated: Double? = nil) {
            (self.tier, self.key, self.name, self.updated) = (tier, key, name, updated)
        }

        package init?(_ text: String) {
            let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, text.count <= 200 else { return nil }
            switch parts[0] {
            case "r":
                guard let tier = Int(parts[1]), (0...1).contains(tier), let key = Int64(parts[2]) else { return nil }
                self.init(tier: tier, key: key)
            case "n":
                guard let key = Int64(parts[1]), !parts[2].isEmpty else { return nil }
                self.init(key: key, name: parts[2])
            case "u":
                guard let key = Int64(parts[1]), let seconds = Double(parts[2]), seconds.isFinite else { return nil }
                self.init(key: key, updated: seconds)
            default:
                return nil
            }
        }

        package var text: String {
            if let name { return "n.\(key).\(name)" }
            if let updated { return "u.\(key).\(updated)" }
            return "r.\(tier).\(key)"
        }
    }

    package struct Page: Sendable {
        package var items: [Talent]
        /// Exact up to `countCap`; beyond it an estimate, unless `totalIsExact` says the
        /// estimate's sample happened to count every match.
        package var total: Int
        package var totalIsExact: Bool
        package var next: Cursor?
    }

    package var keywordTokens: [SearchTokens.QueryToken] { keyword.map(SearchTokens.query) ?? [] }

    /// The pages a list of page numbers offers to jump to (`run(page:…)`); the cursor
    /// goes on beyond them.
    package static let jumpablePages = 10

    /// Page `number` of the results, reached from the first without a cursor: the first
    /// `number × limit` rows are read and the earlier pages dropped. Cheap for the few
    /// pages a list of numbers offers (`jumpablePages`); the next page's cursor is the
    /// same as paging there one by one would give.
    package func run(page number: Int, scope: TalentSearchScope, today: CalendarDate, on database: any Database)
        async throws -> Page
    {
        guard number > 1, after == nil else { return try await run(scope: scope, today: today, on: database) }
        var wide = self
        wide.limit = limit * number
        var page = try await wide.run(scope: scope, today: today, on: database)
        page.items = Array(page.items.dropFirst(limit * (number - 1)))
        return page
    }

    /// Runs the search within `scope` (see `TalentSearchScope`).
    package func run(scope: TalentSearchScope, today: CalendarDate, on database: any Database) async throws -> Page {
        guard let sql = database as? any SQLDatabase else { throw Abort(.internalServerError) }
        if case .nothing = scope { return Page(items: [], total: 0, totalIsExact: true, next: nil) }
        let engine: any TalentSearchEngine =
            TalentSearchIndex.isPostgres(sql) ? PostgresTalentSearch() : SQLiteTalentSearch()
        var facets = filters.map { $0.facet.token($0.code) }
        if case let .employer(id) = scope { facets.append(SearchFacet.employer.token(id.uuidString)) }
        let match = TalentMatch(keyword: keywordTokens, facets: facets, birthYears: birthYears(today: today))
        // Erased profiles are not in the index; these conditions need the row itself.
        var conditions: [SQLQueryString] = []
        if case let .user(id) = scope { conditions.append("t.user_id = \(bind: id)") }
        if let (after, through) = birthDateRange(today: today) {
            conditions.append("t.birth_date > \(bind: after) AND t.birth_date <= \(bind: through)")
        }

        var total = try await count(match, conditions: conditions, engine: engine, on: sql)
        var totalIsExact = total <= exactCountUpTo
        if !totalIsExact {
            let estimate = try await estimate(match, conditions: conditions, engine: engine, on: database)
            if estimate.total > exactCountUpTo || estimate.isExact {
                (total, totalIsExact) = (estimate.total, estimate.isExact)
            } else {
                // The statistics vouched for more than the cap and the estimate does not:
                // count after all (the estimate of an exact count's 1,001+ is never below).
                total = try await engine.count(
                    match, conditions: conditions, cap: exactCountUpTo, statistics: false, on: sql)
                totalIsExact = total <= exactCountUpTo
                if !totalIsExact { total = max(estimate.total, exactCountUpTo + 1) }
            }
        }
        var items: [Talent] = []
        var next: Cursor?
        switch sort {
        case .relevance where !match.keyword.isEmpty:
            // Tier 0: the keyword is in the name; tier 1: elsewhere only.
            var tier = after?.tier ?? 0
            var afterKey = after?.key
            while tier <= 1, items.count <= limit {
                items += try await engine.page(
                    match, tier: tier, conditions: conditions, order: .key,
                    after: afterKey.map { Cursor(tier: tier, key: $0) },
                    limit: limit + 1 - items.count, dense: total > exactCountUpTo, on: sql)
                (tier, afterKey) = (tier + 1, nil)
            }
            if items.count > limit {
                items.removeLast(items.count - limit)
                let last = items[limit - 1]
                next = Cursor(tier: nameMatches(last, match) ? 0 : 1, key: last.searchKey ?? 0)
            }
        default:
            let order: TalentOrder =
                switch sort {
                case .relevance: .key
                case .name: .name
                case .updated: .updated
                }
            items = try await engine.page(
                match, tier: nil, conditions: conditions, order: order, after: after,
                limit: limit + 1, dense: total > exactCountUpTo, on: sql)
            if items.count > limit {
                items.removeLast()
                let last = items[limit - 1]
                next =
                    switch order {
                    case .key: Cursor(key: last.searchKey ?? 0)
                    case .name: Cursor(key: last.searchKey ?? 0, name: last.name)
                    case .updated: Cursor(key: last.searchKey ?? 0, updated: last.updatedAt?.timeIntervalSince1970 ?? 0)
                    }
            }
        }
        return Page(items: items, total: total, totalIsExact: totalIsExact, next: next)
    }

    /// Matches estimated from `estimateSlices` slices of the key range (`MatchEstimate`).
    private func estimate(
        _ match: TalentMatch, conditions: [SQLQueryString], engine: any TalentSearchEngine,
        on database: any Database
    ) async throws -> MatchEstimate {
        guard let sql = database as? any SQLDatabase else { return MatchEstimate(total: 0, isExact: true) }
        // Two subqueries: SQLite reads a MIN or a MAX off the index only when it is alone.
        guard
            let bounds = try await sql.raw(
                "SELECT (SELECT MIN(search_key) FROM talents) AS low, (SELECT MAX(search_key) FROM talents) AS high"
            ).first(),
            let low = try bounds.decode(column: "low", as: Int64?.self),
            let high = try bounds.decode(column: "high", as: Int64?.self)
        else { return MatchEstimate(total: 0, isExact: true) }
        let slices = MatchEstimate.slices(lowest: low, highest: high, count: Self.estimateSlices)
        if let own = try await engine.estimate(
            match, conditions: conditions, slices: slices, sample: estimateSampleSize, on: database)
        {
            return own
        }
        var found: [(slice: MatchEstimate.Slice, walked: MatchEstimate.Slice?, keys: [Int64])] = []
        for slice in slices {
            let keys = try await engine.keys(
                match, conditions: conditions, in: slice, limit: estimateSampleSize, on: sql)
            found.append((slice, nil, keys))
        }
        return MatchEstimate.combine(found, sample: estimateSampleSize)
    }

    /// Matches, counted up to `exactCountUpTo + 1`. An age range makes the count join every
    /// match to its row for the exact birth date, 1,000 rows at most; but the birth years
    /// strictly inside the range match whole, so when those alone pass the cap the index
    /// answers without the rows.
    private func count(
        _ match: TalentMatch, conditions: [SQLQueryString], engine: any TalentSearchEngine,
        on sql: any SQLDatabase
    ) async throws -> Int {
        if let years = match.birthYears, years.count > 2, conditions.count == 1 {
            var inside = match
            inside.birthYears = (years.lowerBound + 1)...(years.upperBound - 1)
            let whole = try await engine.count(
                inside, conditions: [], cap: exactCountUpTo, statistics: true, on: sql)
            if whole > exactCountUpTo { return whole }
        }
        return try await engine.count(
            match, conditions: conditions, cap: exactCountUpTo, statistics: true, on: sql)
    }

    /// Whether the keyword is in `talent`'s name: decides the tier its cursor resumes in.
    private func nameMatches(_ talent: Talent, _ match: TalentMatch) -> Bool {
        let names = Set(SearchTokens.document([talent.name]))
        return match.keyword.allSatisfy { token in
            token.isPrefix ? names.contains { $0.hasPrefix(token.text) } : names.contains(token.text)
        }
    }

    /// Birth years an age range allows (for the index); nil when there is no range.
    package func birthYears(today: CalendarDate) -> ClosedRange<Int>? {
        guard ageMin != nil || ageMax != nil else { return nil }
        let youngest = today.year - (ageMin ?? 0)
        let oldest = today.year - (ageMax ?? 120) - 1
        return oldest <= youngest ? oldest...youngest : nil
    }

    /// `birth_date` bounds (`YYYY-MM-DD`, compared as text) for an exact age range:
    /// born after the first and on or before the second.
    package func birthDateRange(today: CalendarDate) -> (after: String, through: String)? {
        guard ageMin != nil || ageMax != nil else { return nil }
        // Age ≥ min: born on or before today minus min years. Age ≤ max: born after
        // today minus (max + 1) years.
        return (shifted(today, years: -((ageMax ?? 120) + 1)), shifted(today, years: -(ageMin ?? 0)))
    }

    private func shifted(_ date: CalendarDate, years: Int) -> String {
        // 29 February minus whole years lands on 28 February in common years.
        let year = date.year + years
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let day = date.month == 2 && date.day == 29 && !leap ? 28 : date.day
        return String(format: "%04d-%02d-%02d", year, date.month, day)
    }
}

/// Whose profiles a search may return.
package enum TalentSearchScope: Codable, Sendable, Equatable {
    case everyone
    case employer(UUID)
    case user(UUID)
    case nothing
}

/// What the index must match: every keyword token in the words, every facet token, and
/// one of the birth years when an age range is given.
package struct TalentMatch: Sendable {
    package var keyword: [SearchTokens.QueryToken]
    package var facets: [String]
    package var birthYears: ClosedRange<Int>?

    package init(keyword: [SearchTokens.QueryToken], facets: [String], birthYears: ClosedRange<Int>? = nil) {
        self.keyword = keyword
        self.facets = facets
        self.birthYears = birthYears
    }

    /// One whole keyword token or one facet and nothing else (a count the index
    /// statistics can vouch for, `PostgresTalentSearch.count`).
    package var isOneExactToken: Bool {
        birthYears == nil && keyword.count + facets.count == 1 && keyword.allSatisfy { !$0.isPrefix }
    }
}

package enum TalentOrder: Sendable {
    case key, name, updated
}
