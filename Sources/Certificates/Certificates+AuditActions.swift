import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let certificateIssue = AuditAction("certificate.issue", on: "certificate")
    package static let certificateRecord = AuditAction("certificate.record", on: "certificate")
    package static let certificateRevoke = AuditAction("certificate.revoke", on: "certificate")
}
