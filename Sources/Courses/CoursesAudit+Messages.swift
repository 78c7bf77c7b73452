import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityCourse = Message(zh: "课程", en: "Course")
    package static let auditCourseCreate = Message(zh: "新建课程", en: "Create a course")
    package static let auditCourseCompletion = Message(zh: "登记课程完成", en: "Record course completions")
}
