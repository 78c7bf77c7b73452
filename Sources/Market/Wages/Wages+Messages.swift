import SiteKit
import TalentDomain

/// Wage price information's texts (工资价位, M9), in Chinese and English.
extension Message {
    // The public pages
    package static let wagesNav = Message(zh: "工资价位", en: "Pay levels")
    package static let wagesTitle = Message(zh: "淄博市数字职业工资价位", en: "Zibo pay levels of digital occupations")
    package static func wageYearTitle(year: Int) -> Message {
        Message(zh: "淄博市数字职业工资价位（\(year) 年度）", en: "Zibo pay levels of digital occupations, \(year)")
    }
    package static let wagesIntro = Message(
        zh: "根据用人单位报送的职工年度工资，按职业、技能等级和重点产业链发布的工资分位值，为企业确定薪酬和人才求职提供参考（措施九）。金额为年薪（元）。",
        en:
            "Percentiles of annual pay by occupation, skill level and key industry chain, from what employers report of their staff's pay, to guide pay setting and job seeking (measure 9). Amounts are annual pay in yuan."
    )
    package static let wagesNotPublished = Message(
        zh: "尚未发布工资价位。", en: "No wage price information has been published yet.")
    package static func wageYearLine(employers: Int, employees: Int, date: String) -> Message {
        Message(
            zh: "\(employers) 家单位报送 \(employees) 名职工，\(date) 发布。",
            en: "\(employees) employees reported by \(employers) employers; published on \(date).")
    }
    package static let wageMethodTitle = Message(zh: "计算方法与保密规则", en: "How the figures are computed")
    package static let wageMethod = Message(
        zh:
            "分位值采用线性插值法（与 Excel 的 PERCENTILE.INC 相同）：将 n 名职工的年薪从低到高排列，第 k 百分位位于第 1 + (n − 1) × k ÷ 100 位，不是整数位时按相邻两人的年薪线性插值，结果四舍五入到分。全程用整数计算。",
        en:
            "Percentiles use linear interpolation (as Excel's PERCENTILE.INC): the n employees' annual pay sorted from lowest to highest, the k-th percentile is at position 1 + (n − 1) × k ÷ 100, interpolated between the two neighbours when that is not a whole position, and rounded half up to the fen. Everything is computed in integers."
    )
    package static let wageSuppression = Message(
        zh: "为保护单位薪酬信息，报送单位少于 5 家或职工少于 10 人的分组不公布分位值，在页面和下载文件中均如此。",
        en:
            "To protect each employer's pay, a group with fewer than 5 reporting employers or fewer than 10 employees shows no figure, on the page and in every download."
    )
    package static func wageChartLabel(count: Int) -> Message {
        Message(
            zh: "\(count) 个职业的年薪分布箱线图：线为第 10 至第 90 百分位，方框为第 25 至第 75 百分位，竖线为中位数。",
            en:
                "Box plots of annual pay for \(count) occupations: the line spans the 10th to 90th percentile, the box the 25th to 75th, the bar is the median."
        )
    }
    package static func wageChartTick(value: String) -> Message {
        Message(zh: "\(value) 万元", en: "¥\(value)0k")
    }
    package static let wageChartTitle = Message(zh: "各职业年薪分布图", en: "Annual pay by occupation")
    package static let wagePercentiles = Message(zh: "分位值", en: "Percentiles")
    package static let wageSummary = Message(zh: "各职业工资价位", en: "Pay by occupation")
    package static let wageSummaryHint = Message(
        zh: "点击职业名称查看其各技能等级和各产业链的工资价位。",
        en: "Choose an occupation to see its pay by skill level and by industry chain.")
    package static let wageMedianChangeColumn = Message(zh: "中位数较上年", en: "Median vs last year")
    package static func wageChangeShort(percent: Int) -> Message {
        Message(zh: "\(percent >= 0 ? "+" : "−")\(abs(percent))%", en: "\(percent >= 0 ? "+" : "−")\(abs(percent))%")
    }
    package static let wageOtherYears = Message(zh: "各年度工资价位", en: "Pay levels by year")
    package static let wageAllLevels = Message(zh: "全部", en: "All")
    package static func wageInChain(chain: String) -> Message {
        Message(zh: "产业链：\(chain)", en: "Chain: \(chain)")
    }
    package static let wageCellColumn = Message(zh: "分组", en: "Group")
    package static let wageEmployers = Message(zh: "单位数", en: "Employers")
    package static let wageEmployees = Message(zh: "职工人数", en: "Employees")
    package static let wageP10 = Message(zh: "第 10 百分位", en: "10th pct")
    package static let wageP25 = Message(zh: "第 25 百分位", en: "25th pct")
    package static let wageP50 = Message(zh: "中位数", en: "Median")
    package static let wageP75 = Message(zh: "第 75 百分位", en: "75th pct")
    package static let wageP90 = Message(zh: "第 90 百分位", en: "90th pct")
    package static let wageSuppressed = Message(
        zh: "样本不足（少于 5 家单位或 10 名职工），不予公布", en: "Too few to show (under 5 employers or 10 employees)")
    package static let wageSuppressedShort = Message(zh: "不公布", en: "not shown")
    package static func wageMedianChange(previous: String, percent: Int) -> Message {
        Message(
            zh: "中位数较上年（\(previous) 元）\(percent >= 0 ? "上升" : "下降") \(abs(percent))%。",
            en: "The median is \(abs(percent))% \(percent >= 0 ? "above" : "below") last year's (¥\(previous)).")
    }
    package static let wageDimensionOccupation = Message(zh: "职业", en: "Occupation")
    package static let wageDimensionLevel = Message(zh: "职业 × 技能等级", en: "Occupation × level")
    package static let wageDimensionChain = Message(zh: "职业 × 产业链", en: "Occupation × chain")

