import Fluent
import Foundation
import SQLKit
import SiteKit
import Vapor

/// Keeps `SupplyTally` current: a sweep recounts when the last count is older than
/// `maximumAge`, an officer may ask for a count at once, and the demo counts at its end.
///
/// The count is one read of every profile's occupations (a few seconds at a million
/// profiles), outside any write transaction so nobody waits for it; only its few hundred
/// rows are then written, replacing the previous count whole.
package enum SupplyTallies {
    package static let maximumAge: TimeInterval = 15 * 60

    /// When the current count was made; nil before the first.
    package static func countedAt(on db: any Database) async throws -> Date? {
        try await SupplyTally.query(on: db).sort(\.$countedAt, .descending).first()?.countedAt
    }

    /// Recounts when the count is missing or older than `maximumAge`.
    package static func refreshIfStale(_ app: Application, now: Date) async throws {
        if let last = try await countedAt(on: app.db), now.timeIntervalSince(last) < maximumAge { return }
        try await recount(app, at: now)
    }

    /// Counts on the application's connections for long work (`.bulk`): at a million
    /// profiles the read takes seconds on SQLite, and on a request connection it made the
    /// requests queued behind it time out (a 500 seen in the benchmark).
    package static func recount(_ app: Application, at now: Date) async throws {
        try await recount(reading: app.db(.bulk), writing: app.db, at: now)
    }

    /// Counts the pool's talents per occupation and employer's chain, and the qualified
    /// among them: a valid certificate for the occupation, or a skill level or title.
    package static func recount(on db: any Database, at now: Date) async throws {
        try await recount(reading: db, writing: db, at: now)
    }

    private static func recount(reading: any Database, writing db: any Database, at now: Date) async throws {
        let sql = reading as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT a.code AS occupation, COALESCE(o.chain_code, '') AS chain, COUNT(*) AS talents, \
            CAST(SUM(CASE WHEN t.skill_level IS NOT NULL OR t.title_level IS NOT NULL OR EXISTS (\
            SELECT 1 FROM certificates c WHERE c.talent_id = t.id AND c.occupation_code = a.code \
            AND c.revoked_at IS NULL) THEN 1 ELSE 0 END) AS BIGINT) AS qualified \
            FROM talent_attributes a JOIN talents t ON t.id = a.talent_id \
            LEFT JOIN organizations o ON o.id = t.employer_id \
            WHERE a.kind = 'occupation' AND t.status <> 'erased' \
            GROUP BY a.code, COALESCE(o.chain_code, '')
            """
        ).all()
        let tallies = try rows.map {
            SupplyTally(
                occupationCode: try $0.decode(column: "occupation", as: String.self),
                chainCode: try $0.decode(column: "chain", as: String.self),
                talents: try $0.decode(column: "talents", as: Int.self),
                qualified: try $0.decode(column: "qualified", as: Int?.self) ?? 0, countedAt: now)
        }
        try await db.writeTransaction { db in
            try await SupplyTally.query(on: db).delete()
            for chunk in stride(from: 0, to: tallies.count, by: 500) {
                try await Array(tallies[chunk..<min(chunk + 500, tallies.count)]).create(on: db)
            }
        }
    }
}
