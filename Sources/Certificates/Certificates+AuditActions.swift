import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let certificate = AuditEntityType("certificate", label: .auditEntityCertificate)
    package static let titleRecognition = AuditEntityType("title_recognition", label: .auditEntityTitleRecognition)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let certificateIssue = AuditAction(
        "certificate.issue", on: .certificate, label: .auditCertificateIssue)
    package static let certificateRecord = AuditAction(
        "certificate.record", on: .certificate, label: .auditCertificateRecord)
    package static let certificateRevoke = AuditAction(
        "certificate.revoke", on: .certificate, label: .auditCertificateRevoke)
    package static let titleRecognise = AuditAction(
        "title_recognition.create", on: .titleRecognition, label: .auditTitleRecognise)
    package static let titleRevoke = AuditAction(
        "title_recognition.revoke", on: .titleRecognition, label: .auditTitleRevoke)
}

extension CertificatesCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [.certificateIssue, .certificateRecord, .certificateRevoke, .titleRecognise, .titleRevoke]
    }
}
