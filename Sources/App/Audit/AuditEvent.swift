import Fluent
import Foundation
import SiteKit

/// One entry of the append-only, hash-chained audit trail. It names what changed — the
/// entity and the names of its changed fields — never the personal values themselves.
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    /// 1, 2, 3 … without gaps: the position in the chain.
    @Field(key: "sequence") var sequence: Int64
    @Field(key: "occurred_at") var occurredAt: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @OptionalField(key: "actor_role") var actorRole: String?
    @Field(key: "action") var action: String
    @Field(key: "entity_type") var entityType: String
    @OptionalField(key: "entity_id") var entityID: String?
    /// Field names separated by commas, sorted.
    @Field(key: "changed_fields") var changedFields: String
    @OptionalField(key: "request_id") var requestID: String?
    @Field(key: "previous_hash") var previousHash: String
    @Field(key: "hash") var hash: String

    init() {}
}

/// The head of the chain: one row whose update serialises appends on both engines
/// (a row lock on PostgreSQL, the write lock on SQLite), so two requests can never
/// link to the same previous event.
final class AuditHead: Model, @unchecked Sendable {
    static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "last_sequence") var lastSequence: Int64
    @Field(key: "last_hash") var lastHash: String

    init() {}
}
