import SiteKit

/// The roster as a grid (issue 17): a session's attendance in one submit, completion of
/// everyone who qualifies, confirmed destructive actions and enrolment by search.
extension Message {
    package static let attendanceTitle = Message(zh: "考勤", en: "Attendance")
    package static let attendanceSession = Message(zh: "课次", en: "Session")
    package static let attendanceShow = Message(zh: "切换课次", en: "Show session")
    package static let attendancePresent = Message(zh: "出勤", en: "Present")
    package static let attendanceHours = Message(zh: "出勤学时", en: "Hours attended")
    package static let attendanceEnrollment = Message(zh: "报名编号", en: "Enrolment id")
    package static let attendanceEntries = Message(zh: "出勤名单", en: "Entries")
    package static func attendancePresentOf(name: String) -> Message {
        Message(zh: "\(name) 出勤", en: "\(name) present")
    }
    package static func attendanceHoursOf(name: String) -> Message {
        Message(zh: "\(name) 出勤学时", en: "Hours attended by \(name)")
    }
    package static let attendanceSave = Message(zh: "保存本课次考勤", en: "Save this session's attendance")
    package static let attendanceHint = Message(
        zh: "勾选出勤的学员并核对学时，一次保存全班；未勾选的记为缺勤。",
        en: "Tick those present and check their hours; one save records the whole cohort, unticked means absent.")
    package static let attendanceNotRecordedYet = Message(
        zh: "本课次尚未记录考勤，默认全部出勤。", en: "Nothing is recorded for this session yet: everyone is ticked present.")
    package static let attendanceNoStudents = Message(zh: "没有在学学员。", en: "Nobody is in progress.")
    package static let attendanceNoSessions = Message(zh: "添加课次后才能记录考勤。", en: "Add a session to record attendance.")
    package static func attendanceBeforeSession(date: String) -> Message {
        Message(
            zh: "课次日期为 \(date)，尚未到，不能记录考勤。",
            en: "The session is on \(date), which has not come yet: attendance cannot be recorded.")
    }
    package static let attendanceNotInProgress = Message(
        zh: "该学员不在本班次的在学名单中。", en: "This student is not in progress in this cohort.")
    package static let attendanceTwice = Message(zh: "同一学员出现了两次。", en: "The same student is listed twice.")
    package static func attendanceSaved(present: String, absent: String) -> Message {
        Message(
            zh: "考勤已保存：出勤 \(present) 人，缺勤 \(absent) 人。", en: "Attendance saved: \(present) present, \(absent) absent.")
    }
    package static func completionBeforeLastSession(date: String) -> Message {
        Message(
            zh: "最后一次课在 \(date)，当天起才能结业。", en: "The last session is on \(date); completion is possible from that day.")
    }
    package static func completionBeforeCohortEnd(date: String) -> Message {
        Message(zh: "班次 \(date) 结束，当天起才能结业。", en: "The cohort ends on \(date); completion is possible from that day.")
    }
    package static let completeEligible = Message(zh: "为符合条件者结业", en: "Complete everyone who qualifies")
    package static func completeEligibleCount(eligible: String, inProgress: String) -> Message {
        Message(
            zh: "\(eligible) 人符合结业条件（在学 \(inProgress) 人）。",
            en: "\(eligible) of the \(inProgress) in progress meet the completion rule.")
    }
    package static func completeEligibleConfirm(eligible: String) -> Message {
        Message(
            zh: "为 \(eligible) 名符合条件的学员结业？结业后不能撤回。",
            en: "Complete the \(eligible) students who qualify? This cannot be undone.")
    }
    package static func completeEligibleDone(completed: String, notEligible: String) -> Message {
        Message(
            zh: "已为 \(completed) 人结业，\(notEligible) 人未达条件。",
            en: "\(completed) completed; \(notEligible) do not meet the completion rule yet.")
    }
    package static let completionTitle = Message(zh: "结业", en: "Completion")
    package static let enrolRemove = Message(zh: "移出班次", en: "Remove from the cohort")
    package static func enrolRemoveConfirm(name: String) -> Message {
        Message(
            zh: "将 \(name) 移出班次？其名额将让给候补学员。",
            en: "Remove \(name) from the cohort? Their seat goes to the waiting list.")
    }
    package static func enrolNotCompleteConfirm(name: String) -> Message {
        Message(
            zh: "将 \(name) 记为未结业？记录后不能撤回。", en: "Record \(name) as not completed? This cannot be undone.")
    }
    package static let enrolWithdrawConfirm = Message(
        zh: "取消这次报名？名额将让给候补学员。", en: "Cancel this enrolment? The seat goes to the waiting list.")
    package static let enrolSearch = Message(zh: "姓名或身份证号", en: "Name or ID number")
    package static let enrolSearchHint = Message(
        zh: "输入完整的 18 位身份证号；曾在本机构报名或在本单位工作的人，也可输入姓名（或其中几个字）查找。",
        en:
            "A full 18-character ID number; people who have enrolled with you or work for you can also be found by name (or part of it)."
    )
    package static let enrolSearchButton = Message(zh: "查找", en: "Search")
    package static let enrolSearchNone = Message(
        zh: "没有找到可以报名的人才。请核对姓名或号码，或请本人先在平台注册。",
        en: "No one who can enrol was found. Check the name or number, or ask the person to register first.")
    package static func enrolSearchLimited(count: String) -> Message {
        Message(
            zh: "最多列出 \(count) 人；请输入更完整的姓名以缩小范围。",
            en: "At most \(count) are listed; type more of the name to narrow it.")
    }
    package static let enrolSearchAlready = Message(zh: "已在本班次", en: "Already in this cohort")
    package static func enrolSearchEnrol(name: String) -> Message {
        Message(zh: "为 \(name) 报名", en: "Enrol \(name)")
    }
}
