import Fluent
import Foundation
import SQLKit
import TalentDomain

/// PostgreSQL's estimate of a search's matches beyond the exact count.
///
/// The slices' statement (`keys`) leaves the plan to the planner, and the planner
/// multiplies the shares of a keyword's character pairs as if they were independent:
/// it put 淄博数智 (淄博 & 博数 & 数智) at 23 profiles of a million where 18,462 have it,
/// took the GIN index for every slice and read all 18,462 rows four times (135 ms a
/// slice). So the estimate here chooses its own way:
/// 1. Each slice is walked in key order, at most `estimateWindow` keys, testing each
///    profile (about 2 µs): a match in 2 % of the pool or more fills its sample there.
///    The walk is a subquery with `OFFSET 0`, which the planner neither flattens nor
///    pushes the keyword into, so it cannot turn it into an index scan.
/// 2. When the walks found fewer than one slice's `sample` in all (a rarer match), the GIN
///    index counts: `EXPLAIN ANALYZE` of one row through a bitmap scan reports how many
///    entries the index found without reading a row — about 1 µs a match, and a rare
///    match has few. It counts row versions not yet vacuumed too: an estimate, close.
/// A search with conditions on the row itself (an age range, a talent's own profile)
/// goes to the slices.
extension PostgresTalentSearch {
    package func estimate(
        _ match: TalentMatch, conditions: [SQLQueryString], slices: [MatchEstimate.Slice], sample: Int,
        on database: any Database
    ) async throws -> MatchEstimate? {
        guard conditions.isEmpty, let sql = database as? any SQLDatabase else { return nil }
        let walks = slices.map { slice in
            (
                slice,
                MatchEstimate.Slice(
                    above: max(slice.above, slice.through - Int64(estimateWindow)), through: slice.through)
            )
        }
        // The walks are independent: outside a transaction each takes its own pooled
        // connection and they run at once (four in a row were a third of a search page).
        let keys = try await withThrowingTaskGroup(of: (Int, [Int64]).self) { group in
            var keys = [[Int64]](repeating: [], count: walks.count)
            for (index, walk) in walks.enumerated() {
                if database.inTransaction {
                    keys[index] = try await self.walk(walk.1, match, sample: sample, on: sql)
                } else {
                    group.addTask { (index, try await self.walk(walk.1, match, sample: sample, on: sql)) }
                }
            }
            for try await (index, found) in group { keys[index] = found }
            return keys
        }
        let found = zip(walks, keys).map { walk, keys in (slice: walk.0, walked: Optional(walk.1), keys: keys) }
        let estimate = MatchEstimate.combine(found, sample: sample)
        if found.map(\.keys.count).reduce(0, +) >= sample || estimate.isExact { return estimate }
        return try await indexCount(match, on: database).map { MatchEstimate(total: $0, isExact: false) }
    }

    /// The newest keys of `walked` that match, at most `sample`: the walk of step 1.
    private func walk(_ walked: MatchEstimate.Slice, _ match: TalentMatch, sample: Int, on sql: any SQLDatabase)
        async throws -> [Int64]
    {
        try decodeKeys(
            try await sql.raw(
                """
                SELECT s.search_key AS k FROM (SELECT t.search_key, t.search_vector, t.status FROM talents t \
                WHERE \(within(walked)) ORDER BY t.search_key DESC OFFSET 0) AS s \
                WHERE \(matching(match, tier: nil, alias: "s")) ORDER BY s.search_key DESC LIMIT \(bind: sample)
                """
            ).all())
    }

    /// The GIN index's count of `match` (see above), or nil if the plan had no bitmap scan.
    package func indexCount(_ match: TalentMatch, on database: any Database) async throws -> Int? {
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { return nil }
            try await sql.raw("SET LOCAL enable_seqscan = off").run()
            try await sql.raw("SET LOCAL enable_indexscan = off").run()
            let plan = try await sql.raw(
                "EXPLAIN (ANALYZE, TIMING OFF) SELECT 1 FROM talents t WHERE \(matching(match, tier: nil)) LIMIT 1"
            ).all()
            for row in plan {
                let line = try row.decode(column: "QUERY PLAN", as: String.self)
                if line.contains("Bitmap Index Scan"), let rows = line.firstMatch(of: /actual rows=(\d+)/)?.1 {
                    return Int(rows)
                }
            }
            return nil
        }
    }
}
