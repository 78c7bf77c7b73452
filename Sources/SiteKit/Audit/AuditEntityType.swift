/// A kind of entity the audit trail records actions on, as stored (`certificate`) and as
/// the audit page names it (证书). Declared by its capability beside its actions.
package struct AuditEntityType: Hashable, Sendable {
    /// As stored in every audit record's `entity_type`: never rename one that has shipped.
    package let name: String
    package let label: Message

    package init(_ name: String, label: Message) {
        (self.name, self.label) = (name, label)
    }
}