    // Reports
    package static let wageReportsTitle = Message(zh: "工资价位报送", en: "Pay reports")
    package static let wageReportsIntro = Message(
        zh: "每年报送一次本单位数字职业职工的年度工资（税前应发，元）。报送内容只有本单位和人力资源社会保障局可见，发布时只公布汇总的分位值。",
        en:
            "Once a year, report the annual pay (gross, in yuan) of your staff in digital occupations. Only your organisation and the HR bureau see it; only aggregated percentiles are published."
    )
    package static let wageReportsReviewIntro = Message(
        zh: "各单位报送的工资。发布年度后报送关闭，只公布汇总的分位值。",
        en: "The pay employers reported. Publishing a year closes its reports; only aggregated percentiles are shown.")
    package static let wageYear = Message(zh: "工资所属年度", en: "Year of the pay")
    package static let wageReportOpen = Message(zh: "开始报送", en: "Start a report")
    package static let wageNoReports = Message(zh: "还没有工资报送。", en: "There are no pay reports yet.")
    package static func wageReportTitle(year: Int, employer: String) -> Message {
        Message(zh: "\(employer) · \(year) 年度工资报送", en: "\(employer): pay report for \(year)")
    }
    package static let wagePrivacy = Message(
        zh: "本报送只有本单位和人力资源社会保障局可见；公开页面只显示 5 家以上单位、10 名以上职工汇总的分位值。",
        en:
            "Only your organisation and the HR bureau see this report; the public page shows only percentiles of at least 5 employers and 10 employees together."
    )
    package static let wageNoEmployees = Message(zh: "还没有职工。在下方添加。", en: "No employees yet. Add them below.")
    package static let wageSkillLevel = Message(zh: "技能等级", en: "Skill level")
    package static let wageLevelUnknown = Message(zh: "未区分等级", en: "Not by level")
    package static let wageOwnMedian = Message(zh: "本单位中位数（元）", en: "Your median (yuan)")
    package static let wageAddEmployees = Message(zh: "添加职工工资", en: "Add employees' pay")
    package static let wagePays = Message(zh: "每名职工的年薪（元）", en: "Each employee's annual pay (yuan)")
    package static let wagePaysHint = Message(
        zh: "每行一个人，或用逗号分隔，例如 156000。一次最多 2000 人；更多请分批添加。",
        en: "One person a line, or separated by commas, e.g. 156000. At most 2,000 at a time.")
    package static func wagePaysCount(max: Int) -> Message {
        Message(zh: "请填写 1 到 \(max) 名职工的年薪。", en: "Give the annual pay of 1 to \(max) employees.")
    }
    package static func wagePayInvalid(position: Int, value: String, max: String) -> Message {
        Message(
            zh: "第 \(position) 个年薪“\(value)”无效：须大于 0、不超过 \(max) 元、最多两位小数。",
            en: "Pay number \(position), “\(value)”, is not valid: above 0, at most \(max) yuan, two decimals at most.")
    }
    package static let wageSubmit = Message(zh: "提交报送", en: "Submit the report")
    package static let wageSubmitHint = Message(
        zh: "提交后在年度发布前仍可撤回修改。", en: "Until the year is published you can take it back to change it.")
    package static let wageWithdraw = Message(zh: "撤回修改", en: "Take back to change")
    package static let wageAddedNotice = Message(zh: "职工工资已添加。", en: "The employees were added.")
    package static let wageSubmittedNotice = Message(zh: "报送已提交。", en: "The report was submitted.")
    package static let wageWithdrawnNotice = Message(zh: "报送已撤回，可以修改。", en: "The report was taken back.")
    package static let wageReportStateDraft = Message(zh: "填写中", en: "Draft")
    package static let wageReportStateSubmitted = Message(zh: "已提交", en: "Submitted")
    package static func wageReportStateConflict(state: String) -> Message {
        Message(zh: "报送当前为“\(state)”，不能这样操作。", en: "The report is \(state); that step is not possible.")
    }
    package static let wageReportExists = Message(
        zh: "本单位该年度已有工资报送。", en: "Your organisation already has a report for that year.")
    package static let wageReportEmpty = Message(zh: "报送中至少要有一名职工。", en: "A report needs at least one employee.")
    package static func wageYearClosed(year: Int) -> Message {
        Message(zh: "\(year) 年度工资价位已发布，报送已关闭。", en: "\(year) is published: its reports are closed.")
    }

