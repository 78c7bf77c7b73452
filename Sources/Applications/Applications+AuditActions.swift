import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let applicationCreate = AuditAction("application.create", on: "application")
    /// A move: submitted, withdrawn, returned, approved, rejected (the new state in the fields).
    package static let applicationStep = AuditAction("application.step", on: "application")
    package static let applicationAttach = AuditAction("application.attach", on: "application")
    package static let applicationAttachmentRead = AuditAction("application.attachment_read", on: "application")
}
