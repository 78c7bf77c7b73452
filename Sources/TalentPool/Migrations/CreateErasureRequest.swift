import Accounts
import Fluent
import SiteKit

/// Requests to erase a talent's personal data (PIPL art. 47) and the decisions on them.
package struct CreateErasureRequest: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(ErasureRequest.schema)
            .id()
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("status", .string, .required)
            .field("requested_at", .datetime, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid, .references(User.schema, "id"))
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ErasureRequest.schema).delete()
    }
}
