import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let organizationCreate = AuditAction("organization.create", on: "organization")
    static let organizationDemo = AuditAction("organization.demo", on: "organization")
}
