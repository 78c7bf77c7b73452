import Fluent
import SQLKit
import SiteKit

/// Exports of large searches made in the background, with their files (issue 17).
package struct CreateTalentExports: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(TalentExportRun.schema)
            .id()
            .field("job_id", .uuid)
            .field("requested_by", .uuid, .required)
            .field("parameters", .string, .required)
            .field("format", .string, .required)
            .field("status", .string, .required)
            .field("row_count", .int)
            .field("sealed", .data)
            .field("problem", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The sweep deletes by age.
        try await sql.create(index: "talent_exports_created").on(TalentExportRun.schema).column("created_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TalentExportRun.schema).delete()
    }
}
