import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let talentCreate = AuditAction("talent.create", on: "talent")
    package static let talentUpdate = AuditAction("talent.update", on: "talent")
    package static let talentExport = AuditAction("talent.export", on: "talent")
    /// A full ID and mobile number read, one profile at a time (lists show them masked).
    package static let talentIdentifiersRead = AuditAction("talent.identifiers_read", on: "talent")
    package static let talentImport = AuditAction("talent.import", on: "talent")
    package static let talentImportRevert = AuditAction("talent.import.revert", on: "talent")
    package static let erasureRequest = AuditAction("erasure.request", on: "talent")
    package static let erasureReject = AuditAction("erasure.reject", on: "talent")
    package static let talentErase = AuditAction("talent.erase", on: "talent")
}
