import Foundation
import SQLKit
import TalentDomain

/// Hires of the job zone (M3), counted from applications moved to hired: per campaign,
/// and within one campaign per industry chain and per occupation.
package enum JobHires {
    package struct Count: Sendable {
        package var code: String?
        package var hires: Int
    }

    /// Hires per campaign id.
    package static func byCampaign(on sql: any SQLDatabase) async throws -> [UUID: Int] {
        let rows = try await sql.raw(
            """
            SELECT p.campaign_id AS c, COUNT(*) AS n FROM job_applications a JOIN job_posts p ON p.id = a.post_id \
            WHERE a.state = 'hired' GROUP BY p.campaign_id
            """
        ).all()
        return Dictionary(
            uniqueKeysWithValues: try rows.map {
                (try $0.decode(column: "c", as: UUID.self), try $0.decode(column: "n", as: Int.self))
            })
    }

    /// A campaign's hires by chain or by occupation, most first.
    package static func breakdown(of campaign: UUID, by column: Column, on sql: any SQLDatabase) async throws
        -> [Count]
    {
        try await sql.raw(
            """
            SELECT p.\(unsafeRaw: column.rawValue) AS code, COUNT(*) AS n FROM job_applications a \
            JOIN job_posts p ON p.id = a.post_id WHERE a.state = 'hired' AND p.campaign_id = \(bind: campaign) \
            GROUP BY p.\(unsafeRaw: column.rawValue) ORDER BY n DESC, code
            """
        ).all().map {
            Count(
                code: try $0.decode(column: "code", as: String?.self), hires: try $0.decode(column: "n", as: Int.self))
        }
    }

    package enum Column: String, Sendable {
        case chain = "chain_code"
        case occupation = "occupation_code"
    }
}
