import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let policyVersion = AuditEntityType("policy_version", label: .auditEntityPolicyVersion)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let policyActivate = AuditAction("policy.activate", on: .policyVersion, label: .auditPolicyActivate)
}
