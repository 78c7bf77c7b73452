import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityCertificate = Message(zh: "证书", en: "Certificate")
    package static let auditEntityTitleRecognition = Message(zh: "职称认定", en: "Title recognition")
    package static let auditCertificateIssue = Message(zh: "签发证书", en: "Issue a certificate")
    package static let auditCertificateRecord = Message(zh: "登记外部证书", en: "Record an external certificate")
    package static let auditCertificateRevoke = Message(zh: "撤销证书", en: "Revoke a certificate")
    package static let auditTitleRecognise = Message(zh: "认定职称", en: "Recognise a title")
    package static let auditTitleRevoke = Message(zh: "撤销职称认定", en: "Revoke a title recognition")
}
