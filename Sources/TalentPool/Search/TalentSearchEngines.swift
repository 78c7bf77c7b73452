import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// The two statements a talent search needs, written once per engine: the index syntax
/// differs (FTS5 `MATCH` against `tsquery`), the meaning does not.
package protocol TalentSearchEngine: Sendable {
    /// Matching profiles, counted up to `cap + 1`. `statistics`: an engine may answer
    /// `cap + 1` without counting when its statistics vouch for it.
    func count(
        _ match: TalentMatch, conditions: [SQLQueryString], cap: Int, statistics: Bool, on sql: any SQLDatabase
    ) async throws -> Int
    /// One page in `order`. `tier` (relevance only): 0 = keyword in the name, 1 = elsewhere.
    /// `dense`: more matches than the count cap, so walking the order's index and testing
    /// each profile finds a page sooner than gathering and sorting every match.
    func page(
        _ match: TalentMatch, tier: Int?, conditions: [SQLQueryString], order: TalentOrder,
        after: TalentSearchQuery.Cursor?, limit: Int, dense: Bool, on sql: any SQLDatabase
    ) async throws -> [Talent]
    /// Keys of matches in `slice`, newest first, at most `limit` (`MatchEstimate`).
    func keys(
        _ match: TalentMatch, conditions: [SQLQueryString], in slice: MatchEstimate.Slice, limit: Int,
        on sql: any SQLDatabase
    ) async throws -> [Int64]
    /// An estimate of the engine's own making, or nil for the slices' (`keys`).
    func estimate(
        _ match: TalentMatch, conditions: [SQLQueryString], slices: [MatchEstimate.Slice], sample: Int,
        on database: any Database
    ) async throws -> MatchEstimate?
}

extension TalentSearchEngine {
    package func estimate(
        _ match: TalentMatch, conditions: [SQLQueryString], slices: [MatchEstimate.Slice], sample: Int,
        on database: any Database
    ) async throws -> MatchEstimate? { nil }

    package func keyset(_ order: TalentOrder, after: TalentSearchQuery.Cursor?) -> SQLQueryString? {
        guard let after else { return nil }
        return switch order {
        case .key: "t.search_key < \(bind: after.key)"
        case .name:
            "(t.name > \(bind: after.name ?? "") OR (t.name = \(bind: after.name ?? "") AND t.search_key > \(bind: after.key)))"
        case .updated:
            // Drivers round a stored time to the microsecond when reading it, so the
            // cursor's time may differ from the stored one by less than that: a window of
            // one microsecond counts as "the same time", where the key decides.
            updatedKeyset(seconds: after.updated ?? 0, key: after.key)
        }
    }

    private func updatedKeyset(seconds: Double, key: Int64) -> SQLQueryString {
        let (low, high) = (Date(timeIntervalSince1970: seconds - 1e-6), Date(timeIntervalSince1970: seconds + 1e-6))
        return "(t.updated_at < \(bind: low) OR (t.updated_at <= \(bind: high) AND t.search_key < \(bind: key)))"
    }

    package func orderBy(_ order: TalentOrder) -> SQLQueryString {
        switch order {
        case .key: "t.search_key DESC"
        case .name: "t.name ASC, t.search_key ASC"
        case .updated: "t.updated_at DESC, t.search_key DESC"
        }
    }

    package func conjunction(_ parts: [SQLQueryString]) -> SQLQueryString {
        parts.isEmpty ? "1 = 1" : parts.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
    }

    package func decode(_ rows: [any SQLRow]) throws -> [Talent] {
        try rows.map { try $0.decode(fluentModel: Talent.self) }
    }

    package func within(_ slice: MatchEstimate.Slice, key: SQLQueryString = "t.search_key") -> SQLQueryString {
        "\(key) > \(bind: slice.above) AND \(key) <= \(bind: slice.through)"
    }

    package func decodeKeys(_ rows: [any SQLRow]) throws -> [Int64] {
        try rows.map { try $0.decode(column: "k", as: Int64.self) }
    }
}

