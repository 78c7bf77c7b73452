import SiteKit

/// The applications sheet of a person's own data download.
extension Message {
    package static let personalDataApplicationsSheet = Message(zh: "政策申报", en: "Applications")
    package static let personalDataApplicationKind = Message(zh: "申报事项", en: "Kind")
    package static let personalDataApplicationMeasure = Message(zh: "政策措施", en: "Measure")
    package static let personalDataApplicationState = Message(zh: "状态", en: "State")
    package static let personalDataApplicationCreatedAt = Message(zh: "创建时间", en: "Created at")
    package static let personalDataApplicationSubmittedAt = Message(zh: "提交时间", en: "Submitted at")
    package static let personalDataApplicationDueOn = Message(zh: "办理期限", en: "Due on")
    package static let personalDataApplicationDecidedAt = Message(zh: "办结时间", en: "Decided at")
    package static let personalDataApplicationAsked = Message(zh: "申请金额", en: "Amount asked")
    package static let personalDataApplicationGranted = Message(zh: "核定金额", en: "Amount granted")
}
