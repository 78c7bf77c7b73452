import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let talentCreate = AuditAction("talent.create", on: "talent")
    static let talentUpdate = AuditAction("talent.update", on: "talent")
    static let talentExport = AuditAction("talent.export", on: "talent")
    static let talentImport = AuditAction("talent.import", on: "talent")
    static let talentImportRevert = AuditAction("talent.import.revert", on: "talent")
    static let erasureRequest = AuditAction("erasure.request", on: "talent")
    static let erasureReject = AuditAction("erasure.reject", on: "talent")
    static let talentErase = AuditAction("talent.erase", on: "talent")
}
