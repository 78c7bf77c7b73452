import Fluent
import Vapor

/// What every serving instance does before it accepts requests: bring the schema up to
/// date, record the policy file and reference data in the database, keep the policy.
public enum Bootstrap {
    public static func prepare(_ app: Application, config: AppConfig) async throws {
        try await app.autoMigrate()
        let source = try PolicyStore.source(for: config)
        app.activePolicy = try await PolicyStore.activate(file: source.file, text: source.text, on: app.db,
                                                          auditKey: app.secrets.audit)
        try await ReferenceLoader.load(on: app.db, auditKey: app.secrets.audit)
    }
}
