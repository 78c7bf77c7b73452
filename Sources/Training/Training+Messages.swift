import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let columnMeasure = Message(zh: "措施", en: "Measure")
    package static func errorUnknownMeasure(code: String, last: String) -> Message {
        Message(
            zh: "没有措施 \(code)；措施编号为 M1 至 \(last)。", en: "There is no measure \(code); measures run from M1 to \(last).")
    }
    package static let trainingTitle = Message(zh: "培训项目", en: "Training programs")
    package static let trainingIntro = Message(
        zh: "数字技术工程师培训、高级研修、学术技术交流、职业技能培训和校企订单培养。选择项目查看班次并在线报名。",
        en:
            "Digital technology engineer training, advanced seminars, academic and technical exchange, skill training and school–enterprise order-based training. Choose a program to see its cohorts and apply online."
    )
    package static let trainingEmpty = Message(zh: "暂无符合条件的培训项目。", en: "No training programs match.")
    package static let trainingBrowse = Message(zh: "浏览培训项目", en: "Browse training programs")
    package static let programKind = Message(zh: "项目类型", en: "Program type")
    package static let programYear = Message(zh: "年度", en: "Year")
    package static let programTitle = Message(zh: "项目名称", en: "Program title")
    package static let programNew = Message(zh: "新建培训项目", en: "New program")
    package static let programEdit = Message(zh: "修改项目信息", en: "Edit program")
    package static let programCreate = Message(zh: "创建项目（草稿）", en: "Create program (draft)")
    package static let programFormIntro = Message(
        zh: "项目创建后为草稿，开放报名前可随时修改。工程师培训须填写职业和等级，技能培训须填写技能等级，研修和交流须填写主题。",
        en:
            "A new program is a draft and can be changed until enrolment opens. Engineer training needs an occupation and level, skill training a skill level, seminars and exchange a theme."
    )
    package static let programMeasureHint = Message(
        zh: "留空则按项目类型归入对应措施（如 M1）。", en: "Leave empty to file it under the measure of its type (such as M1).")
    package static let programContentLegend = Message(zh: "培训内容", en: "Content")
    package static let programScheduleLegend = Message(zh: "时间、地点和费用", en: "Dates, place and fee")
    package static let programRequirementLegend = Message(zh: "报名条件", en: "Entry requirement")
    package static let programRequirementHint = Message(
        zh: "满足所填条件中的任意一项即可报名；都不填则不限。",
        en: "Meeting any one of the filled conditions is enough; leave all empty for no requirement.")
    package static let programRequirementAny = Message(zh: "满足以下任意一项即可报名：", en: "Applicants need any one of:")
    package static let programNoRequirement = Message(zh: "不限报名条件。", en: "Open to everyone.")
    package static let programDirection = Message(zh: "培训方向", en: "Direction")
    package static let programTheme = Message(zh: "研修主题", en: "Theme")
    package static let programExperts = Message(zh: "授课专家", en: "Experts")
    package static let programExpertsHint = Message(zh: "每行一位。", en: "One a line.")
    package static let programFormat = Message(zh: "形式（讲座、工作坊等）", en: "Format (lectures, workshops …)")
    package static let programDescription = Message(zh: "项目介绍", en: "Description")
    package static let programCapacity = Message(zh: "名额", en: "Capacity")
    package static let programStartsOn = Message(zh: "开始日期", en: "Start date")
    package static let programEndsOn = Message(zh: "结束日期", en: "End date")
    package static let programDates = Message(zh: "时间", en: "Dates")
    package static let programEndsBeforeStart = Message(
        zh: "结束日期不能早于开始日期。", en: "The end date cannot be before the start date.")
    package static let programDelivery = Message(zh: "培训方式", en: "Delivery")
    package static let programPlace = Message(zh: "培训地点", en: "Place")
    package static let programFee = Message(zh: "培训费用", en: "Fee")
    package static let programFeeHint = Message(zh: "单位：元；免费填 0。", en: "In yuan; 0 when free.")
    package static let programVouchersApply = Message(zh: "可使用培训券", en: "Training vouchers accepted")
    package static let programSubsidiesApply = Message(zh: "可申领职业培训补贴", en: "Vocational training subsidy applies")
    package static let programSupport = Message(zh: "政策支持", en: "Support")
    package static let programMinAttendance = Message(zh: "结业最低出勤率（%）", en: "Minimum attendance to complete (%)")
    package static let programRequireCertificate = Message(zh: "持有证书", en: "Holds a certificate")
    package static let programRequireCertificateLevel = Message(zh: "证书最低等级", en: "Lowest certificate level")
    package static let programRequireSkillByLevel = Message(
        zh: "技能等级条件请用“最低技能等级”填写。", en: "State a skill level condition with “lowest skill level”.")
    package static let programRequireYears = Message(zh: "从事本领域最少年限", en: "Minimum years in the field")
    package static let programRequireEducation = Message(zh: "最低学历", en: "Lowest education")
    package static let programRequireSkillLevel = Message(zh: "最低技能等级", en: "Lowest skill level")
    package static func programStatusInvalid(from: String) -> Message {
        Message(zh: "项目当前为“\(from)”，不能改为所选状态。", en: "The program is “\(from)” and cannot move to the chosen status.")
    }
    package static let programNotEditable = Message(
        zh: "项目已开班，信息不能再修改。", en: "The program has started; its details can no longer change.")
    package static let programManageHeading = Message(zh: "项目管理", en: "Manage this program")
    package static let cohortsTitle = Message(zh: "班次", en: "Cohorts")
    package static let cohortsEmpty = Message(zh: "还没有班次。", en: "No cohorts yet.")
    package static let cohortNew = Message(zh: "新增班次", en: "New cohort")
    package static let cohortName = Message(zh: "班次名称", en: "Cohort name")
    package static let cohortNameHint = Message(zh: "例如：第1期。", en: "For example: Cohort 1.")
    package static let cohortNameTaken = Message(
        zh: "本项目已有同名班次。", en: "This program already has a cohort with that name.")
    package static let cohortCreate = Message(zh: "新增班次", en: "Add cohort")
    package static let cohortDeadline = Message(zh: "报名截止日期", en: "Enrolment deadline")
    package static func cohortDeadlineShort(date: String) -> Message {
        Message(zh: "报名截止 \(date)", en: "apply by \(date)")
    }
    package static let cohortDeadlineAfterEnd = Message(
        zh: "报名截止日期不能晚于结束日期。", en: "The enrolment deadline cannot be after the end date.")
    package static func cohortSeats(taken: String, capacity: String) -> Message {
        Message(zh: "已报 \(taken)/\(capacity) 人", en: "\(taken) of \(capacity) seats taken")
    }
    package static let cohortProgramClosed = Message(
        zh: "项目已结束，不能再新增班次。", en: "The program has finished; no more cohorts can be added.")
    package static func cohortCapacityBelowTaken(taken: String) -> Message {
        Message(zh: "名额不能少于已报名的 \(taken) 人。", en: "The capacity cannot be below the \(taken) seats already taken.")
    }
    package static let cohortCapacityChange = Message(zh: "修改名额", en: "Change capacity")
    package static let sessionsTitle = Message(zh: "课程安排", en: "Sessions")
    package static let sessionsEmpty = Message(zh: "还没有课程安排。", en: "No sessions yet.")
    package static let sessionDate = Message(zh: "上课日期", en: "Date")
    package static let sessionHours = Message(zh: "学时", en: "Hours")
    package static let sessionTopic = Message(zh: "课程内容", en: "Topic")
    package static let sessionAdd = Message(zh: "添加课次", en: "Add session")
    package static func sessionOutsideCohort(from: String, to: String) -> Message {
        Message(zh: "上课日期应在班次时间 \(from) 至 \(to) 之内。", en: "The date must be within the cohort, \(from) to \(to).")
    }
    package static let sessionUnknown = Message(zh: "本班次没有这个课次。", en: "This cohort has no such session.")
    package static let rosterTitle = Message(zh: "学员名单", en: "Roster")
    package static let rosterEmpty = Message(zh: "还没有人报名。", en: "Nobody has enrolled yet.")
    package static let rosterAttended = Message(zh: "出勤学时", en: "Hours attended")
    package static let rosterResult = Message(zh: "考核结果", en: "Assessment")
    package static let enrolApply = Message(zh: "报名", en: "Apply")
    package static let enrolYearsInField = Message(zh: "从事本领域年限", en: "Years in the field")
    package static let enrolYearsHint = Message(
        zh: "报名条件要求工作年限时填写。", en: "Fill in when the entry requirement asks for years in the field.")
    package static let enrolSignInToApply = Message(zh: "登录后报名", en: "Sign in to apply")
    package static let enrolYourStatus = Message(zh: "我的报名", en: "Your enrolment")
    /// The talent's own withdrawal: not 退出, which also reads as "sign out".
    package static let enrolWithdraw = Message(zh: "取消报名", en: "Cancel my enrolment")
    package static let enrolByProvider = Message(zh: "代学员报名", en: "Enrol a talent")
    package static let enrolSubmit = Message(zh: "报名", en: "Enrol")
    package static let enrolProgramNotOpen = Message(zh: "该项目当前不接受报名。", en: "This program is not taking applications.")
    package static func enrolDeadlinePassed(date: String) -> Message {
        Message(zh: "报名已于 \(date) 截止。", en: "Applications closed on \(date).")
    }
    package static let enrolTalentInactive = Message(
        zh: "该人才档案已归档或删除，不能报名。", en: "This profile is archived or erased and cannot enrol.")
    package static let enrolAlready = Message(zh: "已经报名本班次。", en: "Already enrolled in this cohort.")
    package static func enrolRequirementNotMet(conditions: String) -> Message {
        Message(
            zh: "不符合报名条件，需满足以下任意一项：\(conditions)。",
            en: "The entry requirement is not met; any one of these is needed: \(conditions).")
    }
    package static let enrolCannotWithdraw = Message(
        zh: "该报名已结束，不能退出。", en: "This enrolment has ended and cannot be withdrawn.")
    package static let enrolNotInProgress = Message(
        zh: "该报名不在学习中，不能记录。", en: "This enrolment is not in progress; nothing can be recorded.")
    package static let enrolComplete = Message(zh: "结业", en: "Complete")
    package static let enrolNotComplete = Message(zh: "未结业", en: "Not completed")
    package static func attendanceAboveSession(hours: String) -> Message {
        Message(zh: "出勤学时不能超过本课次的 \(hours) 学时。", en: "Attendance cannot exceed the session's \(hours) hours.")
    }
    package static let resultRecord = Message(zh: "记录考核", en: "Record result")
    package static let resultScore = Message(zh: "成绩（0–100）", en: "Score (0–100)")
    package static let resultPassed = Message(zh: "考核结果", en: "Result")
    package static let resultPass = Message(zh: "合格", en: "Pass")
    package static let resultFail = Message(zh: "不合格", en: "Fail")
    package static let myTrainingTitle = Message(zh: "我的培训", en: "My training")
    package static let myEnrollments = Message(zh: "我的报名", en: "My enrolments")
    package static let myEnrollmentsEmpty = Message(zh: "还没有报名任何项目。", en: "No enrolments yet.")
    package static func certificateBeforeCompletion(date: String) -> Message {
        Message(zh: "发证日期不能早于结业日期 \(date)。", en: "The date of issue cannot be before completion on \(date).")
    }
    package static let certificateNeedsCompletion = Message(
        zh: "学员结业后才能发证。", en: "A certificate is issued only after completion.")
    package static let certificateAlreadyIssued = Message(
        zh: "该学员本次培训已发证。", en: "A certificate was already issued for this enrolment.")
    package static let certificateKindNotForProgram = Message(
        zh: "本项目不能颁发这种证书。", en: "This program cannot issue that kind of certificate.")
    package static let certificateView = Message(zh: "查看证书", en: "View certificate")
    package static let programKindEngineer = Message(zh: "数字技术工程师培训", en: "Digital technology engineer training")
    package static let programKindSeminar = Message(zh: "高级研修", en: "Advanced seminar")
    package static let programKindExchange = Message(zh: "学术技术交流", en: "Academic and technical exchange")
    package static let programKindSkill = Message(zh: "职业技能培训", en: "Vocational skill training")
    package static let programKindOrder = Message(zh: "校企订单培养", en: "School–enterprise order-based training")
    package static let programStatusDraft = Message(zh: "草稿", en: "Draft")
    package static let programStatusOpen = Message(zh: "报名中", en: "Open for enrolment")
    package static let programStatusRunning = Message(zh: "进行中", en: "Running")
    package static let programStatusFinished = Message(zh: "已结束", en: "Finished")
    package static let programStatusArchived = Message(zh: "已归档", en: "Archived")
    package static let programMoveOpen = Message(zh: "开放报名", en: "Open enrolment")
    package static let programMoveDraft = Message(zh: "退回草稿", en: "Back to draft")
    package static let programMoveRunning = Message(zh: "开班", en: "Start")
    package static let programMoveFinished = Message(zh: "结束项目", en: "Finish")
    package static let programMoveArchived = Message(zh: "归档", en: "Archive")
    package static let deliveryOnSite = Message(zh: "线下", en: "On site")
    package static let deliveryOnline = Message(zh: "线上", en: "Online")
    package static let deliveryBlended = Message(zh: "线上线下结合", en: "Blended")
    package static let enrollmentEnrolled = Message(zh: "已录取", en: "Enrolled")
    package static let enrollmentWaitlisted = Message(zh: "候补", en: "On the waiting list")
    package static let enrollmentWithdrawn = Message(zh: "已退出", en: "Withdrawn")
    package static let enrollmentCompleted = Message(zh: "已结业", en: "Completed")
    package static let enrollmentNotCompleted = Message(zh: "未结业", en: "Not completed")
    package static func clauseCertificate(level: String, kind: String) -> Message {
        Message(zh: "持有\(level)\(kind)", en: "holds a \(level) \(kind)")
    }
    package static let clauseCertificateAnyLevel = Message(zh: "及以上", en: "or higher")
    package static func clauseYears(years: String) -> Message {
        Message(zh: "从事本领域满 \(years) 年", en: "\(years) years in the field")
    }
    package static func clauseEducation(level: String) -> Message {
        Message(zh: "\(level)及以上学历", en: "education of \(level) or higher")
    }
    package static func clauseSkill(level: String) -> Message {
        Message(zh: "\(level)及以上技能等级", en: "skill level \(level) or higher")
    }
    package static func shortfallAttendance(attended: String, required: String) -> Message {
        Message(
            zh: "出勤 \(attended) 学时，结业需 \(required) 学时。", en: "Attended \(attended) hours; completion needs \(required)."
        )
    }
    package static let shortfallAssessmentMissing = Message(zh: "还没有考核结果。", en: "No assessment result yet.")
    package static let shortfallAssessmentFailed = Message(zh: "考核不合格。", en: "The assessment was failed.")
    package static let navTraining = Message(zh: "培训项目", en: "Training")
    package static let enrolImportTitle = Message(zh: "从文件导入报名", en: "Import enrolments from a file")
    package static let enrolImportIntro = Message(
        zh:
            "上传 CSV（UTF-8 或 GBK 编码）或 Excel（.xlsx）文件，每行一名学员；列名行上方可有标题行（须在前 10 行内），序号等其他列会被忽略。有空位时按文件顺序入班，其余进入候补名单。",
        en:
            "Upload a CSV (UTF-8 or GBK) or Excel (.xlsx) file with a header row (a title may sit above it, within the first 10 rows; other columns such as 序号 are ignored) and one trainee per row. Free seats go in file order; the others join the waiting list."
    )
    package static let enrolImportColumns = Message(
        zh: "必填其一：档案编号、身份证号。可选：姓名（与档案核对）、从业年限。",
        en:
            "One of these is required: profile id (档案编号), ID number (身份证号). Optional: name (checked against the profile), years in the field (从业年限)."
    )
    package static let enrolImportSubmit = Message(zh: "上传并导入报名", en: "Upload and enrol")
    package static let enrolImportResultTitle = Message(zh: "报名导入结果", en: "Enrolment import")
    package static let enrolImportRecent = Message(zh: "最近的导入", en: "Recent imports")
    package static func enrolImportDone(enrolled: String, waitlisted: String, rejected: String) -> Message {
        Message(
            zh: "已导入：\(enrolled) 人入班，\(waitlisted) 人进入候补，拒绝 \(rejected) 行。",
            en: "Imported: \(enrolled) enrolled, \(waitlisted) on the waiting list, \(rejected) rows refused.")
    }
    package static let enrolImportBack = Message(zh: "返回班次", en: "Back to the cohort")
    package static let enrolImportTalentMissing = Message(zh: "请填写档案编号或身份证号。", en: "Give a profile id or an ID number.")
    package static let enrolImportProfileInvalid = Message(
        zh: "档案编号格式不正确：应为人才档案页地址中 /talents/ 后面的 36 位编号。",
        en: "Not a profile id: use the 36-character id after /talents/ in the profile's address.")
    package static let enrolImportTalentUnknown = Message(
        zh: "人才库中没有此人。", en: "No one in the talent pool has this id or number.")
    package static let enrolImportNameMismatch = Message(zh: "姓名与人才档案不符。", en: "The name is not the profile's name.")
    package static func enrolImportDuplicate(row: String) -> Message {
        Message(zh: "与第 \(row) 行是同一人。", en: "The same person as on row \(row).")
    }
    package static func rosterListsTruncated(waitlisted: String, withdrawn: String, shown: String) -> Message {
        Message(
            zh: "候补 \(waitlisted) 人、已退出 \(withdrawn) 人，各按报名顺序列出前 \(shown) 人。",
            en:
                "\(waitlisted) waiting and \(withdrawn) withdrawn: the first \(shown) of each are listed, in order of application."
        )
    }
    package static let cohortEditTitle = Message(zh: "修改班次", en: "Change the cohort")
    package static let cohortSave = Message(zh: "保存班次", en: "Save the cohort")
    package static let cohortHasEnrollments = Message(
        zh: "班次已有报名记录（包括候补和退出），不能删除。",
        en: "The cohort has enrolments (waiting or withdrawn ones count too) and cannot be deleted.")
    package static func cohortSessionsOutside(dates: String) -> Message {
        Message(
            zh: "以下课次不在新的日期范围内，请先删除或调整：\(dates)。",
            en: "These sessions fall outside the new dates; delete or move them first: \(dates).")
    }
    package static let sessionHasAttendance = Message(
        zh: "该课次已记录出勤，不能删除。", en: "Attendance is recorded for this session; it cannot be deleted.")
    package static let cohortProgramClosedEdit = Message(
        zh: "项目已结束或归档，班次不能再修改。", en: "The program has finished or is archived: its cohorts can no longer be changed.")
    package static let voucherTitle = Message(zh: "培训券", en: "Training vouchers")
    package static let voucherExpiresOn = Message(zh: "有效期至", en: "Valid until")
    package static let voucherUnknown = Message(zh: "没有这张培训券。", en: "There is no such voucher.")
    package static let voucherUse = Message(zh: "使用培训券", en: "Pay with a voucher")
    package static let voucherNone = Message(zh: "不使用", en: "None")
    package static func importFileTooLarge(max: String) -> Message {
        Message(zh: "文件超过 \(max) MB，请拆分为几个文件上传。", en: "The file is larger than \(max) MB; split it into several files.")
    }
    package static let enrolImportNoMatch = Message(
        zh: "没有与该身份证号和姓名都相符、可以报名的人才档案。请核对号码和姓名，或请本人先在平台注册。",
        en:
            "No profile that can be enrolled has both this ID number and this name. Check the number and the name, or ask the person to register on the platform first."
    )
    package static let enrolImportNameRequired = Message(
        zh: "按身份证号报名时须同时填写姓名。", en: "A row that names a person by ID number needs their name too.")
    package static let importCLIUsage = Message(
        zh:
            "用法：talent import talents 文件 [--partial] [--upsert] [--report 报告.csv]，或 talent import enrollments 文件 --cohort 班次编号 [--partial] [--report 报告.csv]",
        en:
            "Usage: talent import talents FILE [--partial] [--upsert] [--report REPORT.csv], or talent import enrollments FILE --cohort COHORT-ID [--partial] [--report REPORT.csv]"
    )
}