/// SQLite: an FTS5 `MATCH` on `talent_search`, joined to `talents` by `search_key`.
package struct SQLiteTalentSearch: TalentSearchEngine {
    /// Windows of the order's index probed per profile (`probeInOrder`).
    package var probeWindows: [Int]

    package init(probeWindows: [Int] = [64, 256, 1024]) { self.probeWindows = probeWindows }

    /// The FTS5 query. Tokens hold only letters and digits (`SearchTokens`, `SearchFacet`),
    /// and each is quoted, so no user text can become query syntax.
    package func expression(_ match: TalentMatch, tier: Int?) -> String? {
        var parts: [String] = []
        if !match.keyword.isEmpty {
            func words(_ marked: (String) -> String) -> String {
                match.keyword.map { "\"\(marked($0.text))\"\($0.isPrefix ? "*" : "")" }.joined(separator: " AND ")
            }
            let (anywhere, inName) = (words { $0 }, words(SearchTokens.inName))
            switch tier {
            case 0: parts.append("name : (\(inName))")
            case 1: parts.append("(other : (\(anywhere)) NOT name : (\(inName)))")
            default: parts.append("other : (\(anywhere))")
            }
        }
        if !match.facets.isEmpty {
            parts.append("facets : (\(match.facets.map { "\"\($0)\"" }.joined(separator: " AND ")))")
        }
        if let years = match.birthYears {
            parts.append(
                "facets : (\(years.map { "\"\(SearchFacet.birthYear.token(String($0)))\"" }.joined(separator: " OR ")))"
            )
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    package func count(
        _ match: TalentMatch, conditions: [SQLQueryString], cap: Int, statistics: Bool, on sql: any SQLDatabase
    ) async throws -> Int {
        let inner: SQLQueryString
        if let expression = expression(match, tier: nil) {
            inner =
                conditions.isEmpty
                ? "SELECT 1 FROM talent_search WHERE talent_search MATCH \(bind: expression) LIMIT \(bind: cap + 1)"
                : """
                SELECT 1 FROM talent_search JOIN talents t ON t.search_key = talent_search.rowid \
                WHERE talent_search MATCH \(bind: expression) AND \(conjunction(conditions)) LIMIT \(bind: cap + 1)
                """
        } else {
            inner =
                "SELECT 1 FROM talents t WHERE t.status <> 'erased' AND \(conjunction(conditions)) LIMIT \(bind: cap + 1)"
        }
        return try await sql.raw("SELECT COUNT(*) AS n FROM (\(inner)) AS matches").first()?.decode(
            column: "n", as: Int.self) ?? 0
    }

    package func page(
        _ match: TalentMatch, tier: Int?, conditions: [SQLQueryString], order: TalentOrder,
        after: TalentSearchQuery.Cursor?, limit: Int, dense: Bool, on sql: any SQLDatabase
    ) async throws -> [Talent] {
        let filter = conjunction(conditions + [keyset(order, after: after)].compactMap { $0 })
        guard let expression = expression(match, tier: tier) else {
            return try decode(
                try await sql.raw(
                    """
                    SELECT \(unsafeRaw: Talent.selectList) FROM talents t WHERE t.status <> 'erased' AND \(filter) \
                    ORDER BY \(orderBy(order)) LIMIT \(bind: limit)
                    """
                ).all())
        }
        if dense, order != .key,
            let found = try await probeInOrder(
                expression, conditions: conditions, order: order, after: after,
                limit: limit, on: sql)
        {
            return found
        }
        // `search_key` equals the FTS rowid, so ordering by key lets FTS5 walk its own
        // rowid order and stop after `limit` rows.
        let ordering: SQLQueryString = order == .key ? "talent_search.rowid DESC" : orderBy(order)
        return try decode(
            try await sql.raw(
                """
                SELECT \(unsafeRaw: Talent.selectList) FROM talent_search JOIN talents t ON t.search_key = talent_search.rowid \
                WHERE talent_search MATCH \(bind: expression) AND \(filter) ORDER BY \(ordering) LIMIT \(bind: limit)
                """
            ).all())
    }
}

