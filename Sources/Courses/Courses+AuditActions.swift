import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let course = AuditEntityType("course", label: .auditEntityCourse)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let courseCreate = AuditAction("course.create", on: .course, label: .auditCourseCreate)
    package static let courseCompletion = AuditAction("course.completion", on: .course, label: .auditCourseCompletion)
    package static let courseCompletionConfirm = AuditAction(
        "course.completion_confirm", on: .course, label: .auditCourseCompletionConfirm)
    package static let courseCompletionReturn = AuditAction(
        "course.completion_return", on: .course, label: .auditCourseCompletionReturn)
}

extension CoursesCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [.courseCreate, .courseCompletion, .courseCompletionConfirm, .courseCompletionReturn]
    }
}
