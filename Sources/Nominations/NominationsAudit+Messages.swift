import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityNomination = Message(zh: "推荐名单", en: "Nomination list")
    package static let auditNominationCreate = Message(zh: "新建推荐名单", en: "Create a nomination list")
    package static let auditNominationCandidateAdd = Message(zh: "加入名单", en: "Add a candidate")
    package static let auditNominationCandidateRemove = Message(zh: "移出名单", en: "Remove a candidate")
    package static let auditNominationSubmit = Message(zh: "提交推荐名单", en: "Submit a nomination list")
    package static let auditNominationDiscard = Message(zh: "删除草稿名单", en: "Discard a draft list")
    package static let auditNominationOutcome = Message(zh: "记录入选结果", en: "Record the outcome")
}
