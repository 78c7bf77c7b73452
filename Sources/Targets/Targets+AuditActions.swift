import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let targetsRebuild = AuditAction("targets.rebuild", on: "target_counts")
}
