import Fluent
import SQLKit

/// Events counted against a limit that every instance must see alike, such as
/// registrations per address (issue 14: `/register` answered any number of guesses).
package struct CreateRateLimitEvents: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(RateLimitEvent.schema)
            .id()
            .field("kind", .string, .required)
            .field("subject", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "rate_limit_events_subject").on(RateLimitEvent.schema)
            .column("kind").column("subject").column("occurred_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(RateLimitEvent.schema).delete()
    }
}
