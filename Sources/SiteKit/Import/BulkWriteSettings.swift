import Fluent
import SQLKit

extension Database {
    /// Runs `body` with SQLite settings for a bulk write on this connection (call it inside
    /// the transaction), restored afterwards: a 256 MB page cache — a large file touches
    /// every page of several indexes, and the default 2 MB spills to the log in mid-
    /// transaction — and statement journals in memory rather than in temporary files.
    /// PostgreSQL needs neither.
    package func withBulkWriteSettings<Result>(_ body: () async throws -> Result) async throws -> Result {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await body() }
        func apply(_ bulk: Bool) async throws {
            try await sql.raw("PRAGMA cache_size = \(unsafeRaw: bulk ? "-262144" : "-2000")").run()
            try await sql.raw("PRAGMA temp_store = \(unsafeRaw: bulk ? "MEMORY" : "DEFAULT")").run()
        }
        try await apply(true)
        do {
            let result = try await body()
            try await apply(false)
            return result
        } catch {
            try? await apply(false)
            throw error
        }
    }
}
