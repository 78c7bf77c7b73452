import Fluent
import SQLKit
import TalentDomain

package struct CreateAuditEvent: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("sequence", .int64, .required)
            .field("occurred_at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_role", .string)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string)
            .field("changed_fields", .string, .required)
            .field("request_id", .string)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
        try await database.schema(AuditHead.schema)
            .field("id", .int, .identifier(auto: false))
            .field("last_sequence", .int64, .required)
            .field("last_hash", .string, .required)
            .create()
        let head = AuditHead()
        head.id = 1
        head.lastSequence = 0
        head.lastHash = AuditChain.genesisHash
        try await head.create(on: database)
        guard let sql = database as? any SQLDatabase else { return }
        // The administrators' log browser filters by actor, entity and date.
        for (name, column) in [
            ("audit_events_actor", "actor_id"), ("audit_events_entity", "entity_type"),
            ("audit_events_time", "occurred_at"),
        ] {
            try await sql.create(index: name).on(AuditEvent.schema).column(column).run()
        }
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AuditHead.schema).delete()
        try await database.schema(AuditEvent.schema).delete()
    }
}
