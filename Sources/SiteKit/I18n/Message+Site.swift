import TalentDomain

/// The texts several capabilities show: the frame of every page, errors, field
/// checks, sign-in, and the names of roles, levels and statuses. In Chinese and English:
/// a text without its translation does not compile, nor does a misspelt placeholder, as
/// the values a text shows are the parameters of its function. A capability's own texts
/// are in its module's `…+Messages.swift`.
extension Message {
    package static let siteTitle = Message(zh: "淄博市数字人才培育服务平台", en: "Zibo Digital Talent Platform")
    package static let siteTagline = Message(
        zh: "加快数字人才培育，支撑数字经济发展", en: "Cultivating digital talent for the digital economy")
    package static let skipToContent = Message(zh: "跳到正文", en: "Skip to main content")
    package static let navLabel = Message(zh: "主导航", en: "Main navigation")
    package static let switchLanguage = Message(zh: "切换到英文", en: "Switch to Chinese")
    package static let otherLanguageName = Message(zh: "English", en: "中文")
    package static let footerBasis = Message(zh: "政策依据", en: "Policy basis")
    package static let footerIssuer = Message(zh: "发布单位", en: "Issued by")
    package static let footerEffective = Message(zh: "印发日期", en: "Issued on")
    package static let footerOpenData = Message(zh: "开放数据接口（OpenAPI 3.1）", en: "Open data API (OpenAPI 3.1)")
    package static let unitPerson = Message(zh: "人", en: "people")
    package static let unitSession = Message(zh: "期", en: "sessions")
    package static let unitEvent = Message(zh: "项", en: "events")
    package static let unitEdition = Message(zh: "版", en: "edition")
    package static let unitPercent = Message(zh: "%", en: "%")
    package static let levelJunior = Message(zh: "初级", en: "Junior")
    package static let levelIntermediate = Message(zh: "中级", en: "Intermediate")
    package static let levelSenior = Message(zh: "高级", en: "Senior")
    package static let errorNotFoundTitle = Message(zh: "找不到页面", en: "Page not found")
    package static let errorNotFoundText = Message(
        zh: "您访问的页面不存在或已移动。", en: "The page you asked for does not exist or has moved.")
    package static let errorServerTitle = Message(zh: "服务暂时出错", en: "Something went wrong")
    package static func errorServerText(requestID: String) -> Message {
        Message(
            zh: "平台处理请求时出错，已记录。请稍后再试；如问题持续，请联系管理员并提供请求编号 \(requestID)。",
            en:
                "The platform could not handle this request; it has been logged. Please try again later, and if it persists tell an administrator the request id \(requestID)."
        )
    }
    package static let errorRequestTitle = Message(zh: "请求有误", en: "Bad request")
    package static let errorBackHome = Message(zh: "返回首页", en: "Back to the home page")
    package static let navSignIn = Message(zh: "登录", en: "Sign in")
    package static let navSignOut = Message(zh: "退出", en: "Sign out")
    package static let errorSignInRequired = Message(zh: "请先登录。", en: "Please sign in first.")
    package static let errorForbidden = Message(zh: "您没有权限进行此操作。", en: "You are not allowed to do this.")
    package static let errorFormExpired = Message(
        zh: "表单已过期或来源不明，请刷新页面后重试。",
        en: "This form has expired or did not come from this site. Reload the page and try again.")
    package static func errorInvalidParameter(name: String) -> Message {
        Message(zh: "参数 \(name) 的值无效。", en: "The parameter \(name) has an invalid value.")
    }
    package static let passwordForced = Message(
        zh: "首次登录或密码重置后，请先设置您自己的密码。",
        en: "Before you continue, choose your own password (first sign-in or after a reset).")
    package static let roleAdmin = Message(zh: "平台管理员", en: "Administrator")
    package static let roleOfficer = Message(zh: "部门工作人员", en: "Department officer")
    package static let roleProvider = Message(zh: "培训机构人员", en: "Training provider")
    package static let roleEmployer = Message(zh: "用人单位人员", en: "Employer")
    package static let roleTalent = Message(zh: "数字人才", en: "Digital talent")
    package static let creditCodeWrongLength = Message(
        zh: "统一社会信用代码应为 18 位。", en: "The unified social credit code must have 18 characters.")
    package static func creditCodeInvalidCharacter(position: String) -> Message {
        Message(
            zh: "统一社会信用代码第 \(position) 位字符无效（不使用 I、O、Z、S、V，第 3–8 位为数字）。",
            en:
                "Character \(position) of the unified social credit code is not allowed (I, O, Z, S, V are never used; characters 3–8 are digits)."
        )
    }
    package static let creditCodeWrongCheck = Message(
        zh: "统一社会信用代码校验位不符，请逐位核对。",
        en: "The check character of the unified social credit code does not match; please check every character.")
    package static let navAccountLabel = Message(zh: "我的功能", en: "My places")
    package static let residentIDWrongLength = Message(
        zh: "身份证号码应为 18 位。", en: "The ID number must have 18 characters.")
    package static func residentIDInvalidCharacter(position: String) -> Message {
        Message(
            zh: "身份证号码第 \(position) 位无效（只能是数字，最后一位可以是 X）。",
            en: "Character \(position) of the ID number is not allowed (digits only; the last may be X).")
    }
    package static let residentIDImpossibleBirthDate = Message(
        zh: "身份证号码中的出生日期不存在。", en: "The birth date in the ID number does not exist.")
    package static let residentIDBirthDateInFuture = Message(
        zh: "身份证号码中的出生日期晚于今天。", en: "The birth date in the ID number is after today.")
    package static let residentIDWrongCheck = Message(
        zh: "身份证号码校验位不符，请逐位核对。", en: "The check digit of the ID number does not match; please check every digit.")
    package static let educationSecondaryVocational = Message(zh: "中专", en: "Secondary vocational")
    package static let educationAssociate = Message(zh: "大专", en: "Associate degree")
    package static let educationBachelor = Message(zh: "本科", en: "Bachelor's degree")
    package static let educationMaster = Message(zh: "硕士", en: "Master's degree")
    package static let educationDoctorate = Message(zh: "博士", en: "Doctorate")
    package static let errorControlCharacter = Message(
        zh: "输入中包含不允许的控制字符（NUL）。", en: "The input contains a control character (NUL) that is not allowed.")
    package static let errorMalformedRequest = Message(
        zh: "请求格式不正确，请检查提交的数据。", en: "The request is not well formed; please check the submitted data.")
    package static let errorConflict = Message(
        zh: "数据已被其他请求修改或重复提交，请刷新页面后重试。",
        en: "Another request changed this data or it was submitted twice. Reload the page and try again.")
    package static let statusActive = Message(zh: "有效", en: "Active")
    package static let statusArchived = Message(zh: "已归档", en: "Archived")
    package static let statusErased = Message(zh: "已删除", en: "Erased")
    package static let skillApprentice = Message(zh: "学徒工", en: "Apprentice")
    package static let skillJunior = Message(zh: "初级工", en: "Junior worker")
    package static let skillIntermediate = Message(zh: "中级工", en: "Intermediate worker")
    package static let skillSenior = Message(zh: "高级工", en: "Senior worker")
    package static let skillTechnician = Message(zh: "技师", en: "Technician")
    package static let skillSeniorTechnician = Message(zh: "高级技师", en: "Senior technician")
    package static let skillPrincipalTechnician = Message(zh: "特级技师", en: "Principal technician")
    package static let skillChiefTechnician = Message(zh: "首席技师", en: "Chief technician")
    package static let titleTechnician = Message(zh: "员级", en: "Technician grade")
    package static let titleAssistant = Message(zh: "助理级", en: "Assistant grade")
    package static let titleIntermediate = Message(zh: "中级", en: "Intermediate grade")
    package static let titleAssociateSenior = Message(zh: "副高级", en: "Associate senior grade")
    package static let titleSenior = Message(zh: "正高级", en: "Senior grade")
    package static let erasureRequest = Message(zh: "申请删除", en: "Request erasure")
    package static let importReportTitle = Message(zh: "被拒绝的行", en: "Rejected rows")
    package static let importReportDownload = Message(zh: "下载错误报告（CSV）", en: "Download the error report (CSV)")
    package static func importReportMore(count: String) -> Message {
        Message(zh: "仅显示前 \(count) 条，完整内容请下载报告。", en: "Only the first \(count) are shown; download the report for all.")
    }
    package static let columnRow = Message(zh: "行号", en: "Row")
    package static let columnColumn = Message(zh: "列", en: "Column")
    package static let columnReason = Message(zh: "原因", en: "Reason")
    package static let importFileEmpty = Message(zh: "文件是空的。", en: "The file is empty.")
    package static let importFileBinary = Message(
        zh: "文件不是文本格式的 CSV，也不是 .xlsx 文件。", en: "The file is neither a text CSV nor an .xlsx workbook.")
    package static let importFileEncoding = Message(
        zh: "无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。",
        en: "The file's encoding is not recognised: save it as CSV in UTF-8 or GBK.")
    package static func importFileColumns(columns: String) -> Message {
        Message(zh: "缺少必需的列：\(columns)。", en: "Required columns are missing: \(columns).")
    }
    package static func importFileUnknownColumn(columns: String) -> Message {
        Message(zh: "无法识别的列名：\(columns)。", en: "Unrecognised column names: \(columns).")
    }
    package static let importFileNoRows = Message(zh: "文件只有列名，没有数据行。", en: "The file has a header but no data rows.")
    package static func importFileTooManyRows(max: String) -> Message {
        Message(zh: "文件超过 \(max) 行的上限，请拆分后导入。", en: "The file has more than \(max) rows; split it.")
    }
    package static func importFileRecordTooLong(line: String) -> Message {
        Message(zh: "第 \(line) 行过长（单行最多 1 MB）。", en: "Line \(line) is too long (at most 1 MB per row).")
    }
    package static func importFileFieldTooLong(line: String) -> Message {
        Message(zh: "第 \(line) 行有一个单元格过长。", en: "Line \(line) has a cell that is too long.")
    }
    package static func importFileUnterminatedQuote(line: String) -> Message {
        Message(zh: "第 \(line) 行的引号没有闭合。", en: "Line \(line) opens a quote that never closes.")
    }
    package static func importFileWorkbook(reason: String) -> Message {
        Message(zh: "无法读取该 Excel 文件：\(reason)", en: "The Excel file cannot be read: \(reason)")
    }
    package static func fieldRequired(field: String) -> Message {
        Message(zh: "请填写“\(field)”。", en: "Enter the \(field).")
    }
    package static func fieldTooLong(field: String, max: String) -> Message {
        Message(zh: "“\(field)”最多 \(max) 个字。", en: "The \(field) can be at most \(max) characters.")
    }
    package static func fieldOneLine(field: String) -> Message {
        Message(zh: "“\(field)”只能写一行。", en: "The \(field) must be on one line.")
    }
    package static func fieldChoose(field: String) -> Message {
        Message(zh: "请从列表中选择“\(field)”。", en: "Choose the \(field) from the list.")
    }
    package static func fieldNumber(field: String, min: String, max: String) -> Message {
        Message(
            zh: "“\(field)”应为 \(min) 到 \(max) 之间的整数。", en: "The \(field) must be a whole number from \(min) to \(max).")
    }
    package static func fieldDate(field: String) -> Message {
        Message(zh: "“\(field)”应为日期，例如 2026-03-01。", en: "The \(field) must be a date such as 2026-03-01.")
    }
    package static func fieldMoney(field: String) -> Message {
        Message(
            zh: "“\(field)”应为金额（元），例如 1200 或 1200.50。",
            en: "The \(field) must be an amount in yuan such as 1200 or 1200.50.")
    }
    package static func fieldNotText(field: String) -> Message {
        Message(zh: "“\(field)”应为文字。", en: "The \(field) must be text.")
    }
    package static func fieldHours(field: String, max: String) -> Message {
        Message(
            zh: "“\(field)”应为学时，最多一位小数，不超过 \(max)。",
            en: "The \(field) must be hours with at most one decimal place, up to \(max).")
    }
    package static let trainingManage = Message(zh: "管理培训项目", en: "Manage programs")
    package static let programOccupation = Message(zh: "职业（工种）", en: "Occupation")
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
    package static let certificateKindTraining = Message(zh: "培训合格证书", en: "Training certificate")
    package static let certificateKindGrade = Message(zh: "专业技术等级证书", en: "Professional technical grade certificate")
    package static let certificateKindSkill = Message(zh: "职业技能等级证书", en: "Vocational skill level certificate")
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
    package static let noticeCreated = Message(zh: "已创建。", en: "Created.")
    package static let noticeSaved = Message(zh: "已保存。", en: "Saved.")
    package static let noticeStatus = Message(zh: "项目状态已更新。", en: "The program's status was updated.")
    package static let noticeEnrolled = Message(zh: "报名成功，已录取。", en: "Enrolled: you have a seat.")
    package static let noticeWaitlisted = Message(
        zh: "名额已满，已进入候补名单；有人退出时将按顺序递补。",
        en: "The cohort is full: you are on the waiting list and move up when someone withdraws.")
    package static let noticeWithdrawn = Message(zh: "已退出。", en: "Withdrawn.")
    package static let noticeRecorded = Message(zh: "已记录。", en: "Recorded.")
    package static let noticeCertificate = Message(zh: "证书已颁发。", en: "The certificate was issued.")
    package static let noticeRevoked = Message(zh: "证书已撤销。", en: "The certificate was revoked.")
    package static let cohortDelete = Message(zh: "删除班次", en: "Delete the cohort")
    package static let sessionDelete = Message(zh: "删除课次", en: "Delete the session")
    package static let noticeDeleted = Message(zh: "已删除。", en: "Deleted.")
    package static let voucherSettlement = Message(zh: "培训券结算清单", en: "Voucher settlement")
    package static let voucherStatusIssued = Message(zh: "可使用", en: "Usable")
    package static let voucherStatusRedeemed = Message(zh: "已使用", en: "Used")
    package static let voucherStatusCancelled = Message(zh: "已作废", en: "Cancelled")
    package static let voucherNotHolders = Message(
        zh: "这张培训券不属于报名人。", en: "This voucher does not belong to the applicant.")
    package static let voucherAlreadyUsed = Message(zh: "这张培训券已经使用过。", en: "This voucher has already been used.")
    package static let voucherCancelled = Message(zh: "这张培训券已作废。", en: "This voucher has been cancelled.")
    package static func voucherExpired(date: String) -> Message {
        Message(zh: "这张培训券已于 \(date) 过期。", en: "This voucher expired on \(date).")
    }
    package static let voucherProgramTakesNone = Message(zh: "本项目不接受培训券。", en: "This program does not accept vouchers.")
    package static func voucherWrongOccupation(voucher: String, program: String) -> Message {
        Message(
            zh: "培训券限用于职业 \(voucher)，本项目的职业是 \(program)。",
            en: "The voucher is for occupation \(voucher); this program is for \(program).")
    }
    package static let voucherCancel = Message(zh: "作废", en: "Cancel")
    package static let courseCompletedNotice = Message(
        zh: "已记录学完，学时已记入继续教育学时。", en: "Recorded: the hours count as continuing education.")
    package static func importFileUnpackedTooLarge(max: String) -> Message {
        Message(
            zh: "该 Excel 文件解压后超过 \(max) MB，无法读取。请拆分为几个文件，或另存为 CSV 后上传。",
            en:
                "This Excel file unpacks to more than \(max) MB and cannot be read. Split it into several files, or save it as CSV and upload that."
        )
    }
    package static func fieldControlCharacter(field: String) -> Message {
        Message(
            zh: "“\(field)”中含有不允许的控制字符，请删除后重新提交（常见于从其他软件粘贴的内容）。",
            en:
                "“\(field)” contains a control character that is not allowed; remove it and submit again (it often comes with text pasted from other software)."
        )
    }
    package static let jobInterrupted = Message(
        zh: "这项工作多次因服务器停止而中断，已放弃；中途写入的数据已撤回。请重新开始。",
        en:
            "This work broke off several times because the server stopped and has been given up; what it had written was taken back. Please start it again."
    )
}
