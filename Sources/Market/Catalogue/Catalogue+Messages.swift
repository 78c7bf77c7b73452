import SiteKit
import TalentDomain

/// The catalogue's texts, in Chinese and English: the public page, declarations,
/// editions, refusals and notifications (M3).
extension Message {
    // The public catalogue
    package static let catalogueTitle = Message(
        zh: "淄博市急需紧缺数字工程师目录", en: "Zibo catalogue of urgently needed digital engineers")
    package static let catalogueTitleShort = Message(zh: "紧缺目录", en: "Shortage catalogue")
    package static func catalogueYearTitle(year: Int) -> Message {
        Message(
            zh: "淄博市急需紧缺数字工程师目录（\(year) 年度）",
            en: "Zibo catalogue of urgently needed digital engineers, \(year)")
    }
    package static let catalogueIntro = Message(
        zh: "按全市重点产业链汇编企业申报的数字工程师需求，每年编制一版，为数字人才培育和引进提供指引（措施三）。",
        en:
            "The digital engineers that enterprises need, compiled by the city's key industry chains once a year to guide the training and recruitment of digital talent (measure 3)."
    )
    package static let catalogueNotPublished = Message(
        zh: "本年度目录尚未发布。", en: "No catalogue has been published for this year yet.")
    package static let catalogueNoMatch = Message(zh: "没有符合条件的目录条目。", en: "No entry matches.")
    package static func catalogueEditionLine(number: Int, date: String) -> Message {
        Message(zh: "第 \(number) 版，\(date) 发布。", en: "Edition \(number), published on \(date).")
    }
    package static let catalogueOccupationCount = Message(zh: "紧缺职业", en: "Occupations")
    package static let catalogueChainCount = Message(zh: "产业链", en: "Industry chains")
    package static let catalogueHeadcountTotal = Message(zh: "需求人数", en: "People needed")
    package static let catalogueEmployerTotal = Message(zh: "申报企业", en: "Declaring enterprises")
    package static let catalogueAllChains = Message(zh: "全部产业链", en: "All chains")
    package static let catalogueAnyUrgency = Message(zh: "不限", en: "Any")
    package static let catalogueFilterButton = Message(zh: "筛选", en: "Filter")
    package static func catalogueShownCount(shown: Int, total: Int) -> Message {
        Message(zh: "显示 \(shown) 条，共 \(total) 条。", en: "Showing \(shown) of \(total) entries.")
    }
    package static let catalogueDownloadXLSX = Message(zh: "下载 Excel", en: "Download Excel")
    package static let catalogueDownloadCSV = Message(zh: "下载 CSV", en: "Download CSV")
    package static func catalogueChainSummary(occupations: Int, people: Int) -> Message {
        Message(zh: "\(occupations) 个职业，需求 \(people) 人", en: "\(occupations) occupations, \(people) people")
    }
    package static let catalogueOtherYears = Message(zh: "各年度目录", en: "Catalogues by year")
    package static let catalogueOrAbove = Message(zh: "及以上", en: " or above")
    package static let catalogueNotRequired = Message(zh: "不限", en: "Not required")
    package static func catalogueYears(count: Int) -> Message {
        Message(zh: "\(count) 年以上", en: count == 1 ? "1 year or more" : "\(count) years or more")
    }
    package static let catalogueListSeparator = Message(zh: "；", en: "; ")

