import Fluent
import Foundation

/// One entry of the append-only, hash-chained audit trail. It names what changed — the
/// entity and the names of its changed fields — never the personal values themselves.
package final class AuditEvent: Model, @unchecked Sendable {
    package static let schema = "audit_events"

    @ID(key: .id) package var id: UUID?
    /// 1, 2, 3 … without gaps: the position in the chain.
    @Field(key: "sequence") package var sequence: Int64
    @Field(key: "occurred_at") package var occurredAt: Date
    @OptionalField(key: "actor_id") package var actorID: UUID?
    @OptionalField(key: "actor_role") package var actorRole: String?
    @Field(key: "action") package var action: String
    @Field(key: "entity_type") package var entityType: String
    @OptionalField(key: "entity_id") package var entityID: String?
    /// Field names separated by commas, sorted.
    @Field(key: "changed_fields") package var changedFields: String
    @OptionalField(key: "request_id") package var requestID: String?
    @Field(key: "previous_hash") package var previousHash: String
    @Field(key: "hash") package var hash: String

    package init() {}
}

/// The head of the chain: one row whose update serialises appends on both engines
/// (a row lock on PostgreSQL, the write lock on SQLite), so two requests can never
/// link to the same previous event.
package final class AuditHead: Model, @unchecked Sendable {
    package static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) package var id: Int?
    @Field(key: "last_sequence") package var lastSequence: Int64
    @Field(key: "last_hash") package var lastHash: String

    package init() {}
}
