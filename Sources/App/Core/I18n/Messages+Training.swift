import TalentDomain

/// The texts of training, enrolment and certificates (issue 5), kept apart from the
/// site-wide catalogue so each file stays readable.
extension Messages {
    static let trainingZh: [MessageKey: String] = [
        .fieldRequired: "请填写“{field}”。",
        .fieldTooLong: "“{field}”最多 {max} 个字。",
        .fieldOneLine: "“{field}”只能写一行。",
        .fieldChoose: "请从列表中选择“{field}”。",
        .fieldNumber: "“{field}”应为 {min} 到 {max} 之间的整数。",
        .fieldDate: "“{field}”应为日期，例如 2026-03-01。",
        .fieldMoney: "“{field}”应为金额（元），例如 1200 或 1200.50。",
        .fieldHours: "“{field}”应为学时，最多一位小数，不超过 {max}。",
        .trainingTitle: "培训项目",
        .trainingIntro: "数字技术工程师培训、高级研修、学术技术交流、职业技能培训和校企订单培养。选择项目查看班次并在线报名。",
        .trainingEmpty: "暂无符合条件的培训项目。",
        .trainingManage: "管理培训项目",
        .trainingBrowse: "浏览培训项目",
        .programKind: "项目类型",
        .programYear: "年度",
        .programTitle: "项目名称",
        .programProvider: "举办机构",
        .programProviderInvalid: "请选择一个培训机构、院校或科研院所作为举办机构。",
        .programNew: "新建培训项目",
        .programEdit: "修改项目信息",
        .programCreate: "创建项目（草稿）",
        .programFormIntro: "项目创建后为草稿，开放报名前可随时修改。工程师培训须填写职业和等级，技能培训须填写技能等级，研修和交流须填写主题。",
        .programMeasureHint: "留空则按项目类型归入对应措施（如 M1）。",
        .programContentLegend: "培训内容",
        .programScheduleLegend: "时间、地点和费用",
        .programRequirementLegend: "报名条件",
        .programRequirementHint: "满足所填条件中的任意一项即可报名；都不填则不限。",
        .programRequirementAny: "满足以下任意一项即可报名：",
        .programNoRequirement: "不限报名条件。",
        .programOccupation: "职业（工种）",
        .programDirection: "培训方向",
        .programEngineerLevel: "工程师等级",
        .programTheme: "研修主题",
        .programExperts: "授课专家",
        .programExpertsHint: "每行一位。",
        .programFormat: "形式（讲座、工作坊等）",
        .programDescription: "项目介绍",
        .programCapacity: "名额",
        .programStartsOn: "开始日期",
        .programEndsOn: "结束日期",
        .programDates: "时间",
        .programEndsBeforeStart: "结束日期不能早于开始日期。",
        .programDelivery: "培训方式",
        .programPlace: "培训地点",
        .programFee: "培训费用",
        .programFeeHint: "单位：元；免费填 0。",
        .programVouchersApply: "可使用培训券",
        .programSubsidiesApply: "可申领职业培训补贴",
        .programSupport: "政策支持",
        .programMinAttendance: "结业最低出勤率（%）",
        .programRequireCertificate: "持有证书",
        .programRequireCertificateLevel: "证书最低等级",
        .programRequireSkillByLevel: "技能等级条件请用“最低技能等级”填写。",
        .programRequireYears: "从事本领域最少年限",
        .programRequireEducation: "最低学历",
        .programRequireSkillLevel: "最低技能等级",
        .programStatusInvalid: "项目当前为“{from}”，不能改为所选状态。",
        .programNotEditable: "项目已开班，信息不能再修改。",
        .programManageHeading: "项目管理",
        .cohortsTitle: "班次",
        .cohortsEmpty: "还没有班次。",
        .cohortNew: "新增班次",
        .cohortName: "班次名称",
        .cohortNameHint: "例如：第1期。",
        .cohortNameTaken: "本项目已有同名班次。",
        .cohortCreate: "新增班次",
        .cohortDeadline: "报名截止日期",
        .cohortDeadlineShort: "报名截止 {date}",
        .cohortDeadlineAfterEnd: "报名截止日期不能晚于结束日期。",
        .cohortSeats: "已报 {taken}/{capacity} 人",
        .cohortHours: "共 {hours} 学时",
        .cohortProgramClosed: "项目已结束，不能再新增班次。",
        .cohortCapacityBelowTaken: "名额不能少于已报名的 {taken} 人。",
        .cohortCapacityChange: "修改名额",
        .sessionsTitle: "课程安排",
        .sessionsEmpty: "还没有课程安排。",
        .sessionDate: "上课日期",
        .sessionHours: "学时",
        .sessionTopic: "课程内容",
        .sessionAdd: "添加课次",
        .sessionOutsideCohort: "上课日期应在班次时间 {from} 至 {to} 之内。",
        .sessionUnknown: "本班次没有这个课次。",
        .rosterTitle: "学员名单",
        .rosterEmpty: "还没有人报名。",
        .rosterAttended: "出勤学时",
        .rosterResult: "考核结果",
        .enrolApply: "报名",
        .enrolYearsInField: "从事本领域年限",
        .enrolYearsHint: "报名条件要求工作年限时填写。",
        .enrolSignInToApply: "登录后报名",
        .enrolYourStatus: "我的报名",
        .enrolWithdraw: "退出",
        .enrolByProvider: "代学员报名",
        .enrolTalent: "人才档案编号",
        .enrolTalentHint: "在人才库中打开该人才的档案，地址中 /talents/ 后面的编号。",
        .enrolSubmit: "报名",
        .enrolTalentUnknown: "没有这个人才档案。",
        .enrolNoProfile: "您的账号还没有人才档案，请先登记。",
        .enrolProgramNotOpen: "该项目当前不接受报名。",
        .enrolDeadlinePassed: "报名已于 {date} 截止。",
        .enrolTalentInactive: "该人才档案已归档或删除，不能报名。",
        .enrolAlready: "已经报名本班次。",
        .enrolRequirementNotMet: "不符合报名条件，需满足以下任意一项：{conditions}。",
        .enrolCannotWithdraw: "该报名已结束，不能退出。",
        .enrolNotInProgress: "该报名不在学习中，不能记录。",
        .enrolComplete: "结业",
        .enrolNotComplete: "未结业",
        .attendanceRecord: "记录出勤",
        .attendanceAboveSession: "出勤学时不能超过本课次的 {hours} 学时。",
        .resultRecord: "记录考核",
        .resultScore: "成绩（0–100）",
        .resultPassed: "考核结果",
        .resultPass: "合格",
        .resultFail: "不合格",
        .myTrainingTitle: "我的培训",
        .myEnrollments: "我的报名",
        .myEnrollmentsEmpty: "还没有报名任何项目。",
        .myCertificates: "我的证书",
        .myCertificatesEmpty: "还没有证书。",
        .certificateKind: "证书类型",
        .certificateNumber: "证书编号",
        .certificateNumberTaken: "证书编号 {number} 已被本发证机构使用。",
        .certificateIssuedOn: "发证日期",
        .certificateIssuedInFuture: "发证日期不能晚于今天。",
        .certificateBeforeCompletion: "发证日期不能早于结业日期 {date}。",
        .certificateIssuer: "发证机构",
        .certificateHolder: "持证人",
        .certificateCode: "证书查验码",
        .certificateIssue: "发证",
        .certificateNeedsCompletion: "学员结业后才能发证。",
        .certificateAlreadyIssued: "该学员本次培训已发证。",
        .certificateKindNotForProgram: "本项目不能颁发这种证书。",
        .certificateAlreadyRevoked: "该证书已撤销。",
        .certificateView: "查看证书",
        .certificateVerifyLink: "公开查验页面",
        .certificatePrint: "打印证书",
        .certificatePrintBody: "经考核合格，准予颁发此证书。职业：{occupation}　等级：{level}",
        .certificatePrintVerify: "查验网址",
        .certificateRecordTitle: "登记外部证书",
        .certificateRecordIntro: "登记在其他机构取得的证书。证书经平台签名后可公开查验，并更新持证人的技能等级和职称等级。",
        .certificateRecord: "登记证书",
        .certificateRevoke: "撤销证书",
        .certificateRevokeReason: "撤销原因",
        .certificateRevokedOn: "撤销日期",
        .verifyTitle: "证书查验",
        .verifyIntro: "输入证书上的查验码，查看证书是否真实有效。",
        .verifyCodeHint: "16 位字母和数字，例如 7K3M-Q9TX-2HCV-8RWP。",
        .verifySubmit: "查验",
        .verifyValid: "有效",
        .verifyRevoked: "已撤销",
        .verifyInvalid: "无效",
        .verifyInvalidExplain: "没有与此查验码对应的证书，或证书内容已被改动。请核对查验码。",
        .verifySignedText: "签名内容",
        .verifySignature: "签名",
        .verifyOffline: "证书以 Ed25519 签名，可用平台公钥离线验证：",
        .verifyPublicKey: "平台公钥",
        .programKindEngineer: "数字技术工程师培训",
        .programKindSeminar: "高级研修",
        .programKindExchange: "学术技术交流",
        .programKindSkill: "职业技能培训",
        .programKindOrder: "校企订单培养",
        .programStatusDraft: "草稿",
        .programStatusOpen: "报名中",
        .programStatusRunning: "进行中",
        .programStatusFinished: "已结束",
        .programStatusArchived: "已归档",
        .programMoveOpen: "开放报名",
        .programMoveDraft: "退回草稿",
        .programMoveRunning: "开班",
        .programMoveFinished: "结束项目",
        .programMoveArchived: "归档",
        .deliveryOnSite: "线下",
        .deliveryOnline: "线上",
        .deliveryBlended: "线上线下结合",
        .enrollmentEnrolled: "已录取",
        .enrollmentWaitlisted: "候补",
        .enrollmentWithdrawn: "已退出",
        .enrollmentCompleted: "已结业",
        .enrollmentNotCompleted: "未结业",
        .certificateKindTraining: "培训合格证书",
        .certificateKindGrade: "专业技术等级证书",
        .certificateKindSkill: "职业技能等级证书",
        .clauseCertificate: "持有{level}{kind}",
        .clauseCertificateAnyLevel: "及以上",
        .clauseYears: "从事本领域满 {years} 年",
        .clauseEducation: "{level}及以上学历",
        .clauseSkill: "{level}及以上技能等级",
        .shortfallAttendance: "出勤 {attended} 学时，结业需 {required} 学时。",
        .shortfallAssessmentMissing: "还没有考核结果。",
        .shortfallAssessmentFailed: "考核不合格。",
        .noticeCreated: "已创建。",
        .noticeSaved: "已保存。",
        .noticeStatus: "项目状态已更新。",
        .noticeEnrolled: "报名成功，已录取。",
        .noticeWaitlisted: "名额已满，已进入候补名单；有人退出时将按顺序递补。",
        .noticeWithdrawn: "已退出。",
        .noticeRecorded: "已记录。",
        .noticeCertificate: "证书已颁发。",
        .noticeRevoked: "证书已撤销。",
    ]

