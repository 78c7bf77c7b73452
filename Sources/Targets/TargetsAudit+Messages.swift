import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityTargetCounts = Message(zh: "目标进度", en: "Target progress")
    package static let auditTargetsRebuild = Message(zh: "重新统计目标进度", en: "Recount target progress")
}
