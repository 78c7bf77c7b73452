import Fluent
import SQLKit
import SiteKit

/// PostgreSQL only: a profile's row, with its search vector (1.6 KB), stays in one piece.
/// By default a row over 2 KB has its long values moved to the TOAST table, so every
/// vector a search tests (a count tests up to 10,000 matches' worth) costs a second
/// look-up: counting to the cap for python took 260–290 ms that way and 135–160 ms with
/// the rows whole, at a million profiles. A whole row is at most about 2.2 KB.
///
/// Applies to rows written from now on: a row written before keeps its vector apart
/// until its search words next change.
package struct KeepTalentRowsWhole: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
        try await sql.raw("ALTER TABLE talents SET (toast_tuple_target = 8160)").run()
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, TalentSearchIndex.isPostgres(sql) else { return }
        try await sql.raw("ALTER TABLE talents RESET (toast_tuple_target)").run()
    }
}
