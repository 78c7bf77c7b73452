import TalentDomain

/// The texts of the online course column and continuing-education hours (M7).
extension Messages {
    package static let coursesZh: [MessageKey: String] = [
        .navCourses: "数字工程师专栏",
        .coursesTitle: "数字工程师专栏",
        .coursesIntro: "继续教育云平台上的数字工程师在线课程，可自主学习；学完后记入本人继续教育学时。",
        .coursesEmpty: "暂无课程。",
        .courseNew: "新增课程",
        .courseTitle: "课程名称",
        .courseHours: "学时",
        .courseLink: "课程网址",
        .courseLinkInvalid: "课程网址应以 https:// 或 http:// 开头，且不含空格。",
        .courseContent: "课程内容",
        .courseContentHint: "没有课程网址时必填。",
        .courseCreate: "发布课程",
        .courseOpen: "进入课程学习",
        .courseCompletedOn: "您已于 {date} 学完本课程，学时已记入。",
        .courseMarkCompleted: "我已学完",
        .courseSignInToRecord: "登录后记录学习",
        .courseRecordCompletions: "登记学员学完",
        .courseTalentIDsHint: "学完本课程的人才档案编号，每行一个。",
        .courseTalentIDsInvalid: "档案编号有误：请每行填写一个有效人才档案的编号。",
        .courseCompletedNotice: "已记录学完，学时已记入继续教育学时。",
        .educationHoursTitle: "继续教育学时",
        .educationHoursYear: "{year} 年：{hours} 学时",
        .educationHoursEmpty: "还没有学时记录。",
    ]

    package static let coursesEn: [MessageKey: String] = [
        .navCourses: "Online courses",
        .coursesTitle: "Digital engineer column",
        .coursesIntro:
            "Online courses for digital engineers on the continuing-education cloud platform, for self-study; the hours count as your continuing education once completed.",
        .coursesEmpty: "No courses yet.",
        .courseNew: "New course",
        .courseTitle: "Course title",
        .courseHours: "Hours",
        .courseLink: "Course link",
        .courseLinkInvalid: "The course link must start with https:// or http:// and contain no spaces.",
        .courseContent: "Content",
        .courseContentHint: "Required when there is no link.",
        .courseCreate: "Publish course",
        .courseOpen: "Open the course",
        .courseCompletedOn: "You completed this course on {date}; its hours are credited.",
        .courseMarkCompleted: "I have completed it",
        .courseSignInToRecord: "Sign in to record your study",
        .courseRecordCompletions: "Record completions",
        .courseTalentIDsHint: "Profile IDs of people who completed the course, one a line.",
        .courseTalentIDsInvalid: "The profile IDs are not valid: write one ID of an active profile a line.",
        .courseCompletedNotice: "Recorded: the hours count as continuing education.",
        .educationHoursTitle: "Continuing-education hours",
        .educationHoursYear: "{year}: {hours} hours",
        .educationHoursEmpty: "No hours recorded yet.",
    ]
}
