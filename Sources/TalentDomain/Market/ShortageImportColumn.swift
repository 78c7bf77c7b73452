/// The columns of an urgent-need declarations file (急需紧缺人才需求汇总表) that the
/// catalogue's departments import: one need a row, its employer by credit code.
public enum ShortageImportColumn: String, ImportColumn {
    case creditCode, employerName, occupation, chain, headcount, urgency, education, experience, payMin, payMax
    case skills

    public static let required: [[ShortageImportColumn]] = [
        [.creditCode], [.occupation], [.chain], [.headcount], [.urgency], [.payMin], [.payMax],
    ]
    public static let identifiers: Set<ShortageImportColumn> = []

    /// The header written in the template (Chinese, as offices use).
    public var header: String {
        switch self {
        case .creditCode: "统一社会信用代码"
        case .employerName: "单位名称"
        case .occupation: "职业"
        case .chain: "产业链"
        case .headcount: "需求人数"
        case .urgency: "紧缺程度"
        case .education: "学历要求"
        case .experience: "工作经验（年）"
        case .payMin: "月薪下限（元）"
        case .payMax: "月薪上限（元）"
        case .skills: "技能要求"
        }
    }

    public var aliases: [String] {
        switch self {
        case .creditCode: ["统一社会信用代码", "单位统一社会信用代码", "信用代码", "creditcode"]
        case .employerName: ["单位名称", "企业名称", "单位", "企业", "employer", "employername"]
        case .occupation: ["职业", "职业编码", "职业名称", "紧缺职业", "occupation", "occupationcode"]
        case .chain: ["产业链", "重点产业链", "所属产业链", "chain", "industrychain"]
        case .headcount: ["需求人数", "人数", "需求数量", "headcount"]
        case .urgency: ["紧缺程度", "紧缺度", "urgency"]
        case .education: ["学历要求", "学历", "最低学历", "education"]
        case .experience: ["工作经验（年）", "工作经验", "经验年限", "工作年限", "experience", "experienceyears"]
        case .payMin: ["月薪下限（元）", "月薪下限", "薪酬下限", "最低月薪", "paymin", "payminyuan"]
        case .payMax: ["月薪上限（元）", "月薪上限", "薪酬上限", "最高月薪", "paymax", "paymaxyuan"]
        case .skills: ["技能要求", "技能", "skills"]
        }
    }
}
