import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let courseCreate = AuditAction("course.create", on: "course")
    package static let courseCompletion = AuditAction("course.completion", on: "course")
}
