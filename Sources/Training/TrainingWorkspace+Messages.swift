import SiteKit

/// Training's part of a workspace.
extension Message {
    package static let workspaceCohortsToClose = Message(
        zh: "已过结束日期、仍有学员未结业的班次", en: "Cohorts past their end with students still enrolled")
    package static let workspaceCertificatesToIssue = Message(
        zh: "已结业、待发证书的学员", en: "Completed students awaiting a certificate")
    package static let workspaceStudentsInTraining = Message(zh: "在训学员", en: "Students in training")
    package static func workspaceCompletedThisYear(year: String) -> Message {
        Message(zh: "\(year) 年结业人数", en: "Completed in \(year)")
    }
    package static let workspaceRunningCohorts = Message(zh: "进行中的班次", en: "Cohorts in progress")
    package static let workspaceNoRunningCohorts = Message(
        zh: "今天没有进行中的班次。", en: "No cohort is running today.")
    package static let workspaceInTraining = Message(zh: "在学培训", en: "Courses in progress")
    package static let workspaceCompleted = Message(zh: "已结业培训", en: "Courses completed")
    package static let workspaceNextSessions = Message(zh: "近期课程安排", en: "Your next sessions")
    package static let workspaceNoSessions = Message(
        zh: "您报名的培训近期没有课程安排。", en: "No session of your courses is coming up.")
    package static let workspaceBrowseTraining = Message(zh: "浏览培训项目", en: "Browse training programs")
}
