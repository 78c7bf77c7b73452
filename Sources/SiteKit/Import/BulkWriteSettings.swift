import Fluent
import SQLKit

extension Database {
    /// Runs `body` on one connection with SQLite settings for a bulk write, restored
    /// afterwards: a 256 MB page cache — a large file touches every page of several
    /// indexes, and the default 2 MB spills to the log in mid-transaction — and temporary
    /// storage (statement journals, a load's staging table) in memory rather than in files.
    /// PostgreSQL needs neither.
    ///
    /// Call it outside the transaction and open the transaction on the connection `body`
    /// gets: once a connection has used temporary storage, SQLite refuses to change where
    /// that storage lives inside a transaction, and this pooled connection goes on serving.
    package func withBulkWriteSettings<Result: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await body(self) }
        return try await withConnection { connection in
            let sql = connection as! any SQLDatabase
            func apply(_ bulk: Bool) async throws {
                try await sql.raw("PRAGMA cache_size = \(unsafeRaw: bulk ? "-262144" : "-2000")").run()
                try await sql.raw("PRAGMA temp_store = \(unsafeRaw: bulk ? "MEMORY" : "DEFAULT")").run()
            }
            try await apply(true)
            do {
                let result = try await body(connection)
                try await apply(false)
                return result
            } catch {
                try? await apply(false)
                throw error
            }
        }
    }
}
