import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let auditTitle = Message(zh: "审计日志", en: "Audit trail")
    package static let auditIntro = Message(
        zh: "每项修改操作都记录在防篡改的哈希链中，只记录修改了哪些字段，不记录个人信息的值。",
        en: "Every change is recorded in a tamper-evident hash chain: which fields changed, never the personal values.")
    package static let auditActor = Message(zh: "操作人", en: "Actor")
    package static let auditEntity = Message(zh: "对象类型", en: "Entity type")
    package static let auditFrom = Message(zh: "起始日期", en: "From")
    package static let auditTo = Message(zh: "截止日期", en: "To")
    package static let auditTime = Message(zh: "时间", en: "Time")
    package static let auditAction = Message(zh: "操作", en: "Action")
    package static let auditFields = Message(zh: "修改的字段", en: "Changed fields")
    package static let auditAnyAction = Message(zh: "全部操作", en: "All actions")
    package static let auditAnyEntity = Message(zh: "全部对象", en: "All entity types")
    package static let auditEmpty = Message(zh: "没有符合条件的记录。", en: "No events match.")
    package static let auditSystem = Message(zh: "系统", en: "System")
    package static let actionSearch = Message(zh: "查询", en: "Search")
    package static let actionNextPage = Message(zh: "下一页", en: "Next page")
}
