import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let referenceLoad = AuditAction("reference.load", on: "reference_dataset")
}
