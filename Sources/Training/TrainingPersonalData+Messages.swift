import SiteKit

/// The enrolments sheet of a person's own data download.
extension Message {
    package static let personalDataEnrollmentsSheet = Message(zh: "培训报名", en: "Enrolments")
    package static let personalDataEnrollmentProgram = Message(zh: "培训项目", en: "Program")
    package static let personalDataEnrollmentCohort = Message(zh: "班次", en: "Cohort")
    package static let personalDataEnrollmentProvider = Message(zh: "培训机构", en: "Provider")
    package static let personalDataEnrollmentStatus = Message(zh: "状态", en: "Status")
    package static let personalDataEnrollmentAppliedAt = Message(zh: "报名时间", en: "Applied at")
    package static let personalDataEnrollmentHours = Message(zh: "出勤学时", en: "Hours attended")
    package static let personalDataEnrollmentScore = Message(zh: "考核成绩", en: "Score")
    package static let personalDataEnrollmentResult = Message(zh: "考核结果", en: "Result")
    package static let personalDataEnrollmentCompletedOn = Message(zh: "结业日期", en: "Completed on")
    package static let personalDataEnrollmentWithdrawnAt = Message(zh: "退出时间", en: "Withdrawn at")
}
