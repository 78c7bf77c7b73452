import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let organization = AuditEntityType("organization", label: .auditEntityOrganization)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let organizationCreate = AuditAction(
        "organization.create", on: .organization, label: .auditOrganizationCreate)
    package static let organizationFacts = AuditAction(
        "organization.facts", on: .organization, label: .auditOrganizationFacts)
    package static let organizationChain = AuditAction(
        "organization.chain", on: .organization, label: .auditOrganizationChain)
    package static let organizationDemo = AuditAction(
        "organization.demo", on: .organization, label: .auditOrganizationDemo)
}

extension OrganizationsCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [.organizationCreate, .organizationFacts, .organizationChain, .organizationDemo]
    }
}
