import Vapor

extension Application {
    private struct AuditActionsKey: StorageKey {
        typealias Value = [AuditAction]
    }

    /// Every composed capability's audit actions, in the capabilities' order: the names
    /// the audit page shows for the codes it reads.
    package var auditActions: [AuditAction] {
        get { storage[AuditActionsKey.self] ?? [] }
        set { storage[AuditActionsKey.self] = newValue }
    }
}
