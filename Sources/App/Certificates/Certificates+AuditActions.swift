import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let certificateIssue = AuditAction("certificate.issue", on: "certificate")
    static let certificateRecord = AuditAction("certificate.record", on: "certificate")
    static let certificateRevoke = AuditAction("certificate.revoke", on: "certificate")
}
