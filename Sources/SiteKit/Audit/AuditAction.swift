/// What a state-changing operation did, and to which kind of entity. Each capability
/// declares its own actions next to its code (`extension AuditAction { static let … }` in
/// a `…+AuditActions.swift` file), so call sites name an action the compiler knows and no
/// central list grows with every capability. An action always applies to one entity type,
/// so a call site cannot pair them wrongly, and it is made with its name for the audit
/// page, so none can be recorded that the page cannot name (issue 17). Its capability
/// lists it (`Capability.auditActions`) for that page.
package struct AuditAction: Hashable, Sendable, CustomStringConvertible {
    /// As stored, e.g. `certificate.issue`. Part of every sealed audit record and of the
    /// API's documented trail: never rename one that has shipped.
    package let name: String
    /// The kind of entity it applies to, e.g. `certificate`.
    package let entity: AuditEntityType
    /// What it did, for people: 签发证书, "Issue a certificate".
    package let label: Message

    package init(_ name: String, on entity: AuditEntityType, label: Message) {
        (self.name, self.entity, self.label) = (name, entity, label)
    }

    /// The entity type stored with it, e.g. `certificate`.
    package var entityType: String { entity.name }

    package var description: String { name }
}

/// What a state-changing operation records: the action, the entity and the names of the
/// fields it changed. Values are never recorded — a field name says what changed without
/// copying personal data into a log that can never be erased.
package struct AuditEntry: Sendable {
    package var action: AuditAction
    package var entityID: String?
    package var changedFields: [String]

    package init(_ action: AuditAction, entityID: String?, changedFields: [String] = []) {
        (self.action, self.entityID, self.changedFields) = (action, entityID, changedFields)
    }

    package var entityType: String { action.entityType }
}