    // Years
    package static let wageYearsTitle = Message(zh: "工资价位发布", en: "Publishing pay levels")
    package static let wageYearsIntro = Message(
        zh: "发布会关闭该年度的报送，按已提交的报送计算各职业、技能等级和产业链的分位值并公开；未提交的报送不计入。发布后不能撤销。",
        en:
            "Publishing closes the year's reports, computes the percentiles of each occupation, level and chain from the submitted reports and makes them public; drafts are left out. It cannot be undone."
    )
    package static let wageSubmittedReports = Message(zh: "已提交", en: "Submitted")
    package static let wageDraftReports = Message(zh: "填写中", en: "Drafts")
    package static let wageYearOpen = Message(zh: "报送中", en: "Open")
    package static let wageYearPublished = Message(zh: "已发布", en: "Published")
    package static let wagePublish = Message(zh: "发布", en: "Publish")
    package static func wagePublishYear(year: Int) -> Message {
        Message(zh: "发布 \(year) 年度工资价位", en: "Publish \(year)")
    }
    package static let wageSeePublic = Message(zh: "查看公开页面", en: "See the public page")
    package static let wagePublishedNotice = Message(zh: "工资价位已发布。", en: "The pay levels were published.")
    package static func wageNothingToPublish(year: Int) -> Message {
        Message(zh: "\(year) 年度还没有已提交的报送。", en: "No report for \(year) has been submitted.")
    }

    // Workspace
    package static let workspaceWageReport = Message(zh: "报送上年度职工工资", en: "Report last year's pay")
    package static let workspaceWageReportsSubmitted = Message(
        zh: "已提交的工资报送", en: "Pay reports submitted")

    // Audit
    package static let auditEntityWageReport = Message(zh: "工资报送", en: "Pay report")
    package static let auditEntityWageYear = Message(zh: "工资价位年度", en: "Pay level year")
    package static let auditWageReportOpen = Message(zh: "新建工资报送", en: "Open a pay report")
    package static let auditWageReportChange = Message(zh: "修改工资报送", en: "Change a pay report")
    package static let auditWageReportSubmit = Message(zh: "提交工资报送", en: "Submit a pay report")
    package static let auditWageYearPublish = Message(zh: "发布工资价位", en: "Publish pay levels")
}
