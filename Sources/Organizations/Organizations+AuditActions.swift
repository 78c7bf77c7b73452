import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let organizationCreate = AuditAction("organization.create", on: "organization")
    package static let organizationFacts = AuditAction("organization.facts", on: "organization")
    package static let organizationDemo = AuditAction("organization.demo", on: "organization")
}
