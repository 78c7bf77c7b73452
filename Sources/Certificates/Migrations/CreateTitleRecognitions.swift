import Fluent
import SQLKit
import TalentPool

/// Titles recognised by an approved application (issue 16, M8). The applications table
/// is named, not imported: certificates sit below the workflow.
package struct CreateTitleRecognitions: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(TitleRecognition.schema)
            .id()
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("title_level", .string, .required)
            .field("application_id", .uuid, .required, .references("applications", "id"))
            .field("rule_id", .string, .required)
            .field("recognised_on", .string, .required)
            .field("recognised_by", .uuid, .required)
            .field("revoked_at", .datetime)
            .field("revoke_reason", .string)
            .field("created_at", .datetime)
            // An approval recognises once, even when two reviewers approve at once.
            .unique(on: "application_id", name: "title_recognitions_application")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "title_recognitions_talent").on(TitleRecognition.schema).column("talent_id")
            .run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TitleRecognition.schema).delete()
    }
}