extension SQLiteTalentSearch {
    /// FTS5 walks its rowids (the keys) down from the slice's top and stops at `limit`;
    /// with conditions the index stays outside the join (`CROSS JOIN`), so it still leads.
    package func keys(
        _ match: TalentMatch, conditions: [SQLQueryString], in slice: MatchEstimate.Slice, limit: Int,
        on sql: any SQLDatabase
    ) async throws -> [Int64] {
        guard let expression = expression(match, tier: nil) else {
            return try decodeKeys(
                try await sql.raw(
                    """
                    SELECT t.search_key AS k FROM talents t WHERE t.status <> 'erased' AND \(within(slice)) \
                    AND \(conjunction(conditions)) ORDER BY t.search_key DESC LIMIT \(bind: limit)
                    """
                ).all())
        }
        let inIndex = within(slice, key: "talent_search.rowid")
        let statement: SQLQueryString =
            conditions.isEmpty
            ? """
            SELECT rowid AS k FROM talent_search WHERE talent_search MATCH \(bind: expression) \
            AND \(inIndex) ORDER BY rowid DESC LIMIT \(bind: limit)
            """
            : """
            SELECT talent_search.rowid AS k FROM talent_search CROSS JOIN talents t \
            ON t.search_key = talent_search.rowid WHERE talent_search MATCH \(bind: expression) \
            AND \(inIndex) AND \(conjunction(conditions)) ORDER BY talent_search.rowid DESC LIMIT \(bind: limit)
            """
        return try decodeKeys(try await sql.raw(statement).all())
    }

    /// A page of a very common match in name or update order, found by walking the
    /// order's index in windows and asking FTS5 which profiles of each window match
    /// (about 10 µs a profile). Sorting all half a million matches of 数据 by name takes
    /// most of a second; this finds the page in a window or two. When matches cluster
    /// elsewhere in the order (张 sorted by name: every 张 is near the end), the windows
    /// come up short and nil sends the caller back to sorting the matches.
    package func probeInOrder(
        _ expression: String, conditions: [SQLQueryString], order: TalentOrder,
        after: TalentSearchQuery.Cursor?, limit: Int, on sql: any SQLDatabase
    ) async throws -> [Talent]? {
        let index: SQLQueryString = order == .name ? "talents_name" : "talents_updated"
        var position = after
        var found: [Talent] = []
        for window in probeWindows {
            let walked = try await sql.raw(
                """
                SELECT t.search_key, t.name, t.updated_at FROM talents t INDEXED BY \(index) \
                WHERE \(keyset(order, after: position) ?? "1 = 1") ORDER BY \(orderBy(order)) LIMIT \(bind: window)
                """
            ).all()
            guard let last = walked.last else { return found }
            let keys = try walked.map { try $0.decode(column: "search_key", as: Int64.self) }
            found += try decode(
                try await sql.raw(
                    """
                    SELECT \(unsafeRaw: Talent.selectList) FROM talents t \
                    WHERE t.search_key IN \(SQLBind.group(keys)) AND \(conjunction(conditions)) \
                    AND EXISTS (SELECT 1 FROM talent_search WHERE talent_search MATCH \(bind: expression) \
                    AND talent_search.rowid = t.search_key) ORDER BY \(orderBy(order)) LIMIT \(bind: limit - found.count)
                    """
                ).all())
            if found.count >= limit || walked.count < window { return found }
            position =
                switch order {
                case .name: .init(key: keys[keys.count - 1], name: try last.decode(column: "name", as: String.self))
                case .updated, .key:
                    .init(
                        key: keys[keys.count - 1],
                        updated: try last.decode(column: "updated_at", as: Date.self).timeIntervalSince1970)
                }
        }
        return nil
    }
}
