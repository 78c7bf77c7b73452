import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let talent = AuditEntityType("talent", label: .auditEntityTalent)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let talentCreate = AuditAction("talent.create", on: .talent, label: .auditTalentCreate)
    package static let talentUpdate = AuditAction("talent.update", on: .talent, label: .auditTalentUpdate)
    package static let talentExport = AuditAction("talent.export", on: .talent, label: .auditTalentExport)
    /// A person's download of everything held about them (their own data, not the staff export).
    package static let talentOwnDataExport = AuditAction(
        "talent.own_data_export", on: .talent, label: .auditTalentOwnDataExport)
    /// A full ID and mobile number read, one profile at a time (lists show them masked).
    package static let talentIdentifiersRead = AuditAction(
        "talent.identifiers_read", on: .talent, label: .auditTalentIdentifiersRead)
    package static let talentImport = AuditAction("talent.import", on: .talent, label: .auditTalentImport)
    package static let talentImportRevert = AuditAction(
        "talent.import.revert", on: .talent, label: .auditTalentImportRevert)
    package static let erasureRequest = AuditAction("erasure.request", on: .talent, label: .auditErasureRequest)
    package static let erasureReject = AuditAction("erasure.reject", on: .talent, label: .auditErasureReject)
    package static let talentErase = AuditAction("talent.erase", on: .talent, label: .auditTalentErase)
}

extension TalentPoolCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .talentCreate, .talentUpdate, .talentExport, .talentOwnDataExport, .talentIdentifiersRead, .talentImport,
            .talentImportRevert,
            .erasureRequest, .erasureReject, .talentErase,
        ]
    }
}