    // Columns and fields
    package static let catalogueYear = Message(zh: "年度", en: "Year")
    package static let catalogueOccupation = Message(zh: "职业", en: "Occupation")
    package static let catalogueOccupationCode = Message(zh: "职业编码", en: "Occupation code")
    package static let catalogueOccupationHint = Message(
        zh: "输入职业名称或编码，从提示中选择（2022 年版职业分类大典中的数字职业）。",
        en: "Type an occupation's name or code and pick it (a digital occupation of the 2022 classification).")
    package static let catalogueChain = Message(zh: "产业链", en: "Industry chain")
    package static let catalogueChooseChain = Message(zh: "请选择产业链", en: "Choose a chain")
    package static let catalogueHeadcount = Message(zh: "需求人数", en: "People needed")
    package static let catalogueUrgency = Message(zh: "紧缺程度", en: "Urgency")
    package static let catalogueChooseUrgency = Message(zh: "请选择紧缺程度", en: "Choose the urgency")
    package static let catalogueEducation = Message(zh: "学历要求", en: "Education")
    package static let catalogueExperience = Message(zh: "工作经验（年）", en: "Experience (years)")
    package static let cataloguePay = Message(zh: "月薪（元）", en: "Monthly pay (yuan)")
    package static let cataloguePayMin = Message(zh: "月薪下限（元）", en: "Monthly pay from (yuan)")
    package static let cataloguePayMax = Message(zh: "月薪上限（元）", en: "Monthly pay up to (yuan)")
    package static let catalogueSkills = Message(zh: "技能要求", en: "Skills")
    package static let catalogueSkillsHint = Message(
        zh: "用逗号、顿号或换行分隔，最多 20 项。", en: "Separate with commas or new lines; at most 20.")
    package static let catalogueEmployers = Message(zh: "申报企业数", en: "Enterprises")
    package static let catalogueEmployer = Message(zh: "企业", en: "Enterprise")
    package static let catalogueState = Message(zh: "状态", en: "State")
    package static let catalogueLines = Message(zh: "需求明细", en: "Needs")
    package static let catalogueLineCount = Message(zh: "需求条数", en: "Lines")
    package static let catalogueSubmittedAt = Message(zh: "提交日期", en: "Submitted on")
    package static let catalogueActions = Message(zh: "操作", en: "Actions")
    package static let urgencyShortage = Message(zh: "紧缺", en: "Shortage")
    package static let urgencyUrgent = Message(zh: "急需", en: "Urgent")
    package static let urgencyGeneral = Message(zh: "一般", en: "Regular")

    // Declarations
    package static let catalogueDeclarationsTitle = Message(zh: "紧缺人才需求申报", en: "Urgent-need declarations")
    package static let catalogueDeclarationsIntro = Message(
        zh: "每年申报一次本单位急需紧缺的数字工程师：每条需求写明职业、产业链、人数和待遇。提交后由工业和信息化局、人力资源社会保障局汇编进年度目录。",
        en:
            "Once a year, declare the digital engineers your enterprise urgently needs: each line names an occupation, a chain, how many people and the pay. Once submitted, the industry and HR bureaus compile it into the year's catalogue."
    )
    package static let catalogueReviewIntro = Message(
        zh: "各企业提交的需求申报。有问题的申报可退回企业修改；已提交的申报在汇编时进入目录草稿。",
        en:
            "The declarations enterprises submitted. Return one that needs correcting; submitted ones go into the catalogue draft when it is compiled."
    )
    package static let catalogueNoDeclarations = Message(zh: "还没有需求申报。", en: "There are no declarations yet.")
    package static let catalogueAllYears = Message(zh: "全部年度", en: "All years")
    package static let catalogueDeclarationOpen = Message(zh: "开始申报", en: "Start a declaration")
    package static func catalogueDeclarationTitle(year: Int, employer: String) -> Message {
        Message(zh: "\(employer) · \(year) 年度需求申报", en: "\(employer): declaration for \(year)")
    }
    package static let catalogueNoLines = Message(
        zh: "还没有需求。在下方添加第一条。", en: "No needs yet. Add the first one below.")
    package static let catalogueAddLine = Message(zh: "添加需求", en: "Add a need")
    package static let catalogueAddLineButton = Message(zh: "添加", en: "Add")
    package static let catalogueRemoveLine = Message(zh: "删除", en: "Remove")
    package static let catalogueSubmit = Message(zh: "提交申报", en: "Submit the declaration")
    package static let catalogueSubmitHint = Message(
        zh: "提交后不能再修改，除非被退回。", en: "Once submitted it cannot be changed unless it is returned.")
    package static let catalogueReturn = Message(zh: "退回修改", en: "Return for correction")
    package static let catalogueReturnReason = Message(zh: "退回原因", en: "Reason")
    package static let catalogueReturnedBecause = Message(zh: "已退回：", en: "Returned:")
    package static let catalogueLineAddedNotice = Message(zh: "需求已添加。", en: "The need was added.")
    package static let catalogueLineRemovedNotice = Message(zh: "需求已删除。", en: "The need was removed.")
    package static let catalogueSubmittedNotice = Message(zh: "申报已提交。", en: "The declaration was submitted.")
    package static let catalogueReturnedNotice = Message(
        zh: "申报已退回企业。", en: "The declaration was returned to the enterprise.")
    package static let declarationStateDraft = Message(zh: "填写中", en: "Draft")
    package static let declarationStateSubmitted = Message(zh: "已提交", en: "Submitted")
    package static let declarationStateReturned = Message(zh: "已退回", en: "Returned")

