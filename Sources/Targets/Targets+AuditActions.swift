import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let targetCounts = AuditEntityType("target_counts", label: .auditEntityTargetCounts)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let targetsRebuild = AuditAction("targets.rebuild", on: .targetCounts, label: .auditTargetsRebuild)
}

extension TargetsCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] { [.targetsRebuild] }
}
