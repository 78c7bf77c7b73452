import Fluent
import Foundation
import SQLKit
import TalentDomain

/// PostgreSQL: `talents.search_vector @@ tsquery`; marked name words and facets are told
/// from words by their spelling (`TalentSearchIndex.vector`).
package struct PostgresTalentSearch: TalentSearchEngine {
    /// Profiles `newest` tests first, newest first.
    package var newestWindow: Int
    /// Profiles `newest` tests at most, newest first, before the GIN index answers (about
    /// 0.9 µs a profile: 4.5 ms for the whole window, about what the index takes for a
    /// match in 0.5 % of a million profiles).
    package var walkWindow: Int
    /// Profiles `count` tests, newest first, before it asks the GIN index; and how many
    /// matches among them mark a match common enough to skip the count (`count`).
    package var countWindow: Int
    package var commonAmongNewest: Int
    /// Keys an estimate walks at most in each slice (`estimate`).
    package var estimateWindow: Int

    package init(
        newestWindow: Int = 1000, walkWindow: Int = 5_000, countWindow: Int = 2_500, commonAmongNewest: Int = 20,
        estimateWindow: Int = 2_500
    ) {
        (self.newestWindow, self.walkWindow, self.estimateWindow) = (newestWindow, walkWindow, estimateWindow)
        (self.countWindow, self.commonAmongNewest) = (countWindow, commonAmongNewest)
    }

    /// The `tsquery` text. Tokens hold only letters and digits (and the `_` of coded
    /// tokens, `TalentSearchIndex.postgresCoded`) and each is quoted.
    package func expression(_ match: TalentMatch, tier: Int?) -> String? {
        let coded = TalentSearchIndex.postgresCoded
        func words(_ spelled: (String) -> String) -> String {
            "(" + match.keyword.map { "'\(spelled($0.text))'\($0.isPrefix ? ":*" : "")" }.joined(separator: " & ") + ")"
        }
        var parts: [String] = []
        if !match.keyword.isEmpty {
            let (anywhere, inName) = (words { $0 }, words { coded(SearchTokens.inName($0)) })
            switch tier {
            case 0: parts.append(inName)
            case 1: parts.append("\(anywhere) & !\(inName)")
            default: parts.append(anywhere)
            }
        }
        parts += match.facets.map { "'\(coded($0))'" }
        if let years = match.birthYears {
            parts.append(
                "(" + years.map { "'\(coded(SearchFacet.birthYear.token(String($0))))'" }.joined(separator: " | ") + ")"
            )
        }
        return parts.isEmpty ? nil : parts.joined(separator: " & ")
    }

    /// `alias`: the name the talents go by in the statement.
    package func matching(_ match: TalentMatch, tier: Int?, alias: String = "t") -> SQLQueryString {
        guard let expression = expression(match, tier: tier) else { return "\(unsafeRaw: alias).status <> 'erased'" }
        return "\(unsafeRaw: alias).search_vector @@ CAST(\(bind: expression) AS tsquery)"
    }

    package func count(
        _ match: TalentMatch, conditions: [SQLQueryString], cap: Int, statistics: Bool, on sql: any SQLDatabase
    ) async throws -> Int {
        if statistics, conditions.isEmpty, match.birthYears == nil {
            let estimated = try await estimatedMatches(match, on: sql)
            if estimated >= (match.isOneExactToken ? Self.surelyAbove : Self.surelyAboveTogether) * cap {
                return cap + 1
            }
            // Several tokens: the planner multiplies their shares, so the match may be far
            // commoner than it says. 工业互联网 is in 201,106 profiles of a million, the
            // planner said 6,202 and took the GIN index, whose bitmap of every match took
            // 69 ms; 淄博数智 (18,456) it put at 23, and counting its first 1,001 took 14 ms.
            // Testing the newest 2,500 profiles takes about 2 ms, and a match 0.8 % of them
            // hold is eight times the cap in a pool of a million; the estimate then says how
            // many (in a small pool it finds the match at or below the cap, and the count
            // is made after all: `TalentSearchQuery`). One token's statistics are right.
            if !match.isOneExactToken,
                try await newestCount(match, upTo: commonAmongNewest, on: sql) >= commonAmongNewest
            {
                return cap + 1
            }
        }
        return try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM (SELECT 1 FROM talents t WHERE \(matching(match, tier: nil)) \
            AND \(conjunction(conditions)) LIMIT \(bind: cap + 1)) AS matches
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// How many times the count cap the statistics must promise before a count is
    /// skipped: 20 × 1,000 is 2 % of a million profiles, four times the 0.5 % the planner
    /// guesses for a word it does not list, so an unlisted word is always counted.
    package static let surelyAbove = 20
    /// The same for several tokens together: the planner multiplies their shares, which
    /// errs low for a word's character pairs (数据分析: 19,626 said, 180,558 there) and
    /// high only for values that exclude each other (two districts) — and a count the
    /// estimate then puts at or below the cap is made after all (`TalentSearchQuery`).
    /// Counting 数据分析 to 1,001 took the GIN index's 180,000 entries: 109 ms.
    package static let surelyAboveTogether = 10

    /// The planner's estimate of the profiles holding one token. For a token among the
    /// column's most common elements (`ANALYZE` keeps their share of a 30,000-row sample)
    /// it is that share of the pool; any other token is estimated at 0.5 % or less.
    ///
    /// Why: counting tests profile after profile (python, in 15 % of a million profiles:
    /// 135–160 ms to 10,000), and the GIN index answers no faster (its bitmap of every
    /// match took 94 ms). A word the statistics put at twenty times the cap is above the
    /// cap beyond doubt, so the count goes straight to the estimate. Several tokens
    /// together are held to `surelyAboveTogether`: the planner multiplies their shares
    /// as if they were independent.
    package func estimatedMatches(_ match: TalentMatch, on sql: any SQLDatabase) async throws -> Int {
        let plan = try await sql.raw("EXPLAIN SELECT 1 FROM talents t WHERE \(matching(match, tier: nil))").all()
        guard let line = try plan.first?.decode(column: "QUERY PLAN", as: String.self),
            let rows = line.firstMatch(of: /rows=(\d+)/)?.1
        else { return 0 }
        return Int(rows) ?? 0
    }

    package func page(
        _ match: TalentMatch, tier: Int?, conditions: [SQLQueryString], order: TalentOrder,
        after: TalentSearchQuery.Cursor?, limit: Int, dense: Bool, on sql: any SQLDatabase
    ) async throws -> [Talent] {
        let filter = conjunction(conditions + [keyset(order, after: after)].compactMap { $0 })
        // The planner multiplies the shares of a keyword's character pairs and guesses
        // 0.5 % for a word its statistics do not list (every rare marked name word): it
        // took the GIN index and sorted all 18,456 matches of 淄博数智 for a page (44 ms)
        // that the newest 1,200 profiles hold (6 ms), and walked the whole key index for a
        // name word nobody has. So a match above the count cap is first looked for among
        // the newest profiles (`newest`), and otherwise — or when that comes up short —
        // the GIN index answers (`+ 0` hides the key order from the planner).
        if order == .key, dense, let found = try await newest(match, tier: tier, filter: filter, limit: limit, on: sql)
        {
            return found
        }
        let ordering: SQLQueryString = order == .key ? "t.search_key + 0 DESC" : orderBy(order)
        return try decode(
            try await sql.raw(
                """
                SELECT \(unsafeRaw: Talent.selectList) FROM talents t WHERE \(matching(match, tier: tier)) AND \(filter) \
                ORDER BY \(ordering) LIMIT \(bind: limit)
                """
            ).all())
    }

    /// The planner chooses: the key index tested row by row for a common match, the GIN
    /// index then the slice for a rare one.
    package func keys(
        _ match: TalentMatch, conditions: [SQLQueryString], in slice: MatchEstimate.Slice, limit: Int,
        on sql: any SQLDatabase
    ) async throws -> [Int64] {
        try decodeKeys(
            try await sql.raw(
                """
                SELECT t.search_key AS k FROM talents t WHERE \(matching(match, tier: nil)) AND \(within(slice)) \
                AND \(conjunction(conditions)) ORDER BY t.search_key DESC LIMIT \(bind: limit)
                """
            ).all())
    }

    /// Matches among the newest `countWindow` profiles, counted up to `limit`.
    package func newestCount(_ match: TalentMatch, upTo limit: Int, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM (SELECT 1 FROM (SELECT t.search_key, t.search_vector, t.status FROM talents t \
            ORDER BY t.search_key DESC LIMIT \(bind: countWindow)) AS s WHERE \(matching(match, tier: nil, alias: "s")) \
            LIMIT \(bind: limit)) AS matches
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A page of the newest matches (after `filter`'s cursor), or nil when the profiles
    /// walked hold fewer than `limit` (the caller then asks the index). The walk stops at
    /// the page's last match. A tier is often rare in a common match (数据 is in no name;
    /// 张伟 is in few places but names), so it walks `newestWindow` profiles first and
    /// goes on only as far as the matches found there promise a page within `walkWindow`.
    package func newest(
        _ match: TalentMatch, tier: Int?, filter: SQLQueryString, limit: Int,
        on sql: any SQLDatabase
    ) async throws -> [Talent]? {
        func walk(_ window: Int) async throws -> [Talent] {
            try decode(
                try await sql.raw(
                    """
                    SELECT \(unsafeRaw: Talent.selectList) FROM (SELECT * FROM talents t WHERE \(filter) \
                    ORDER BY t.search_key DESC LIMIT \(bind: window)) AS t \
                    WHERE \(matching(match, tier: tier)) ORDER BY t.search_key DESC LIMIT \(bind: limit)
                    """
                ).all())
        }
        var found = try await walk(newestWindow)
        if !found.isEmpty, found.count < limit {
            // Twice the profiles the first window's share of matches needs for a page.
            let needed = 2 * limit * newestWindow / found.count
            guard needed <= walkWindow else { return nil }
            found = try await walk(needed)
        }
        return found.count == limit ? found : nil
    }
}
