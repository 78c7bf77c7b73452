import SiteKit

/// The kind of entity key rotation records (name as stored: never rename it).
extension AuditEntityType {
    package static let secretKey = AuditEntityType("secret_key", label: .auditEntitySecretKey)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    /// `talent keys rotate`: the entity is the new key's id; the changed fields name the
    /// retired keys and count what was sealed and indexed anew.
    package static let keysRotate = AuditAction("keys.rotate", on: .secretKey, label: .auditKeysRotate)
}