    // Editions
    package static let catalogueEditionsTitle = Message(zh: "目录编制", en: "Catalogue editions")
    package static let catalogueEditionsIntro = Message(
        zh: "汇编把本年度已提交的申报按产业链和职业合并成目录草稿；发布后不可更改。需要更正时重新汇编、发布新版本，新版本取代旧版本，两版都保留并列出差异。",
        en:
            "Compiling merges the year's submitted declarations by chain and occupation into a draft; a published edition never changes. To correct one, compile and publish a new edition: it supersedes the old, both are kept and the differences listed."
    )
    package static let catalogueNoEditions = Message(zh: "还没有目录版本。", en: "There are no editions yet.")
    package static let catalogueEditionNumber = Message(zh: "版本", en: "Edition")
    package static func catalogueEditionName(number: Int) -> Message {
        Message(zh: "第 \(number) 版", en: "Edition \(number)")
    }
    package static func catalogueEditionTitle(year: Int, number: Int) -> Message {
        Message(zh: "\(year) 年度目录 · 第 \(number) 版", en: "Catalogue \(year), edition \(number)")
    }
    package static let catalogueEntries = Message(zh: "目录条目", en: "Entries")
    package static let catalogueEntryCount = Message(zh: "条目数", en: "Entries")
    package static let catalogueDeclarationCount = Message(zh: "申报数", en: "Declarations")
    package static let catalogueCompiledAt = Message(zh: "汇编时间", en: "Compiled")
    package static let cataloguePublishedAt = Message(zh: "发布时间", en: "Published")
    package static let catalogueCompile = Message(zh: "汇编草稿", en: "Compile a draft")
    package static let catalogueCompileHint = Message(
        zh: "已有草稿时重新汇编，草稿按最新提交的申报更新。",
        en: "If the year has a draft, it is compiled again from the declarations submitted now.")
    package static func catalogueYearWaiting(year: Int, submitted: Int) -> Message {
        Message(zh: "\(year) 年（已提交 \(submitted) 份）", en: "\(year) (\(submitted) submitted)")
    }
    package static let cataloguePublish = Message(zh: "发布", en: "Publish")
    package static let cataloguePublishHint = Message(
        zh: "发布后目录向社会公开，且不能再修改。", en: "Once published the catalogue is public and never changes.")
    package static func cataloguePublishCorrectionHint(number: Int) -> Message {
        Message(
            zh: "本版发布后将取代第 \(number) 版。请写明更正内容。",
            en: "Once published this edition supersedes edition \(number). Say what it corrects.")
    }
    package static let catalogueCorrectionNote = Message(zh: "更正说明", en: "What it corrects")
    package static let catalogueDiscard = Message(zh: "删除草稿", en: "Discard the draft")
    package static let catalogueDiscardConfirm = Message(
        zh: "删除后草稿不可恢复，申报不受影响。", en: "The draft is deleted for good; the declarations stay.")
    package static let catalogueSeePublic = Message(zh: "查看公开目录", en: "See the public catalogue")
    package static let catalogueCompiledNotice = Message(zh: "草稿已汇编。", en: "The draft was compiled.")
    package static let cataloguePublishedNotice = Message(zh: "目录已发布。", en: "The catalogue was published.")
    package static let catalogueDiscardedNotice = Message(zh: "草稿已删除。", en: "The draft was discarded.")
    package static let editionStateDraft = Message(zh: "草稿", en: "Draft")
    package static let editionStatePublished = Message(zh: "已发布", en: "Published")
    package static func catalogueDifferenceSummary(number: Int, added: Int, removed: Int, changed: Int) -> Message {
        Message(
            zh: "与第 \(number) 版相比：新增 \(added) 项，删除 \(removed) 项，调整 \(changed) 项",
            en: "Against edition \(number): \(added) added, \(removed) removed, \(changed) changed")
    }
    package static let catalogueNoDifference = Message(zh: "条目没有变化。", en: "No entry changed.")
    package static func catalogueAdded(entry: String, people: Int) -> Message {
        Message(zh: "新增：\(entry)（\(people) 人）", en: "Added: \(entry) (\(people) people)")
    }
    package static func catalogueRemoved(entry: String) -> Message {
        Message(zh: "删除：\(entry)", en: "Removed: \(entry)")
    }
    package static func catalogueChanged(entry: String, what: String) -> Message {
        Message(zh: "调整：\(entry)，\(what)", en: "Changed: \(entry): \(what)")
    }
    package static func catalogueFieldChange(field: String, old: String, new: String) -> Message {
        Message(zh: "\(field) \(old) → \(new)", en: "\(field) \(old) → \(new)")
    }

