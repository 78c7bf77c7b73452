import Fluent
import SQLKit
import SiteKit

/// A web import runs as a job (`jobs`) and writes in short batches, each its own
/// transaction, so that others can write between them (issue 14: one long transaction made
/// every other request wait up to 10 s and some fail). What that needs kept:
/// - `talents.import_id`: the import that created a profile, so an import broken off
///   half-way (a conflict, a crash) can take back exactly its own rows;
/// - `talent_import_undo`: a profile as it was before an upsert import changed it,
///   sealed with the personal-data key, to put back the same way;
/// - `talent_imports.job_id`: the job running the import, whose row has its progress.
package struct RunImportsInBatches: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Talent.schema).field("import_id", .uuid).update()
        try await database.schema(TalentImport.schema).field("job_id", .uuid, .references(Job.schema, "id")).update()
        try await database.schema(TalentImportUndo.schema)
            .id()
            .field("import_id", .uuid, .required, .references(TalentImport.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("snapshot", .string, .required)
            .unique(on: "import_id", "talent_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "talents_import").on(Talent.schema).column("import_id").run()
        try await Self.failUnfinished(on: database)
    }

    /// Imports "running" before this ran in a process that has stopped since (they lived in
    /// its memory), and were rolled back with it: they say so instead of running for ever.
    package static func failUnfinished(on database: any Database) async throws {
        let problem = JobRunner.errorText { $0(.importInterrupted) }
        try await TalentImport.query(on: database).filter(\.$status == .running).filter(\.$jobID == nil)
            .set(\.$status, to: .failed).set(\.$problem, to: problem).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TalentImportUndo.schema).delete()
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "talents_import").run() }
        try await database.schema(TalentImport.schema).deleteField("job_id").update()
        try await database.schema(Talent.schema).deleteField("import_id").update()
    }
}
