import Fluent
import Foundation
import Nominations
import SQLKit
import SiteKit
import TalentDomain

/// The year's target figures: each policy target with its actual figure where the
/// platform computes one (`TargetMetric`), for the city or one district.
package enum TargetQuery {
    package struct Row: Sendable {
        package var target: Target
        /// Nil for a target the platform does not compute yet.
        package var actual: Int?
        package var percent: Int? { actual.map(target.progressPercent) }
        package var met: Bool? { actual.map(target.isMet) }
    }

    package static func figures(year: Int, district: String? = nil, on db: any Database) async throws -> [TargetMetric:
        Int]
    {
        let sql = db as! any SQLDatabase
        var query: SQLQueryString =
            "SELECT metric, CAST(SUM(count) AS BIGINT) AS total FROM target_counts WHERE year = \(bind: year)"
        if let district { query = query + " AND district_code = \(bind: district)" }
        query = query + " GROUP BY metric"
        var figures: [TargetMetric: Int] = [:]
        for row in try await sql.raw(query).all() {
            // A metric no longer in the code (a row left by an older version) is not shown.
            guard let metric = TargetMetric(rawValue: try row.decode(column: "metric", as: String.self)) else {
                continue
            }
            figures[metric] = try row.decode(column: "total", as: Int.self)
        }
        // A share, not a count: the nomination lists keep it as they were sent.
        figures[.digitalShareOfHighSkillNominations] = try await NominationFigures.digitalSharePercent(
            year: year, district: district, on: db)
        return figures
    }

    package static func rows(policy: PolicyDocument, year: Int, district: String? = nil, on db: any Database)
        async throws
        -> [Row]
    {
        let figures = try await figures(year: year, district: district, on: db)
        return policy.targets.map { target in
            Row(target: target, actual: target.metric.isTracked ? figures[target.metric] ?? 0 : nil)
        }
    }
}
