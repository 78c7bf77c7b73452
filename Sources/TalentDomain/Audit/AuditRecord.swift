import Foundation

/// One sealed entry of the append-only audit trail (DESIGN.md "Audit"): who did what to
/// which entity, and the names — never the values — of the fields it changed, so the
/// trail itself holds no personal data. `previousHash` links it to the entry before and
/// `hash` seals its content; `AuditChain` computes and checks both.
public struct AuditRecord: Hashable, Sendable {
    /// 1, 2, 3 … without gaps: the position in the chain.
    public var sequence: Int64
    /// When it happened, kept to whole milliseconds (the precision the seal covers).
    public var occurredAt: Date
    public var actorID: UUID?
    public var actorRole: String?
    /// What was done, e.g. `create`, `change`, `delete`, `signIn`.
    public var action: String
    public var entityType: String
    public var entityID: String?
    /// Names of the changed fields; their order carries no meaning.
    public var changedFields: [String]
    /// The request that caused it, to find the matching log lines.
    public var requestID: String?
    /// `hash` of the record before, or `AuditChain.genesisHash` for the first.
    public var previousHash: String
    /// Hex digest of `AuditChain.canonicalPayload(of:)`.
    public var hash: String

    public init(
        sequence: Int64, occurredAt: Date, actorID: UUID?, actorRole: String?, action: String,
        entityType: String, entityID: String?, changedFields: [String], requestID: String?,
        previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.actorRole = actorRole
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.changedFields = changedFields
        self.requestID = requestID
        self.previousHash = previousHash
        self.hash = hash
    }
}
