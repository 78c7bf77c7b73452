import Foundation
import SQLKit

/// The load path of a command-line import (issue 19), set up inside the import's
/// transaction, so that a refused file or a crash takes all of it back with the rows.
///
/// - Into a pool with fewer than `smallPool` profiles, the secondary indexes that enforce
///   nothing (not UNIQUE) are dropped and built again at the end — on PostgreSQL the GIN
///   index of the search words too: both engines build an index by sorting, far faster
///   than by a million inserts at random places. The UNIQUE ones stay, so every
///   constraint is checked row by row as before.
/// - SQLite: the search words go to a temporary table and reach the FTS5 index in one
///   statement at the end. Each statement that writes an FTS5 table inside a transaction
///   opens a savepoint, and FTS5 writes its pending words out as a segment at every
///   savepoint: a statement per batch left a thousand small segments for FTS5 to merge
///   again and again, a tenth of an import's time. One statement with a large hash
///   (`hashSize`) writes a handful of large segments instead. (A statement per 100,000
///   profiles, while the next rows are prepared, was slower at a million: FTS5 merged
///   the ten segments as they came, on the one thread that writes.)
package struct TalentBulkLoad: Sendable {
    /// Below this many profiles in the pool, rebuilding the indexes costs less than
    /// keeping them up to date row by row.
    package static let smallPool = 50_000
    /// The FTS5 pending-words hash during the final insert (the default is 1 MB).
    static let hashSize = 256 * 1024 * 1024
    static let defaultHashSize = 1024 * 1024
    /// Where SQLite's search words wait until `finish`.
    package static let stagingTable = "temp.talent_search_load"

    /// Whether the search words are staged (SQLite); PostgreSQL writes them with the rows.
    package let stagesWords: Bool
    /// `CREATE INDEX` statements of the indexes dropped for the load.
    package private(set) var droppedIndexes: [String] = []

    /// Prepares the load. `smallPool`: the pool size from which indexes are kept (a test
    /// sets it).
    package static func begin(on sql: any SQLDatabase, smallPool: Int = smallPool) async throws -> TalentBulkLoad {
        let postgres = TalentSearchIndex.isPostgres(sql)
        var load = TalentBulkLoad(stagesWords: !postgres)
        if load.stagesWords {
            try await sql.raw(
                "CREATE TEMP TABLE talent_search_load (key INTEGER PRIMARY KEY, name TEXT, other TEXT, facets TEXT)"
            ).run()
        }
        let pool =
            try await sql.raw("SELECT COUNT(*) AS n FROM talents").first()?.decode(column: "n", as: Int.self) ?? 0
        guard pool < smallPool else { return load }
        // SQLite has no definition (`sql` NULL) for the indexes behind UNIQUE and PRIMARY
        // KEY constraints; PostgreSQL's are UNIQUE.
        let indexes: SQLQueryString =
            postgres
            ? """
            SELECT indexname AS name, indexdef AS definition FROM pg_indexes \
            WHERE schemaname = current_schema() AND tablename IN ('talents', 'talent_attributes') \
            AND indexdef NOT LIKE 'CREATE UNIQUE%' ORDER BY indexname
            """
            : """
            SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index' \
            AND tbl_name IN ('talents', 'talent_attributes') AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' \
            ORDER BY name
            """
        for index in try await sql.raw(indexes).all() {
            let name = try index.decode(column: "name", as: String.self)
            load.droppedIndexes.append(try index.decode(column: "definition", as: String.self))
            try await sql.raw("DROP INDEX \(ident: name)").run()
        }
        return load
    }

    /// Moves SQLite's staged search words into the FTS5 index and builds the dropped
    /// indexes.
    package func finish(on sql: any SQLDatabase) async throws {
        if stagesWords {
            try await Self.setHashSize(Self.hashSize, on: sql)
            try await sql.raw(
                """
                INSERT INTO talent_search (rowid, name, other, facets) \
                SELECT key, name, other, facets FROM \(unsafeRaw: Self.stagingTable) ORDER BY key
                """
            ).run()
            try await Self.setHashSize(Self.defaultHashSize, on: sql)
            try await sql.raw("DROP TABLE \(unsafeRaw: Self.stagingTable)").run()
        } else if !droppedIndexes.isEmpty {
            // A GIN index over a million profiles' words builds in memory what fits here.
            try await sql.raw("SET LOCAL maintenance_work_mem = '512MB'").run()
        }
        for statement in droppedIndexes { try await sql.raw("\(unsafeRaw: statement)").run() }
    }

    /// FTS5 keeps the setting in its own config table, inside the transaction.
    private static func setHashSize(_ bytes: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO talent_search (talent_search, rank) VALUES ('hashsize', \(bind: bytes))").run()
    }
}
