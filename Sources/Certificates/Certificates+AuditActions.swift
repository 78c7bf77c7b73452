import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let certificateIssue = AuditAction("certificate.issue", on: "certificate")
    package static let certificateRecord = AuditAction("certificate.record", on: "certificate")
    package static let certificateRevoke = AuditAction("certificate.revoke", on: "certificate")
    package static let titleRecognise = AuditAction("title_recognition.create", on: "title_recognition")
    package static let titleRevoke = AuditAction("title_recognition.revoke", on: "title_recognition")
}
