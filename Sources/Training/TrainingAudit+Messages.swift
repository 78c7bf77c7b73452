import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityProgram = Message(zh: "培训项目", en: "Training programme")
    package static let auditEntityCohort = Message(zh: "班次", en: "Cohort")
    package static let auditEntityEnrollment = Message(zh: "报名", en: "Enrolment")
    package static let auditEntitySession = Message(zh: "课次", en: "Session")
    package static let auditProgramCreate = Message(zh: "新建培训项目", en: "Create a programme")
    package static let auditProgramUpdate = Message(zh: "修改培训项目", en: "Update a programme")
    package static let auditProgramStatus = Message(zh: "更改项目状态", en: "Change a programme's status")
    package static let auditCohortCreate = Message(zh: "新建班次", en: "Create a cohort")
    package static let auditCohortUpdate = Message(zh: "修改班次", en: "Update a cohort")
    package static let auditCohortCapacity = Message(zh: "调整班次名额", en: "Change a cohort's capacity")
    package static let auditCohortDelete = Message(zh: "删除班次", en: "Delete a cohort")
    package static let auditCohortSession = Message(zh: "添加课次", en: "Add sessions")
    package static let auditCohortSessionDelete = Message(zh: "删除课次", en: "Delete a session")
    package static let auditEnrollmentApply = Message(zh: "报名参加培训", en: "Apply for training")
    package static let auditEnrollmentEnrol = Message(zh: "为学员报名", en: "Enrol a student")
    package static let auditEnrollmentImport = Message(zh: "导入报名名单", en: "Import enrolments")
    package static let auditEnrollmentAttendance = Message(zh: "登记出勤", en: "Record attendance")
    package static let auditEnrollmentResult = Message(zh: "登记考核结果", en: "Record a result")
    package static let auditEnrollmentComplete = Message(zh: "登记结业", en: "Record completion")
    package static let auditEnrollmentNotCompleted = Message(zh: "记为未结业", en: "Record as not completed")
    package static let auditEnrollmentWithdraw = Message(zh: "取消报名或移出班次", en: "Withdraw from a cohort")
    package static let auditSessionAttendance = Message(zh: "课次考勤", en: "Record a session's attendance")
}