    // Refusals
    package static let catalogueOccupationUnknown = Message(
        zh: "职业不在职业分类大典中，请从提示中选择。", en: "The occupation is not in the classification; pick one from the list.")
    package static let catalogueOccupationNotDigital = Message(
        zh: "该职业不是数字职业，紧缺目录只收数字职业。",
        en: "That occupation is not a digital one; the catalogue lists digital occupations only.")
    package static let catalogueChainUnknown = Message(
        zh: "产业链不在重点产业链名单中。", en: "The chain is not one of the key industry chains.")
    package static let catalogueSkillsTooMany = Message(
        zh: "技能要求最多 20 项，每项不超过 30 个字。", en: "At most 20 skills of at most 30 characters each.")
    package static func catalogueMonthlyPayRange(field: String, max: String) -> Message {
        Message(
            zh: "\(field)须大于 0 且不超过 \(max) 元。", en: "\(field) must be above 0 and at most \(max) yuan.")
    }
    package static let cataloguePayUpsideDown = Message(
        zh: "月薪上限不能低于月薪下限。", en: "The monthly pay up to cannot be below the pay from.")
    package static let catalogueDeclarationExists = Message(
        zh: "本单位该年度已有需求申报，请在原申报中修改。",
        en: "Your enterprise already has a declaration for that year; change that one.")
    package static let catalogueLineExists = Message(
        zh: "该职业在此产业链下已有一条需求，请删除后重新添加。",
        en: "There is already a need for this occupation in this chain; remove it first.")
    package static let catalogueDeclarationEmpty = Message(
        zh: "申报中至少要有一条需求。", en: "A declaration needs at least one line.")
    package static func catalogueDeclarationStateConflict(state: String) -> Message {
        Message(zh: "申报当前为“\(state)”，不能这样操作。", en: "The declaration is \(state); that step is not possible.")
    }
    package static let catalogueNothingToCompile = Message(
        zh: "该年度还没有已提交的申报，无法汇编。", en: "No declaration has been submitted for that year yet.")
    package static let catalogueEditionPublished = Message(
        zh: "该版本已发布，不能再修改或删除。", en: "That edition is published and can no longer change.")