    static let trainingEn: [MessageKey: String] = [
        .fieldRequired: "Enter the {field}.",
        .fieldTooLong: "The {field} can be at most {max} characters.",
        .fieldOneLine: "The {field} must be on one line.",
        .fieldChoose: "Choose the {field} from the list.",
        .fieldNumber: "The {field} must be a whole number from {min} to {max}.",
        .fieldDate: "The {field} must be a date such as 2026-03-01.",
        .fieldMoney: "The {field} must be an amount in yuan such as 1200 or 1200.50.",
        .fieldHours: "The {field} must be hours with at most one decimal place, up to {max}.",
        .trainingTitle: "Training programs",
        .trainingIntro: "Digital technology engineer training, advanced seminars, academic and technical exchange, skill training and school–enterprise order-based training. Choose a program to see its cohorts and apply online.",
        .trainingEmpty: "No training programs match.",
        .trainingManage: "Manage programs",
        .trainingBrowse: "Browse training programs",
        .programKind: "Program type",
        .programYear: "Year",
        .programTitle: "Program title",
        .programProvider: "Provider",
        .programProviderInvalid: "Choose a training provider, university or institute as the provider.",
        .programNew: "New program",
        .programEdit: "Edit program",
        .programCreate: "Create program (draft)",
        .programFormIntro: "A new program is a draft and can be changed until enrolment opens. Engineer training needs an occupation and level, skill training a skill level, seminars and exchange a theme.",
        .programMeasureHint: "Leave empty to file it under the measure of its type (such as M1).",
        .programContentLegend: "Content",
        .programScheduleLegend: "Dates, place and fee",
        .programRequirementLegend: "Entry requirement",
        .programRequirementHint: "Meeting any one of the filled conditions is enough; leave all empty for no requirement.",
        .programRequirementAny: "Applicants need any one of:",
        .programNoRequirement: "Open to everyone.",
        .programOccupation: "Occupation",
        .programDirection: "Direction",
        .programEngineerLevel: "Engineer level",
        .programTheme: "Theme",
        .programExperts: "Experts",
        .programExpertsHint: "One a line.",
        .programFormat: "Format (lectures, workshops …)",
        .programDescription: "Description",
        .programCapacity: "Capacity",
        .programStartsOn: "Start date",
        .programEndsOn: "End date",
        .programDates: "Dates",
        .programEndsBeforeStart: "The end date cannot be before the start date.",
        .programDelivery: "Delivery",
        .programPlace: "Place",
        .programFee: "Fee",
        .programFeeHint: "In yuan; 0 when free.",
        .programVouchersApply: "Training vouchers accepted",
        .programSubsidiesApply: "Vocational training subsidy applies",
        .programSupport: "Support",
        .programMinAttendance: "Minimum attendance to complete (%)",
        .programRequireCertificate: "Holds a certificate",
        .programRequireCertificateLevel: "Lowest certificate level",
        .programRequireSkillByLevel: "State a skill level condition with “lowest skill level”.",
        .programRequireYears: "Minimum years in the field",
        .programRequireEducation: "Lowest education",
        .programRequireSkillLevel: "Lowest skill level",
        .programStatusInvalid: "The program is “{from}” and cannot move to the chosen status.",
        .programNotEditable: "The program has started; its details can no longer change.",
        .programManageHeading: "Manage this program",
        .cohortsTitle: "Cohorts",
        .cohortsEmpty: "No cohorts yet.",
        .cohortNew: "New cohort",
        .cohortName: "Cohort name",
        .cohortNameHint: "For example: Cohort 1.",
        .cohortNameTaken: "This program already has a cohort with that name.",
        .cohortCreate: "Add cohort",
        .cohortDeadline: "Enrolment deadline",
        .cohortDeadlineShort: "apply by {date}",
        .cohortDeadlineAfterEnd: "The enrolment deadline cannot be after the end date.",
        .cohortSeats: "{taken} of {capacity} seats taken",
        .cohortHours: "{hours} hours",
        .cohortProgramClosed: "The program has finished; no more cohorts can be added.",
        .cohortCapacityBelowTaken: "The capacity cannot be below the {taken} seats already taken.",
        .cohortCapacityChange: "Change capacity",
        .sessionsTitle: "Sessions",
        .sessionsEmpty: "No sessions yet.",
        .sessionDate: "Date",
        .sessionHours: "Hours",
        .sessionTopic: "Topic",
        .sessionAdd: "Add session",
        .sessionOutsideCohort: "The date must be within the cohort, {from} to {to}.",
        .sessionUnknown: "This cohort has no such session.",
        .rosterTitle: "Roster",
        .rosterEmpty: "Nobody has enrolled yet.",
        .rosterAttended: "Hours attended",
        .rosterResult: "Assessment",
        .enrolApply: "Apply",
        .enrolYearsInField: "Years in the field",
        .enrolYearsHint: "Fill in when the entry requirement asks for years in the field.",
        .enrolSignInToApply: "Sign in to apply",
        .enrolYourStatus: "Your enrolment",
        .enrolWithdraw: "Withdraw",
        .enrolByProvider: "Enrol a talent",
        .enrolTalent: "Talent profile ID",
        .enrolTalentHint: "Open the talent's profile in the pool: the ID after /talents/ in its address.",
        .enrolSubmit: "Enrol",
        .enrolTalentUnknown: "There is no such talent profile.",
        .enrolNoProfile: "Your account has no talent profile yet; register first.",
        .enrolProgramNotOpen: "This program is not taking applications.",
        .enrolDeadlinePassed: "Applications closed on {date}.",
        .enrolTalentInactive: "This profile is archived or erased and cannot enrol.",
        .enrolAlready: "Already enrolled in this cohort.",
        .enrolRequirementNotMet: "The entry requirement is not met; any one of these is needed: {conditions}.",
        .enrolCannotWithdraw: "This enrolment has ended and cannot be withdrawn.",
        .enrolNotInProgress: "This enrolment is not in progress; nothing can be recorded.",
        .enrolComplete: "Complete",
        .enrolNotComplete: "Not completed",
        .attendanceRecord: "Record attendance",
        .attendanceAboveSession: "Attendance cannot exceed the session's {hours} hours.",
        .resultRecord: "Record result",
        .resultScore: "Score (0–100)",
        .resultPassed: "Result",
        .resultPass: "Pass",
        .resultFail: "Fail",
        .myTrainingTitle: "My training",
        .myEnrollments: "My enrolments",
        .myEnrollmentsEmpty: "No enrolments yet.",
        .myCertificates: "My certificates",
        .myCertificatesEmpty: "No certificates yet.",
        .certificateKind: "Certificate type",
        .certificateNumber: "Certificate number",
        .certificateNumberTaken: "Certificate number {number} is already used by this issuer.",
        .certificateIssuedOn: "Date of issue",
        .certificateIssuedInFuture: "The date of issue cannot be after today.",
        .certificateBeforeCompletion: "The date of issue cannot be before completion on {date}.",
        .certificateIssuer: "Issuer",
        .certificateHolder: "Holder",
        .certificateCode: "Verification code",
        .certificateIssue: "Issue certificate",
        .certificateNeedsCompletion: "A certificate is issued only after completion.",
        .certificateAlreadyIssued: "A certificate was already issued for this enrolment.",
        .certificateKindNotForProgram: "This program cannot issue that kind of certificate.",
        .certificateAlreadyRevoked: "This certificate is already revoked.",
        .certificateView: "View certificate",
        .certificateVerifyLink: "Public verification page",
        .certificatePrint: "Print certificate",
        .certificatePrintBody: "Having passed the assessment, the holder is awarded this certificate. Occupation: {occupation}. Level: {level}.",
        .certificatePrintVerify: "Verify at",
        .certificateRecordTitle: "Record a certificate issued elsewhere",
        .certificateRecordIntro: "Record a certificate obtained elsewhere. The platform signs it so that it can be verified publicly, and the holder's skill and title levels follow it.",
        .certificateRecord: "Record certificate",
        .certificateRevoke: "Revoke certificate",
        .certificateRevokeReason: "Reason for revocation",
        .certificateRevokedOn: "Revoked on",
        .verifyTitle: "Verify a certificate",
        .verifyIntro: "Enter the verification code printed on a certificate to check that it is genuine and valid.",
        .verifyCodeHint: "16 letters and digits, such as 7K3M-Q9TX-2HCV-8RWP.",
        .verifySubmit: "Verify",
        .verifyValid: "Valid",
        .verifyRevoked: "Revoked",
        .verifyInvalid: "Invalid",
        .verifyInvalidExplain: "No certificate has this code, or its content was altered. Check the code.",
        .verifySignedText: "Signed text",
        .verifySignature: "Signature",
        .verifyOffline: "Certificates are signed with Ed25519 and can be checked offline with the platform's public key:",
        .verifyPublicKey: "public key",
        .programKindEngineer: "Digital technology engineer training",
        .programKindSeminar: "Advanced seminar",
        .programKindExchange: "Academic and technical exchange",
        .programKindSkill: "Vocational skill training",
        .programKindOrder: "School–enterprise order-based training",
        .programStatusDraft: "Draft",
        .programStatusOpen: "Open for enrolment",
        .programStatusRunning: "Running",
        .programStatusFinished: "Finished",
        .programStatusArchived: "Archived",
        .programMoveOpen: "Open enrolment",
        .programMoveDraft: "Back to draft",
        .programMoveRunning: "Start",
        .programMoveFinished: "Finish",
        .programMoveArchived: "Archive",
        .deliveryOnSite: "On site",
        .deliveryOnline: "Online",
        .deliveryBlended: "Blended",
        .enrollmentEnrolled: "Enrolled",
        .enrollmentWaitlisted: "On the waiting list",
        .enrollmentWithdrawn: "Withdrawn",
        .enrollmentCompleted: "Completed",
        .enrollmentNotCompleted: "Not completed",
        .certificateKindTraining: "Training certificate",
        .certificateKindGrade: "Professional technical grade certificate",
        .certificateKindSkill: "Vocational skill level certificate",
        .clauseCertificate: "holds a {level} {kind}",
        .clauseCertificateAnyLevel: "or higher",
        .clauseYears: "{years} years in the field",
        .clauseEducation: "education of {level} or higher",
        .clauseSkill: "skill level {level} or higher",
        .shortfallAttendance: "Attended {attended} hours; completion needs {required}.",
        .shortfallAssessmentMissing: "No assessment result yet.",
        .shortfallAssessmentFailed: "The assessment was failed.",
        .noticeCreated: "Created.",
        .noticeSaved: "Saved.",
        .noticeStatus: "The program's status was updated.",
        .noticeEnrolled: "Enrolled: you have a seat.",
        .noticeWaitlisted: "The cohort is full: you are on the waiting list and move up when someone withdraws.",
        .noticeWithdrawn: "Withdrawn.",
        .noticeRecorded: "Recorded.",
        .noticeCertificate: "The certificate was issued.",
        .noticeRevoked: "The certificate was revoked.",
    ]
}
extension Messages {
    func programKind(_ kind: ProgramKind) -> String {
        switch kind {
        case .engineerTraining: self(.programKindEngineer)
        case .advancedSeminar: self(.programKindSeminar)
        case .exchange: self(.programKindExchange)
        case .skillTraining: self(.programKindSkill)
        case .orderTraining: self(.programKindOrder)
        }
    }

