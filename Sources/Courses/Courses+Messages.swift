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
        zh: "学完本课程的学员，每行一人：姓名或身份证号码（同名时填身份证号码），也可填人才档案编号。",
        en:
            "The people who completed the course, one a line: name or ID number (the number when two share a name), or profile ID."
    )
    package static let courseTalentIDsInvalid = Message(
        zh: "请填写学完本课程的学员，每次最多 10,000 人。", en: "List the people who completed the course, at most 10,000 at a time.")
    package static let courseLearners = Message(zh: "学员", en: "Learners")
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
    package static let courseEvidence = Message(zh: "学习证明", en: "Evidence of completion")
    package static let courseEvidenceHint = Message(
        zh: "写明能证明学完的信息，如课程平台的学习记录编号、结业证明编号或考试成绩。课程机构确认后计入学时。",
        en:
            "What shows you completed it: the course site's record number, a completion certificate number or an exam score. The hours count once the course's provider confirms it."
    )
    package static let courseSubmittedNotice = Message(
        zh: "已提交，课程机构确认后计入学时。", en: "Submitted: the hours count once the course's provider confirms it.")
    package static func courseAwaitingReview(date: String) -> Message {
        Message(
            zh: "您于 \(date) 提交了学完记录，等待课程机构确认。",
            en: "You reported completing it on \(date); waiting for the provider's confirmation.")
    }
    package static func courseReturned(note: String) -> Message {
        Message(
            zh: "课程机构退回了您的学完记录：\(note)。可补充学习证明后重新提交。",
            en: "The provider returned your completion: \(note). Add to the evidence and submit it again.")
    }
    package static func courseConfirmedNotification(course: String) -> Message {
        Message(
            zh: "您学完“\(course)”的记录已确认，学时已计入。", en: "Your completion of “\(course)” is confirmed and its hours count.")
    }
    package static func courseReturnedNotification(course: String, note: String) -> Message {
        Message(zh: "您学完“\(course)”的记录被退回：\(note)", en: "Your completion of “\(course)” was returned: \(note)")
    }
    package static let courseReviewsTitle = Message(zh: "待确认的课程学时", en: "Course hours to confirm")
    package static let courseReviewsIntro = Message(
        zh: "学员自行提交的学完记录，确认后计入其继续教育学时；证明不足的可退回并写明原因。",
        en:
            "Completions learners reported themselves: confirmed, their hours count; returned with a reason when the evidence falls short."
    )
    package static let courseReviewsEmpty = Message(zh: "没有待确认的学习记录。", en: "Nothing waits for confirmation.")
    package static let courseReviewConfirm = Message(zh: "确认所选", en: "Confirm the chosen")
    package static let courseReviewReturn = Message(zh: "退回所选", en: "Return the chosen")
    package static let courseReviewNote = Message(zh: "退回原因", en: "Reason for returning")
    package static let courseReviewNoteHint = Message(
        zh: "退回时必填，学员会看到。", en: "Required to return; the learner reads it.")
    package static let courseReviewChoose = Message(zh: "请至少选择一条学习记录。", en: "Choose at least one completion.")
    package static let courseReviewSubmitted = Message(zh: "提交日期", en: "Submitted")
    package static let courseReviewLearner = Message(zh: "学员", en: "Learner")
    package static let courseReviewCourse = Message(zh: "课程", en: "Course")
    package static let courseReviewPick = Message(zh: "选择", en: "Choose")
    package static func courseReviewedNotice(count: String) -> Message {
        Message(zh: "已处理 \(count) 条学习记录。", en: "\(count) completions dealt with.")
    }
    package static let courseReviewsLink = Message(zh: "确认学员提交的学时", en: "Confirm learners' hours")
    package static let workspaceCourseReviews = Message(zh: "待确认的课程学时", en: "Course hours to confirm")
}
