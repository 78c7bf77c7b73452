import Fluent
import SQLKit

/// The figure the M8 target counts (`digital_share_of_high_skill_nominations`): the
/// digital-field share of the lists sent for a year under the nomination rule, as they
/// were sent — all districts' lists together for the city, or one district's.
package enum NominationFigures {
    /// Whole percent, rounded down; nil when no such list was sent for `year`.
    package static func digitalSharePercent(year: Int, district: String? = nil, on db: any Database) async throws
        -> Int?
    {
        var query: SQLQueryString = """
            SELECT CAST(COALESCE(SUM(digital_at_submission), 0) AS BIGINT) AS digital,
                CAST(COALESCE(SUM(total_at_submission), 0) AS BIGINT) AS total
            FROM nomination_lists
            WHERE state = 'submitted' AND year = \(bind: year) AND digital_at_submission IS NOT NULL
            """
        if let district { query = query + " AND district_code = \(bind: district)" }
        guard let row = try await (db as! any SQLDatabase).raw(query).first() else { return nil }
        let total = try row.decode(column: "total", as: Int.self)
        guard total > 0 else { return nil }
        return try row.decode(column: "digital", as: Int.self) * 100 / total
    }
}
