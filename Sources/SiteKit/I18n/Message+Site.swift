import TalentDomain

/// The texts several capabilities show: the frame of every page, errors, field
/// checks, sign-in, and the names of shared terms. In Chinese and English:
/// a text without its translation does not compile, nor does a misspelt placeholder, as
/// the values a text shows are the parameters of its function. A capability's own texts
/// are in its module's `…+Messages.swift`.
extension Message {
    /// The heading of the list of problems above a refused form, on every page.
    package static let formErrorsTitle = Message(zh: "请修改以下问题", en: "Please correct the following")
    package static let siteTitle = Message(zh: "淄博市数字人才培育服务平台", en: "Zibo Digital Talent Platform")
    package static let siteTagline = Message(
        zh: "加快数字人才培育，支撑数字经济发展", en: "Cultivating digital talent for the digital economy")
    package static let skipToContent = Message(zh: "跳到正文", en: "Skip to main content")
    package static let navLabel = Message(zh: "主导航", en: "Main navigation")
    /// The first option of a choice that has no default: nothing is chosen for the person.
    package static let selectPlaceholder = Message(zh: "请选择", en: "Choose…")
    package static let navMenu = Message(zh: "菜单", en: "Menu")
    package static let switchLanguage = Message(zh: "切换到英文", en: "Switch to Chinese")
    package static let otherLanguageName = Message(zh: "English", en: "中文")
    package static let footerBasis = Message(zh: "政策依据", en: "Policy basis")
    package static let footerIssuer = Message(zh: "发布单位", en: "Issued by")
    package static let footerEffective = Message(zh: "印发日期", en: "Issued on")
    package static let footerOpenData = Message(zh: "开放数据接口（OpenAPI 3.1）", en: "Open data API (OpenAPI 3.1)")
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
    package static let errorForbiddenTitle = Message(zh: "无权访问", en: "Not allowed")
    package static func errorForbiddenText(detail: String) -> Message {
        Message(
            zh: "\(detail)这一页或这项办理不属于你的账号的职责范围。如确需办理，请联系本单位的平台管理员或市人力资源社会保障局。",
            en:
                "\(detail) This page or step is outside what your account is for. If you need it, ask your organisation's platform administrator or the Municipal HRSS Bureau."
        )
    }
    package static let errorBackHome = Message(zh: "返回首页", en: "Back to the home page")
    package static let navSignIn = Message(zh: "登录", en: "Sign in")
    package static let navSignOut = Message(zh: "退出", en: "Sign out")
    package static let navNotifications = Message(zh: "消息", en: "Notifications")
    package static let navNotificationsUnread = Message(zh: "条未读", en: "unread")
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
    package static let navAccountLabel = Message(zh: "我的功能", en: "My places")
    package static let errorControlCharacter = Message(
        zh: "输入中包含不允许的控制字符（NUL）。", en: "The input contains a control character (NUL) that is not allowed.")
    package static let errorMalformedRequest = Message(
        zh: "请求格式不正确，请检查提交的数据。", en: "The request is not well formed; please check the submitted data.")
    package static let errorConflict = Message(
        zh: "数据已被其他请求修改或重复提交，请刷新页面后重试。",
        en: "Another request changed this data or it was submitted twice. Reload the page and try again.")
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
        Message(
            zh: "缺少必需的列：\(columns)（列名行须在文件的前 10 行内）。",
            en: "Required columns are missing: \(columns) (the header row must be within the first 10 rows).")
    }
    package static func importFileUnknownColumn(columns: String) -> Message {
        Message(zh: "文件中无法识别的列名：\(columns)。", en: "Column names not recognised in the file: \(columns).")
    }
    /// Header cells the import did not read (序号, 民族, …), listed on the result page.
    package static func importIgnoredColumns(columns: String) -> Message {
        Message(
            zh: "以下列不在导入范围内，已忽略：\(columns)。",
            en: "These columns are not imported and were ignored: \(columns).")
    }
    package static let importIgnoredColumnsReason = Message(zh: "未导入的列（已忽略）", en: "Columns not imported (ignored)")
    package static func errorMethodNotAllowed(method: String, allowed: String) -> Message {
        Message(
            zh: "此地址不接受 \(method) 请求，可用的方法：\(allowed)。",
            en: "This address does not take \(method); it takes \(allowed).")
    }
    package static func importFileDuplicateColumn(column: String) -> Message {
        Message(zh: "“\(column)”列出现了不止一次。", en: "The column “\(column)” appears more than once.")
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
    /// A JSON value of another type than the field's, naming the type it must have.
    package static func fieldWrongType(field: String, kind: FormValueKind) -> Message {
        switch kind {
        case .text: fieldNotText(field: field)
        case .number: Message(zh: "“\(field)”应为数字。", en: "The \(field) must be a number.")
        case .flag: Message(zh: "“\(field)”应为是或否（true 或 false）。", en: "The \(field) must be true or false.")
        case .list: Message(zh: "“\(field)”应为列表。", en: "The \(field) must be a list.")
        }
    }
    package static func fieldHours(field: String, max: String) -> Message {
        Message(
            zh: "“\(field)”应为学时，最多一位小数，不超过 \(max)。",
            en: "The \(field) must be hours with at most one decimal place, up to \(max).")
    }
    package static let trainingManage = Message(zh: "管理培训项目", en: "Manage programs")
    package static let programOccupation = Message(zh: "职业（工种）", en: "Occupation")
    package static let noticeCreated = Message(zh: "已创建。", en: "Created.")
    package static let cohortDelete = Message(zh: "删除班次", en: "Delete the cohort")
    package static let sessionDelete = Message(zh: "删除课次", en: "Delete the session")
    package static let voucherSettlement = Message(zh: "培训券结算清单", en: "Voucher settlement")
    package static let voucherCancel = Message(zh: "作废", en: "Cancel")
    package static let coursesTitle = Message(zh: "数字工程师专栏", en: "Digital engineer column")
    package static func courseCompletedOn(date: String) -> Message {
        Message(zh: "您已于 \(date) 学完本课程，学时已记入。", en: "You completed this course on \(date); its hours are credited.")
    }
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

    package static let pagerLabel = Message(zh: "分页", en: "Pages")
    package static let pagerPrevious = Message(zh: "上一页", en: "Previous page")
    package static let pagerNext = Message(zh: "下一页", en: "Next page")
    package static func pagerPageOf(page: String, pages: String) -> Message {
        Message(zh: "第 \(page) 页，共 \(pages) 页", en: "Page \(page) of \(pages)")
    }
    /// An estimate as people say one (`MatchEstimate`): "20 万" / "200,000".
    package static func roughly(_ value: Int) -> Message {
        Message(zh: MatchEstimate.chinese(value), en: MatchEstimate.grouped(MatchEstimate.rounded(value)))
    }
    package static func pagerPageNumber(page: String) -> Message {
        Message(zh: "第 \(page) 页", en: "Page \(page)")
    }
}