    func programStatus(_ status: ProgramStatus) -> String {
        switch status {
        case .draft: self(.programStatusDraft)
        case .open: self(.programStatusOpen)
        case .running: self(.programStatusRunning)
        case .finished: self(.programStatusFinished)
        case .archived: self(.programStatusArchived)
        }
    }

    /// The button that moves a program to `status`.
    func programMove(_ status: ProgramStatus) -> String {
        switch status {
        case .draft: self(.programMoveDraft)
        case .open: self(.programMoveOpen)
        case .running: self(.programMoveRunning)
        case .finished: self(.programMoveFinished)
        case .archived: self(.programMoveArchived)
        }
    }

    func delivery(_ mode: DeliveryMode) -> String {
        switch mode {
        case .onSite: self(.deliveryOnSite)
        case .online: self(.deliveryOnline)
        case .blended: self(.deliveryBlended)
        }
    }

    func enrollmentStatus(_ status: EnrollmentStatus) -> String {
        switch status {
        case .enrolled: self(.enrollmentEnrolled)
        case .waitlisted: self(.enrollmentWaitlisted)
        case .withdrawn: self(.enrollmentWithdrawn)
        case .completed: self(.enrollmentCompleted)
        case .notCompleted: self(.enrollmentNotCompleted)
        }
    }

