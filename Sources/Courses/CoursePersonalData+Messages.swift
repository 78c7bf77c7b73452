import SiteKit

/// The course hours sheet of a person's own data download.
extension Message {
    package static let personalDataCoursesSheet = Message(zh: "继续教育学时", en: "Course hours")
    package static let personalDataCourseTitle = Message(zh: "课程", en: "Course")
    package static let personalDataCourseHours = Message(zh: "学时", en: "Hours")
    package static let personalDataCourseCompletedOn = Message(zh: "学完日期", en: "Completed on")
    package static let personalDataCourseRecordedBy = Message(zh: "登记方式", en: "Recorded by")
    package static let personalDataCourseBySelf = Message(zh: "本人标记", en: "Yourself")
    package static let personalDataCourseByProvider = Message(zh: "课程机构登记", en: "The course provider")
    package static let personalDataCourseStatus = Message(zh: "状态", en: "State")
    package static let courseStatusPending = Message(zh: "待机构确认", en: "Waiting for the provider")
    package static let courseStatusConfirmed = Message(zh: "已确认", en: "Confirmed")
    package static let courseStatusReturned = Message(zh: "已退回", en: "Returned")
}

extension Messages {
    package func courseCompletionStatus(_ status: CourseCompletionStatus) -> String {
        switch status {
        case .pending: self(.courseStatusPending)
        case .confirmed: self(.courseStatusConfirmed)
        case .returned: self(.courseStatusReturned)
        }
    }
}
