import Fluent
import SQLKit

/// The supply–demand map's counts of the pool (issue 18).
package struct CreateSupplyTallies: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(SupplyTally.schema)
            .id()
            .field("occupation_code", .string, .required)
            .field("chain_code", .string, .required)
            .field("talents", .int, .required)
            .field("qualified", .int, .required)
            .field("counted_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(SupplyTally.schema).delete()
    }
}
