import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let referenceDataset = AuditEntityType("reference_dataset", label: .auditEntityReferenceDataset)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let referenceLoad = AuditAction("reference.load", on: .referenceDataset, label: .auditReferenceLoad)
}
