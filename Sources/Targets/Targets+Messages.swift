import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let columnTarget = Message(zh: "目标", en: "Target")
    package static let columnResponsible = Message(zh: "责任单位", en: "Responsible")
    package static let columnMetric = Message(zh: "指标", en: "Indicator")
    package static let unitPerson = Message(zh: "人", en: "people")
    package static let unitSession = Message(zh: "期", en: "sessions")
    package static let unitEvent = Message(zh: "项", en: "events")
    package static let unitEdition = Message(zh: "版", en: "edition")
    package static let unitPercent = Message(zh: "%", en: "%")
    package static let measureTargetsHeading = Message(zh: "年度目标", en: "Yearly targets")
    package static let measureNoTargets = Message(
        zh: "本措施没有量化的年度目标。", en: "This measure has no quantitative yearly target.")
    package static let workspaceYear = Message(zh: "年度", en: "Year")
    package static let workspaceDistrict = Message(zh: "区县", en: "District")
    package static let workspaceWholeCity = Message(zh: "全市", en: "Whole city")
    package static let workspaceShow = Message(zh: "查看", en: "Show")
    package static func workspaceMeasures(count: String) -> Message {
        Message(zh: "本部门负责的 \(count) 项措施", en: "The \(count) measures this department is responsible for")
    }
    package static let columnActual = Message(zh: "本年实际", en: "Actual this year")
    package static let columnProgress = Message(zh: "完成率", en: "Progress")
    package static let targetNotTracked = Message(zh: "尚未统计", en: "Not tracked yet")
    package static let targetMet = Message(zh: "已完成", en: "Met")
}
