import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let talentNewTitle = Message(zh: "录入人才信息", en: "Add a talent profile")
    package static let talentNewIntro = Message(
        zh: "录入数字人才库。身份证号码和手机号加密保存，列表和导出中只显示部分号码。",
        en:
            "Adds a profile to the digital talent pool. ID and mobile numbers are stored encrypted and shown masked in lists and exports."
    )
    package static let talentName = Message(zh: "姓名", en: "Name")
    package static let talentResidentID = Message(zh: "居民身份证号码", en: "Resident ID number")
    package static let talentResidentIDHint = Message(
        zh: "18 位，出生日期和性别从号码中自动读取。", en: "18 characters; the birth date and gender are read from the number.")
    package static let talentGender = Message(zh: "性别", en: "Gender")
    package static let genderMale = Message(zh: "男", en: "Male")
    package static let genderFemale = Message(zh: "女", en: "Female")
    package static let talentBirthDate = Message(zh: "出生日期", en: "Date of birth")
    package static let talentEducation = Message(zh: "学历", en: "Education")
    package static let talentSchool = Message(zh: "毕业院校", en: "School")
    package static let talentMajor = Message(zh: "专业", en: "Major")
    package static let talentGraduationYear = Message(zh: "毕业年份", en: "Graduation year")
    package static let talentEmployer = Message(zh: "工作单位", en: "Employer")
    package static let talentOccupationsPick = Message(zh: "从事的数字职业（可多选）", en: "Digital occupations (choose any)")
    package static let talentOccupationsPickHint = Message(
        zh: "勾选本人从事的职业；已选的排在最前。", en: "Tick the occupations you work in; those chosen are listed first.")
    package static let talentOccupationsFilter = Message(zh: "输入名称或编码筛选", en: "Type a name or code to filter")
    package static let talentOccupations = Message(zh: "职业（国家职业分类代码）", en: "Occupations (national codes)")
    package static let talentSkills = Message(zh: "技能标签", en: "Skills")
    package static let talentSkillsHint = Message(
        zh: "多个技能用逗号或顿号分隔，例如 Python、数据分析。", en: "Separate skills with commas, e.g. Python, data analysis.")
    package static let talentCategories = Message(zh: "高层次人才类别", en: "High-level talent categories")
    package static let talentKeyGroups = Message(zh: "重点群体", en: "Key groups")
    package static let talentConsentLegend = Message(zh: "个人信息处理同意", en: "Consent to processing personal data")
    package static let talentConsentText = Message(
        zh: "本人已同意平台为人才服务目的处理上述个人信息（已取得本人书面同意）。",
        en:
            "The person has agreed that the platform processes this personal data to provide talent services (written consent obtained)."
    )
    package static let talentConsent = Message(zh: "同意记录", en: "Consent")
    package static let talentCreate = Message(zh: "保存", en: "Save")
    package static let talentCreated = Message(zh: "人才信息已保存。", en: "The profile has been saved.")
    package static let talentTitleLevel = Message(zh: "职称等级", en: "Professional title")
    package static let talentSkillLevel = Message(zh: "技能等级", en: "Skill level")
    package static let talentNameInvalid = Message(zh: "请填写姓名（不超过 50 字）。", en: "Enter the name (up to 50 characters).")
    package static let talentResidentIDTaken = Message(
        zh: "该身份证号码已在人才库中。", en: "A profile with this ID number is already in the pool.")
    package static let talentEducationInvalid = Message(zh: "请选择有效的学历。", en: "Choose a valid education level.")
    package static func talentGraduationYearInvalid(max: String) -> Message {
        Message(zh: "毕业年份须在 1950 到 \(max) 之间。", en: "The graduation year must be between 1950 and \(max).")
    }
    package static let talentFieldWorkSince = Message(
        zh: "从事本专业技术工作起始年月", en: "Began professional work in the field")
    package static let talentFieldWorkSinceHint = Message(
        zh: "年-月，如 2022-03。职称申报按此计算从事本专业技术工作的年限。",
        en: "Year and month, e.g. 2022-03. Title applications count the years in the field from it.")
    package static let talentFieldWorkSinceInvalid = Message(
        zh: "请按“年-月”填写起始年月，如 2022-03。", en: "Enter the start as year and month, e.g. 2022-03.")
    package static let talentFieldWorkSinceInFuture = Message(
        zh: "起始年月不能晚于本月。", en: "The start cannot be later than this month.")
    package static func talentFieldWorkSinceTooYoung(age: String) -> Message {
        Message(
            zh: "起始年月早于本人年满 \(age) 周岁的年份，请核对。",
            en: "The start is before the year the person turned \(age); check it.")
    }
    package static func talentFieldWorkYears(since: String, years: String) -> Message {
        Message(zh: "\(since)（满 \(years) 年）", en: "\(since) (\(years) full years)")
    }
    package static let talentEmployerUnknown = Message(
        zh: "没有这个单位：请从提示中选择已登记的单位，或填写统一社会信用代码。",
        en: "No such organisation: choose a registered one from the suggestions, or give its credit code.")
    package static let talentEmployerAmbiguous = Message(
        zh: "有多个单位同名，请填写统一社会信用代码。", en: "Several organisations have this name; give the credit code.")
    package static let talentEmployerHint = Message(
        zh: "输入单位名称，从提示中选择；也可填写统一社会信用代码。",
        en: "Type the organisation's name and pick it from the suggestions, or give its credit code.")
    package static let talentEmployerNotYours = Message(
        zh: "只能为本单位录入人才信息，请选择本单位。",
        en: "You can add profiles only for your own organisation; choose it as the employer.")
    package static func talentOccupationUnknown(code: String) -> Message {
        Message(zh: "职业代码 \(code) 不在职业目录中。", en: "The occupation code \(code) is not in the catalogue.")
    }
    package static let talentSkillsInvalid = Message(
        zh: "技能标签最多 30 个，每个不超过 30 字。", en: "At most 30 skills, each up to 30 characters.")
    package static let talentCategoryUnknown = Message(
        zh: "请选择有效的高层次人才类别。", en: "Choose valid high-level talent categories.")
    package static let talentKeyGroupUnknown = Message(zh: "请选择有效的重点群体。", en: "Choose valid key groups.")
    package static let talentConsentMissing = Message(
        zh: "须取得本人同意后才能录入。", en: "The person's consent is required before the profile can be saved.")
    package static let residentIDStoredAsNumber = Message(
        zh: "表格把身份证号码存成了数字（科学计数法，如 3.70303E+17），后几位已经丢失。请把该列设置为“文本”格式，重新填写号码后再导入。",
        en:
            "The spreadsheet stored the ID number as a number (scientific notation, e.g. 3.70303E+17) and its last digits are lost. Format the column as Text, re-enter the numbers and import again."
    )
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
    package static let educationJuniorSecondaryOrBelow = Message(zh: "初中及以下", en: "Junior secondary or below")
    package static let educationHighSchool = Message(zh: "高中", en: "High school")
    package static let educationSecondaryVocational = Message(zh: "中专", en: "Secondary vocational")
    package static let educationAssociate = Message(zh: "大专", en: "Associate degree")
    package static let educationBachelor = Message(zh: "本科", en: "Bachelor's degree")
    package static let educationMaster = Message(zh: "硕士", en: "Master's degree")
    package static let educationDoctorate = Message(zh: "博士", en: "Doctorate")
    package static let registerTitle = Message(zh: "注册数字人才账号", en: "Register as a digital talent")
    package static let registerIntro = Message(
        zh: "注册后即进入淄博市数字人才库，可以报名培训、申请补贴和服务。",
        en:
            "Registering puts you in Zibo's digital talent pool, so you can enrol in training and apply for subsidies and services."
    )
    package static let registerContactHint = Message(
        zh: "邮箱和手机号至少填一项，登录时使用。", en: "Enter an email address or a mobile number (or both); you sign in with it.")
    /// `readers`: the departments the policy lets read full numbers (`PersonalData`), in
    /// the reader's language — the text is made from the rule, so it says what is true.
    package static func registerConsentExplained(readers: [String]) -> Message {
        Message { m in
            let zhReaders = (readers.map { "\($0)工作人员" } + ["平台管理员"]).joined(separator: "和")
            let enReaders = (readers.map { "officers of the \($0)" } + ["the platform's administrators"])
                .joined(separator: " and ")
            return m.language == .zh
                ? "平台按《个人信息保护法》处理您的信息：身份证号码和手机号加密保存；完整号码只有\(zhReaders)为核验身份可以查看，每次查看都记入审计日志，其他人只能看到隐去中间数字的号码。您可以随时下载自己的全部数据。"
                : "The platform processes your data under the Personal Information Protection Law: ID and mobile numbers are stored encrypted; only \(enReaders) may read them in full, to verify identities, and every such read is recorded in the audit trail — everyone else sees them with the middle digits hidden. You can download all your data at any time."
        }
    }
    package static let talentRevealIdentifiers = Message(zh: "查看完整号码", en: "Show the full numbers")
    package static let talentRevealHint = Message(
        zh: "完整的身份证号码和手机号仅用于核验身份；每次查看都记入审计日志。",
        en: "Full ID and mobile numbers are for verifying identities; every read is recorded in the audit trail.")
    package static let registerConsentText = Message(
        zh: "我同意平台为提供人才服务处理上述个人信息。",
        en: "I agree that the platform processes this personal data to provide talent services.")
    package static let registerSubmit = Message(zh: "注册", en: "Register")
    package static let registerHaveAccount = Message(zh: "已有账号？请登录", en: "Already registered? Sign in")
    package static let navTalents = Message(zh: "人才库", en: "Talent pool")
    package static let talentsTitle = Message(zh: "数字人才库", en: "Digital talent pool")
    package static let talentsIntro = Message(
        zh: "按关键词和条件查找人才。关键词可以是姓名、技能、专业、单位或职业名称，一两个汉字也能查到。",
        en:
            "Find talents by keyword and filters. A keyword may be a name, skill, major, employer or occupation; one or two Chinese characters are enough."
    )
    package static let talentsFilters = Message(zh: "查询条件", en: "Search criteria")
    package static let talentsKeyword = Message(zh: "关键词", en: "Keyword")
    package static let talentsKeywordHint = Message(zh: "例如：张伟、数据、Python", en: "For example: 张伟, 数据, Python")
    package static let talentsSearch = Message(zh: "查询", en: "Search")
    package static let talentsReset = Message(zh: "清除条件", en: "Clear criteria")
    package static let filterAny = Message(zh: "不限", en: "Any")
    package static let talentsAgeMin = Message(zh: "最小年龄", en: "Minimum age")
    package static let talentsAgeMax = Message(zh: "最大年龄", en: "Maximum age")
    package static let talentsChain = Message(zh: "产业链（按工作单位）", en: "Industry chain (of the employer)")
    package static let talentsOccupation = Message(zh: "数字职业", en: "Digital occupation")
    package static let talentsSort = Message(zh: "排序", en: "Order")
    package static let sortRelevance = Message(zh: "相关度", en: "Relevance")
    package static let sortName = Message(zh: "姓名", en: "Name")
    package static let sortUpdated = Message(zh: "最近更新", en: "Last updated")
    package static func talentsCount(count: String) -> Message {
        Message(zh: "共 \(count) 人", en: "\(count) talents")
    }
    /// A number before a measure word: "3,500 人" with a space, "20 万人" without one.
    private static func unitSpaced(_ count: String) -> String { count.hasSuffix("万") ? count : count + " " }
    /// `count` as `Message.roughly` gives it (`unitSpaced`).
    package static func talentsCountEstimated(count: String) -> Message {
        Message(zh: "约 \(unitSpaced(count))人（估算）", en: "About \(count) talents (estimated)")
    }
    package static func talentsPageOfAbout(page: String, pages: String) -> Message {
        Message(zh: "第 \(page) 页，约 \(unitSpaced(pages))页", en: "Page \(page) of about \(pages)")
    }
    package static func talentsAbout(count: String) -> Message {
        Message(zh: "约 \(count)", en: "about \(count)")
    }
    package static let talentsEmpty = Message(
        zh: "没有符合条件的人才。请减少条件或换一个关键词。", en: "No talent matches. Remove a filter or try another keyword.")
    package static let talentsNext = Message(zh: "下一页", en: "Next page")
    package static let talentsFirst = Message(zh: "回到第一页", en: "Back to the first page")
    package static let talentsPages = Message(zh: "结果分页", en: "Result pages")
    package static let talentExportTitle = Message(zh: "导出人才数据", en: "Talent export")
    package static func talentExportCriteria(criteria: String, format: String) -> Message {
        Message(zh: "查询条件：\(criteria)；格式：\(format)", en: "Criteria: \(criteria); format: \(format)")
    }
    package static let talentExportEverything = Message(zh: "全部人才", en: "the whole pool")
    package static let talentExportQueued = Message(zh: "排队中，马上开始……", en: "Waiting to start…")
    package static func talentExportRunning(done: String, total: String) -> Message {
        Message(zh: "正在生成：已写入 \(done) / \(total) 行", en: "Writing: \(done) of \(total) rows")
    }
    package static func talentExportDone(rows: String, until: String) -> Message {
        Message(
            zh: "已生成，共 \(rows) 行。文件保留到 \(until)，仅您本人可以下载。",
            en: "Ready: \(rows) rows. The file is kept until \(until), for you alone to download.")
    }
    package static func talentExportFailed(reason: String) -> Message {
        Message(zh: "导出没有完成：\(reason)", en: "The export did not finish: \(reason)")
    }
    package static let talentExportInterrupted = Message(
        zh: "服务器多次中断，请重新导出。", en: "The server stopped several times; please export again.")
    package static let talentExportDownload = Message(zh: "下载文件", en: "Download the file")
    package static func talentsExportLarge(count: String) -> Message {
        Message(
            zh: "结果较多（\(unitSpaced(count))人），将在后台生成文件并显示进度：",
            en: "Many results (\(count)): the file is made in the background, with its progress shown:")
    }
    package static let talentsExportMakeCSV = Message(zh: "生成 CSV 文件", en: "Make a CSV file")
    package static let talentsExportMakeXLSX = Message(zh: "生成 Excel 文件", en: "Make an Excel file")
    package static func talentReferenceUnknown(line: String, entry: String) -> Message {
        Message(zh: "第 \(line) 行“\(entry)”：没有找到这个人。", en: "Line \(line), “\(entry)”: nobody found.")
    }
    package static func talentReferenceAmbiguous(line: String, entry: String, count: String) -> Message {
        Message(
            zh: "第 \(line) 行“\(entry)”：有 \(count) 人同名，请改填身份证号码。",
            en: "Line \(line), “\(entry)”: \(count) people have this name; write the ID number instead.")
    }
    package static func talentReferenceMore(count: String) -> Message {
        Message(zh: "另有 \(count) 行有误。", en: "\(count) more lines are wrong.")
    }
    package static let talentsWhy = Message(zh: "匹配依据", en: "Why it matched")
    package static let talentsMatchOccupation = Message(zh: "职业", en: "Occupation")
    package static let talentsResults = Message(zh: "查询结果", en: "Results")
    package static let talentsExportCSV = Message(zh: "导出 CSV", en: "Export CSV")
    package static let talentsExportXLSX = Message(zh: "导出 Excel", en: "Export Excel")
    package static func talentsExportNote(max: String) -> Message {
        Message(
            zh: "导出当前条件下的全部结果（最多 \(max) 条）；证件号码和手机号按您的权限显示。",
            en:
                "Exports every result of these criteria (at most \(max)); ID and mobile numbers are shown as your role allows."
        )
    }
    package static let talentsAge = Message(zh: "年龄", en: "Age")
    package static let talentsUpdated = Message(zh: "更新时间", en: "Updated")
    package static let talentsNew = Message(zh: "录入人才", en: "Add a talent")
    package static let talentsImport = Message(zh: "批量导入", en: "Bulk import")
    package static let talentStatus = Message(zh: "状态", en: "Status")
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
    package static let talentEditTitle = Message(zh: "修改人才信息", en: "Edit talent profile")
    package static let talentEditLink = Message(zh: "修改信息", en: "Edit profile")
    package static let talentEditIntro = Message(
        zh: "身份证号码不能修改；如号码有误，请联系管理员。", en: "The ID number cannot be changed; if it is wrong, contact an administrator.")
    package static let talentSave = Message(zh: "保存修改", en: "Save changes")
    package static let talentSaved = Message(zh: "修改已保存。", en: "Your changes are saved.")
    package static let myProfileLink = Message(zh: "我的人才档案", en: "My talent profile")
    package static let erasureHeading = Message(zh: "删除我的个人信息", en: "Erase my personal data")
    package static let erasureExplain = Message(
        zh: "提交后，管理员审核通过即不可恢复地删除您的姓名、证件号码、联系方式、学历和技能等个人信息，并停用账号；仅保留不含个人身份的统计数据。",
        en:
            "Once an administrator approves, your name, ID number, contact details, education, skills and other personal data are erased irreversibly and your account is closed; only anonymous statistics remain."
    )
    package static let erasureConfirm = Message(zh: "我了解删除后无法恢复", en: "I understand this cannot be undone")
    package static let erasureRequested = Message(
        zh: "已提交删除申请，等待管理员审核。", en: "Your erasure request is submitted and awaits an administrator.")
    package static func erasurePending(date: String) -> Message {
        Message(zh: "您的删除申请正在等待审核（提交于 \(date)）。", en: "Your erasure request, submitted on \(date), awaits review.")
    }
    package static let erasureConfirmMissing = Message(zh: "请勾选确认。", en: "Tick the confirmation.")
    package static let erasuresTitle = Message(zh: "个人信息删除申请", en: "Erasure requests")
    package static let erasuresIntro = Message(
        zh: "批准后，该人才的个人信息将被不可恢复地删除，账号停用；统计数据保留。",
        en: "Approving erases the talent's personal data irreversibly and closes the account; statistics remain.")
    package static let erasuresNone = Message(zh: "没有待处理的申请。", en: "No pending requests.")
    package static let erasureApprove = Message(zh: "批准并删除", en: "Approve and erase")
    package static let erasureReject = Message(zh: "驳回", en: "Reject")
    package static let erasureApproved = Message(zh: "已删除该人才的个人信息。", en: "The talent's personal data is erased.")
    package static let erasureRejected = Message(zh: "已驳回申请。", en: "The request is rejected.")
    package static let erasureAlreadyDecided = Message(zh: "该申请已处理。", en: "This request has already been decided.")
    package static let columnRequestedAt = Message(zh: "申请时间", en: "Requested")
    package static let columnActions = Message(zh: "操作", en: "Actions")
    package static let importTitle = Message(zh: "批量导入人才", en: "Bulk import of talents")
    package static let importIntro = Message(
        zh:
            "上传 CSV（UTF-8 或 GBK/GB18030 编码）或 Excel（.xlsx）文件，列名可用中文或英文，列名行上方可有标题行（须在前 10 行内）。必填列：姓名、身份证号、区县；序号、民族等其他列会被忽略并在结果中列出。",
        en:
            "Upload a CSV (UTF-8 or GBK/GB18030) or Excel (.xlsx) file with a header row in Chinese or English; a title may sit above it (the header within the first 10 rows). Required: name, resident ID, district; other columns (序号, 民族, …) are ignored and listed in the result."
    )
    package static let importColumnsHint = Message(
        zh: "可选列：性别、出生日期（须与身份证号一致）、手机号、邮箱、学历、毕业院校、专业、毕业年份、单位统一社会信用代码、职业编码、技能、人才类别、重点群体。",
        en:
            "Optional: gender, birth date (both must match the ID number), mobile, email, education, school, major, graduation year, employer credit code, occupations, skills, categories, key groups."
    )
    package static let importFile = Message(zh: "导入文件", en: "File to import")
    package static func importFileHint(max: String) -> Message {
        Message(zh: "最大 \(max) MB。", en: "At most \(max) MB.")
    }
    package static let importPartial = Message(
        zh: "只导入正确的行（默认：有任何错误就全部不导入）", en: "Import the valid rows only (default: import nothing if any row is wrong)")
    package static let importUpsert = Message(
        zh: "身份证号已存在时更新原有信息（默认：拒绝）", en: "Update a profile whose ID number already exists (default: reject)")
    package static let importConsent = Message(
        zh: "我确认文件中的每个人都已同意按平台隐私说明处理其个人信息",
        en:
            "I confirm everyone in the file consented to the processing of their data under the platform's privacy notice"
    )
    package static let importSubmit = Message(zh: "上传并导入", en: "Upload and import")
    package static let importStatusTitle = Message(zh: "导入进度", en: "Import progress")
    package static func importRunning(done: String, total: String) -> Message {
        Message(zh: "正在处理：已检查 \(done) / \(total) 行。", en: "Working: \(done) of \(total) rows checked.")
    }
    package static let importQueued = Message(zh: "文件已收到，即将开始处理。", en: "File received; processing starts shortly.")
    package static func importDone(created: String, updated: String, rejected: String) -> Message {
        Message(
            zh: "导入完成：新增 \(created) 人，更新 \(updated) 人，拒绝 \(rejected) 行。",
            en: "Import finished: \(created) added, \(updated) updated, \(rejected) rows rejected.")
    }
    package static func importNothingWritten(rejected: String) -> Message {
        Message(
            zh: "没有写入任何数据：\(rejected) 行有错误。请修改后重新上传。",
            en: "Nothing was written: \(rejected) rows have errors. Fix them and upload again.")
    }
    package static func importFailed(reason: String) -> Message {
        Message(zh: "无法导入该文件：\(reason)", en: "The file cannot be imported: \(reason)")
    }
    package static let importAgain = Message(zh: "再导入一个文件", en: "Import another file")
    package static let importFileMissing = Message(zh: "请选择要上传的文件。", en: "Choose a file to upload.")
    package static let importFileConsent = Message(
        zh: "请确认文件中的人员已同意。", en: "Confirm that the people in the file consented.")
    package static let importRowMissing = Message(zh: "必填项为空。", en: "This required cell is empty.")
    package static func importRowDuplicateInFile(row: String) -> Message {
        Message(zh: "与第 \(row) 行的身份证号码重复。", en: "The same ID number as row \(row).")
    }
    package static let importRowExists = Message(
        zh: "该身份证号码已在人才库中（勾选“更新原有信息”可覆盖）。", en: "This ID number is already in the pool (tick “update” to overwrite).")
    package static let importRowEmployerUnknown = Message(
        zh: "平台上没有此统一社会信用代码的单位。", en: "No organisation with this credit code is registered.")
    package static let importRowFormula = Message(
        zh: "单元格以公式开头，已拒绝（为防止公式注入）。", en: "The cell starts like a formula and is refused (formula injection).")
    package static func importRowTooLong(max: String) -> Message {
        Message(zh: "内容过长（最多 \(max) 个字符）。", en: "Too long (at most \(max) characters).")
    }
    package static let importJobMissing = Message(zh: "找不到该导入任务。", en: "This import does not exist.")
    package static let districtUnknownCode = Message(
        zh: "区县不存在：请填写代码（如 370303）或名称（如 张店区）。", en: "Unknown district: give its code (e.g. 370303) or name (e.g. 张店区).")
    package static func importWriting(done: String, total: String) -> Message {
        Message(
            zh: "正在写入：已写入 \(done) / \(total) 行。其他人可同时正常使用平台。",
            en: "Writing: \(done) of \(total) rows written. Others can use the platform as usual meanwhile.")
    }
    package static let importInterrupted = Message(
        zh: "导入在写入过程中中断（服务器停止运行），已写入的数据已全部撤回。请重新上传该文件。",
        en:
            "The import broke off while writing (the server stopped); everything it had written was taken back. Please upload the file again."
    )
    package static let talentClassificationStaffOnly = Message(
        zh: "人才类别和重点群体由人社部门工作人员认定，您不能修改。",
        en: "Talent categories and key groups are recorded by HR department staff; you cannot change them.")
    package static let registerNotPossible = Message(
        zh: "无法用这些信息注册。如果您已有账号，请直接登录；如果您的档案由工作人员录入过，请联系人社部门为您开通账号。",
        en:
            "These details cannot be used to register. If you already have an account, sign in; if staff entered your profile before, ask the HR bureau to open an account for you."
    )
    package static func registerThrottled(minutes: String) -> Message {
        Message(
            zh: "注册尝试过于频繁，请 \(minutes) 分钟后再试。", en: "Too many registration attempts; try again in \(minutes) minutes.")
    }
}

// The pool's part of a workspace.
extension Message {
    package static let workspaceErasuresPending = Message(zh: "待审核的删除申请", en: "Erasure requests to decide")
    package static let workspaceImportsRunning = Message(zh: "正在进行的批量导入", en: "Imports still running")
    package static let workspacePoolSize = Message(zh: "人才库在库人数", en: "Profiles in the pool")
    package static let workspaceStaffInPool = Message(zh: "本单位在库人才", en: "Your staff in the pool")
}

extension Message {
    /// The summary of the search's folded conditions.
    package static func talentsMoreFilters(chosen: String) -> Message {
        Message(zh: "筛选条件（已选 \(chosen) 项）", en: "Filters (\(chosen) chosen)")
    }
}
