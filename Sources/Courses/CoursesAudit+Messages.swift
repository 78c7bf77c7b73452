import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityCourse = Message(zh: "课程", en: "Course")
    package static let auditCourseCreate = Message(zh: "新建课程", en: "Create a course")
    package static let auditCourseCompletion = Message(zh: "登记课程完成", en: "Record course completions")
    package static let auditCourseCompletionConfirm = Message(zh: "确认课程学时", en: "Confirm course hours")
    package static let auditCourseCompletionReturn = Message(zh: "退回课程学习记录", en: "Return course completions")
}
