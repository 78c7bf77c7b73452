import Fluent
import Reference
import SQLKit
import SiteKit
import Vapor

/// What every serving instance does before it accepts requests: bring the schema up to
/// date, record the policy file and reference data in the database, keep the policy.
public enum Bootstrap {
    public static func prepare(_ app: Application, config: AppConfig) async throws {
        // Write-ahead logging lets the server's readers run while an import writes, and
        // commits with one sync instead of two; the mode is stored in the file.
        if let sql = app.db as? any SQLDatabase, sql.dialect.name == "sqlite" {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        try await app.autoMigrate()
        let source = try PolicyStore.source(for: config)
        app.activePolicy = try await PolicyStore.activate(
            file: source.file, text: source.text, on: app.db,
            auditKey: app.secrets.audit, now: app.clock.now)
        try await ReferenceLoader.load(on: app.db, auditKey: app.secrets.audit, now: app.clock.now)
    }
}
