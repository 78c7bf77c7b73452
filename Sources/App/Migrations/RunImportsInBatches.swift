import Fluent
import SQLKit

/// A web import writes in short batches, each its own transaction, so that others can
/// write between them (issue 14: one long transaction made every other request wait up to
/// 10 s and some fail). What that needs kept:
/// - `talents.import_id`: the import that created a profile, so an import broken off
///   half-way (a conflict, a crash) can take back exactly its own rows;
/// - `talent_import_undo`: a profile as it was before an upsert import changed it,
///   sealed with the personal-data key, to put back the same way;
/// - on `talent_imports`: rows written so far, and a lease (owner, expiry) renewed while
///   the import runs, so that any instance can tell a running import from a dead one.
struct RunImportsInBatches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Talent.schema).field("import_id", .uuid).update()
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(TalentImportJob.schema).field("written_rows", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema(TalentImportJob.schema).field("lease_owner", .string).update()
        try await database.schema(TalentImportJob.schema).field("lease_expires_at", .datetime).update()
        try await database.schema(TalentImportUndo.schema)
            .id()
            .field("import_id", .uuid, .required, .references(TalentImportJob.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("snapshot", .string, .required)
            .unique(on: "import_id", "talent_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "talents_import").on(Talent.schema).column("import_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TalentImportUndo.schema).delete()
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "talents_import").run() }
        for name: FieldKey in ["written_rows", "lease_owner", "lease_expires_at"] {
            try await database.schema(TalentImportJob.schema).deleteField(name).update()
        }
        try await database.schema(Talent.schema).deleteField("import_id").update()
    }
}
