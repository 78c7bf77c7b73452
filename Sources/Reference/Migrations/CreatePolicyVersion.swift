import Fluent
import SiteKit

package struct CreatePolicyVersion: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(PolicyVersion.schema)
            .id()
            .field("policy_id", .string, .required)
            .field("version", .int, .required)
            .field("effective_date", .string, .required)
            .field("checksum", .string, .required)
            .field("document", .string, .required)
            .field("is_active", .bool, .required)
            .field("first_loaded_at", .datetime)
            .field("activated_at", .datetime, .required)
            .unique(on: "checksum")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(PolicyVersion.schema).delete()
    }
}
