import Fluent
import Reference
import SQLKit
import SiteKit

package struct CreateOrganization: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Organization.schema)
            .id()
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("credit_code", .string, .required)
            .field("district_code", .string, .required, .references(District.schema, "code"))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "credit_code")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Organization.schema).delete()
    }
}
