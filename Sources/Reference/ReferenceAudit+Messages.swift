import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityReferenceDataset = Message(zh: "参考数据", en: "Reference data")
    package static let auditEntityPolicyVersion = Message(zh: "政策版本", en: "Policy version")
    package static let auditReferenceLoad = Message(zh: "载入参考数据", en: "Load reference data")
    package static let auditPolicyActivate = Message(zh: "启用政策版本", en: "Activate a policy version")
}
