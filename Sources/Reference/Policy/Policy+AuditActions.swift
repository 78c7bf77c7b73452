import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let policyActivate = AuditAction("policy.activate", on: "policy_version")
}
