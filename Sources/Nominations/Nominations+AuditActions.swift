import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let nomination = AuditEntityType("nomination", label: .auditEntityNomination)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let nominationCreate = AuditAction(
        "nomination.create", on: .nomination, label: .auditNominationCreate)
    /// A candidate added or taken off (the candidate's id in the fields, never a name).
    package static let nominationCandidateAdd = AuditAction(
        "nomination.candidate_add", on: .nomination, label: .auditNominationCandidateAdd)
    package static let nominationCandidateRemove = AuditAction(
        "nomination.candidate_remove", on: .nomination, label: .auditNominationCandidateRemove)
    package static let nominationSubmit = AuditAction(
        "nomination.submit", on: .nomination, label: .auditNominationSubmit)
    package static let nominationDiscard = AuditAction(
        "nomination.discard", on: .nomination, label: .auditNominationDiscard)
    package static let nominationOutcome = AuditAction(
        "nomination.outcome", on: .nomination, label: .auditNominationOutcome)
}

extension NominationsCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .nominationCreate, .nominationCandidateAdd, .nominationCandidateRemove, .nominationSubmit,
            .nominationDiscard, .nominationOutcome,
        ]
    }
}
