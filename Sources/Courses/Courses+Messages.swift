import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let programEngineerLevel = Message(zh: "工程师等级", en: "Engineer level")
    package static func cohortHours(hours: String) -> Message {
        Message(zh: "共 \(hours) 学时", en: "\(hours) hours")
    }
    package static let enrolNoProfile = Message(
        zh: "您的账号还没有人才档案，请先登记。", en: "Your account has no talent profile yet; register first.")
    package static let voucherTalentIDs = Message(zh: "指定人才档案编号", en: "Only these profiles")
    package static let navCourses = Message(zh: "数字工程师专栏", en: "Online courses")
    package static let coursesIntro = Message(
        zh: "继续教育云平台上的数字工程师在线课程，可自主学习；学完后记入本人继续教育学时。",
        en:
            "Online courses for digital engineers on the continuing-education cloud platform, for self-study; the hours count as your continuing education once completed."
    )
    package static let coursesEmpty = Message(zh: "暂无课程。", en: "No courses yet.")
    package static let courseNew = Message(zh: "新增课程", en: "New course")
    package static let courseTitle = Message(zh: "课程名称", en: "Course title")
    package static let courseHours = Message(zh: "学时", en: "Hours")
    package static let courseLink = Message(zh: "课程网址", en: "Course link")
    package static let courseLinkInvalid = Message(
        zh: "课程网址应以 https:// 或 http:// 开头，且不含空格。",
        en: "The course link must start with https:// or http:// and contain no spaces.")
    package static let courseContent = Message(zh: "课程内容", en: "Content")
    package static let courseContentHint = Message(zh: "没有课程网址时必填。", en: "Required when there is no link.")
    package static let courseCreate = Message(zh: "发布课程", en: "Publish course")
    package static let courseOpen = Message(zh: "进入课程学习", en: "Open the course")
    package static let courseMarkCompleted = Message(zh: "我已学完", en: "I have completed it")
    package static let courseSignInToRecord = Message(zh: "登录后记录学习", en: "Sign in to record your study")
    package static let courseRecordCompletions = Message(zh: "登记学员学完", en: "Record completions")
    package static let courseTalentIDsHint = Message(
        zh: "学完本课程的人才档案编号，每行一个。", en: "Profile IDs of people who completed the course, one a line.")
    package static let courseTalentIDsInvalid = Message(
        zh: "档案编号有误：请每行填写一个有效人才档案的编号。", en: "The profile IDs are not valid: write one ID of an active profile a line.")
    package static let educationHoursTitle = Message(zh: "继续教育学时", en: "Continuing-education hours")
    package static func educationHoursYear(year: String, hours: String) -> Message {
        Message(zh: "\(year) 年：\(hours) 学时", en: "\(year): \(hours) hours")
    }
    package static let educationHoursEmpty = Message(zh: "还没有学时记录。", en: "No hours recorded yet.")
    package static func courseTalentsNotTrained(ids: String) -> Message {
        Message(
            zh: "以下档案未在本机构报名或参加培训，不能为其记录学时：\(ids)",
            en:
                "These profiles have not enrolled or trained with your organisation, so you cannot record hours for them: \(ids)"
        )
    }
}