    // Importing collected declarations
    package static let catalogueImportTitle = Message(zh: "导入需求申报", en: "Import declarations")
    package static func catalogueImportIntro(max: Int) -> Message {
        Message(
            zh:
                "上传线下收集的需求汇总表（CSV 或 Excel，最多 \(max) 行），每行一条需求，按统一社会信用代码对应已登记的单位。每家单位的需求成为其本年度申报并直接提交；已提交申报的单位须先退回。默认只要有一行有误就不导入任何数据。",
            en:
                "Upload the summary of needs collected offline (CSV or Excel, at most \(max) rows): one need a row, its enterprise by unified social credit code. Each enterprise's needs become its declaration for the year, submitted; one that already submitted must be returned first. By default nothing is imported if any row is wrong."
        )
    }
    package static let catalogueImportFile = Message(zh: "文件", en: "File")
    package static let catalogueImportPartial = Message(
        zh: "有误的行不导入，只导入无误的行", en: "Import the valid rows and leave out the refused ones")
    package static let catalogueImportButton = Message(zh: "导入", en: "Import")
    package static let catalogueImportColumns = Message(zh: "文件的列", en: "The file's columns")
    package static let catalogueImportTemplate = Message(zh: "下载模板", en: "Download the template")
    package static func catalogueImportWritten(declarations: Int, lines: Int, rejected: Int) -> Message {
        Message(
            zh: "已导入 \(declarations) 家单位的 \(lines) 条需求\(rejected > 0 ? "；\(rejected) 行有误，未导入" : "")。",
            en:
                "Imported \(lines) needs of \(declarations) enterprises\(rejected > 0 ? "; \(rejected) rows were refused and left out" : "")."
        )
    }
    package static func catalogueImportRefused(rejected: Int, rows: Int) -> Message {
        Message(
            zh: "\(rows) 行中有 \(rejected) 行有误，未导入任何数据。请修改后重新上传。",
            en: "\(rejected) of \(rows) rows were refused, so nothing was imported. Correct them and upload again.")
    }
    package static func catalogueImportTooLarge(max: Int) -> Message {
        Message(zh: "文件不能超过 \(max) MB。", en: "The file must be at most \(max) MB.")
    }
    package static let catalogueImportEmployerUnknown = Message(
        zh: "没有这个统一社会信用代码的登记单位。", en: "No registered organisation has this credit code.")
    package static func catalogueImportEmployerName(registered: String) -> Message {
        Message(
            zh: "单位名称与登记的“\(registered)”不一致。", en: "The name differs from the registered “\(registered)”.")
    }
    package static let catalogueImportSubmitted = Message(
        zh: "该单位本年度已提交申报；如需更正，请先退回。",
        en: "This enterprise already submitted its declaration for the year; return it first to change it.")

    // Workspace and notifications
    package static let workspaceDeclareNeeds = Message(zh: "申报本年度紧缺人才需求", en: "Declare this year's urgent needs")
    package static let workspaceDeclarationReturned = Message(
        zh: "需求申报被退回，请修改后重新提交", en: "Your declaration was returned: correct and resubmit it")
    package static let workspaceDeclarationsSubmitted = Message(
        zh: "已提交待汇编的需求申报", en: "Declarations submitted for the catalogue")
    package static let workspaceCatalogueDrafts = Message(zh: "待发布的目录草稿", en: "Catalogue drafts to publish")
    package static func notifyDeclarationReturned(year: Int, reason: String) -> Message {
        Message(
            zh: "您单位 \(year) 年度的紧缺人才需求申报被退回：\(reason)",
            en: "Your enterprise's declaration of urgent needs for \(year) was returned: \(reason)")
    }
}
