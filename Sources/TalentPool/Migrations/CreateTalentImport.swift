import Accounts
import Fluent
import SiteKit

/// The web uploads of talent files: who, which file, how it went, and the report of
/// refused rows, kept so the uploader can come back to it.
package struct CreateTalentImport: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(TalentImport.schema)
            .id()
            .field("created_by", .uuid, .required, .references(User.schema, "id"))
            .field("file_name", .string, .required)
            .field("status", .string, .required)
            .field("partial", .bool, .required)
            .field("upsert", .bool, .required)
            .field("estimated_rows", .int, .required)
            .field("rows", .int, .required)
            .field("created_count", .int, .required)
            .field("updated_count", .int, .required)
            .field("rejected_count", .int, .required)
            .field("problem", .string)
            .field("problems", .string)
            .field("report", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TalentImport.schema).delete()
    }
}
