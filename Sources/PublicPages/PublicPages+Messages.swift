import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let navHome = Message(zh: "首页", en: "Home")
    package static let navMeasures = Message(zh: "政策措施", en: "Measures")
    package static let navDepartments = Message(zh: "责任单位", en: "Departments")
    package static let navOccupations = Message(zh: "数字职业目录", en: "Digital occupations")
    package static let homeHeading = Message(zh: "淄博市数字人才培育服务平台", en: "Zibo Digital Talent Platform")
    package static func homeIntro(title: String, count: String) -> Message {
        Message(
            zh: "本平台落实\(title)的\(count)项措施：全市数字人才库、培训与证书、职称与技能评价、创业贷款与补贴、竞赛与服务，并公开各责任单位的年度目标。",
            en:
                "This platform runs the \(count) measures of \(title): the citywide digital talent pool, training and certificates, title and skill evaluation, start-up loans and subsidies, contests and services — and publishes every department's yearly targets."
        )
    }
    package static func homeMeasuresHeading(count: String) -> Message {
        Message(zh: "\(count)项措施", en: "The \(count) measures")
    }
    package static func homeTargetsHeading(year: String) -> Message {
        Message(zh: "\(year)年度目标", en: "Targets for \(year)")
    }
    package static let homeTargetsIntro = Message(
        zh: "以下目标直接取自现行政策文件，政策更新后自动变化。",
        en: "These targets come straight from the policy in force and change when the policy file does.")
    package static let homeDepartmentsHeading = Message(zh: "责任单位", en: "Responsible departments")
    package static func homeDepartmentsIntro(count: String, lead: String) -> Message {
        Message(
            zh: "\(count)个部门共同落实本政策，\(lead)牵头。", en: "\(count) departments carry out this policy, led by the \(lead).")
    }
    package static let homeViewAllDepartments = Message(
        zh: "查看全部责任单位及其负责的措施", en: "All departments and the measures they are responsible for")
    package static let homeSearchOccupations = Message(zh: "查询数字职业目录", en: "Search the digital occupation catalogue")
    package static let columnBorrower = Message(zh: "申请主体", en: "Borrower")
    package static let columnCap = Message(zh: "最高额度", en: "Cap")
    package static let measureTasksHeading = Message(zh: "措施内容", en: "What the measure says")
    package static let measureDepartmentsHeading = Message(zh: "责任单位", en: "Responsible departments")
    package static let measureLoansHeading = Message(zh: "创业贷款额度", en: "Start-up loan caps")
    package static let measureSubsidiesHeading = Message(zh: "补贴", en: "Subsidies")
    package static let measurePathwaysHeading = Message(
        zh: "数字技术工程师证书与职称衔接", en: "From engineer certificates to professional titles")
    package static let measureCrossoverHeading = Message(
        zh: "技能人才与专业技术人才贯通", en: "Crossover between skill levels and titles")
    package static let measureNominationHeading = Message(
        zh: "淄博英才计划推荐比例", en: "Share of digital talents in nominations")
    package static let measureKeyGroupsHeading = Message(
        zh: "培训券发放的重点群体", en: "Key groups that receive training vouchers")
    package static let measureExceptionalHeading = Message(
        zh: "破格申报高级职称", en: "Exceptional applications for senior titles")
    package static let measurePrevious = Message(zh: "上一项措施", en: "Previous measure")
    package static let measureNext = Message(zh: "下一项措施", en: "Next measure")
    package static let measureResponsibleForTask = Message(zh: "责任单位：", en: "Responsible: ")
    package static let loanGuaranteed = Message(zh: "创业担保贷款", en: "Guaranteed start-up loan")
    package static let loanBoost = Message(zh: "创业提振贷", en: "Start-up boost loan")
    package static let borrowerEnterprise = Message(zh: "小微企业", en: "Small or micro enterprise")
    package static let borrowerIndividual = Message(zh: "个人", en: "Individual")
    package static func subsidyApplyWithin(months: String) -> Message {
        Message(zh: "取得证书后\(months)个月内申请", en: "apply within \(months) months of the certificate")
    }
    package static func subsidyMaxClaims(count: String) -> Message {
        Message(zh: "每人每年最多\(count)次", en: "at most \(count) claims per person per year")
    }
    package static let subsidyOncePerLevel = Message(zh: "同一职业同一等级只能享受一次", en: "once per occupation and level")
    package static func subsidyExclusive(other: String) -> Message {
        Message(zh: "不与\(other)同时享受", en: "not together with: \(other)")
    }
    package static func subsidyMinInsured(months: String) -> Message {
        Message(zh: "参加失业保险满\(months)个月", en: "at least \(months) months of unemployment insurance")
    }
    package static let subsidySource = Message(zh: "依据", en: "Source")
    package static let departmentsHeading = Message(zh: "责任单位", en: "Responsible departments")
    package static func departmentsIntro(count: String) -> Message {
        Message(
            zh: "落实本政策的\(count)个市直部门及其负责的措施。",
            en: "The \(count) city departments that carry out this policy, and the measures each is responsible for.")
    }
    package static func targetActualNote(year: String) -> Message {
        Message(
            zh: "实际数按平台记录自动统计（\(year) 年）：结业人数按结业日期，证书按发证日期，每人每年计一次；推荐比例按当年已提交的推荐名单计。",
            en:
                "Actual figures are counted from the platform's records (\(year)): completions by completion date, certificates by date of issue, each person once a year; shares of nominations from the year's submitted lists."
        )
    }
}
