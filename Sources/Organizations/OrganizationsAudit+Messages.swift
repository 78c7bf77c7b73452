import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityOrganization = Message(zh: "单位", en: "Organisation")
    package static let auditOrganizationCreate = Message(zh: "新建单位", en: "Create an organisation")
    package static let auditOrganizationFacts = Message(zh: "更新单位情况", en: "Update an organisation's facts")
    package static let auditOrganizationChain = Message(zh: "设置所属产业链", en: "Set an organisation's industry chain")
    package static let auditOrganizationDemo = Message(zh: "载入演示单位", en: "Load demonstration organisations")
}