    func certificateKind(_ kind: CertificateKind) -> String {
        switch kind {
        case .trainingCompletion: self(.certificateKindTraining)
        case .technicalGrade: self(.certificateKindGrade)
        case .skillLevel: self(.certificateKindSkill)
        }
    }

    func certificateLevel(_ level: CertificateLevel) -> String {
        switch level {
        case let .engineer(level): self.level(level)
        case let .skill(level): skillLevel(level)
        }
    }

    /// One alternative of an entry requirement, as a phrase.
    func clause(_ clause: EntryRequirement.Clause) -> String {
        switch clause {
        case let .certificate(kind, minimum):
            let kindText = language == .zh ? certificateKind(kind) : certificateKind(kind).lowercased()
            let level = minimum.map { language == .zh ? self.level($0) + self(.clauseCertificateAnyLevel)
                                                      : self.level($0).lowercased() + " " + self(.clauseCertificateAnyLevel) } ?? ""
            return self(.clauseCertificate, ["level": level, "kind": kindText])
        case let .yearsInField(years): return self(.clauseYears, ["years": String(years)])
        case let .education(level): return self(.clauseEducation, ["level": education(level)])
        case let .skillLevel(level): return self(.clauseSkill, ["level": skillLevel(level)])
        }
    }

    func shortfall(_ shortfall: CompletionRule.Shortfall) -> String {
        switch shortfall {
        case let .attendance(attended, required):
            self(.shortfallAttendance, ["attended": attended.description, "required": required.description])
        case .assessmentMissing: self(.shortfallAssessmentMissing)
        case .assessmentFailed: self(.shortfallAssessmentFailed)
        }
    }

    /// The confirmation after a training action, by the `notice` the redirect carries.
    func trainingNotice(_ notice: String) -> String? {
        switch notice {
        case "created": self(.noticeCreated)
        case "enrolled": self(.noticeEnrolled)
        case "waitlisted": self(.noticeWaitlisted)
        case "withdrawn", EnrollmentAction.withdraw.rawValue: self(.noticeWithdrawn)
        case "status": self(.noticeStatus)
        case "recorded": self(.noticeRecorded)
        case "revoked": self(.noticeRevoked)
        case EnrollmentAction.certificate.rawValue: self(.noticeCertificate)
        case "saved", "session", "capacity", EnrollmentAction.attendance.rawValue, EnrollmentAction.result.rawValue,
             EnrollmentAction.complete.rawValue, EnrollmentAction.notCompleted.rawValue: self(.noticeSaved)
        default: nil
        }
    }
}
