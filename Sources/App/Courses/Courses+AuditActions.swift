import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let courseCreate = AuditAction("course.create", on: "course")
    static let courseCompletion = AuditAction("course.completion", on: "course")
}
