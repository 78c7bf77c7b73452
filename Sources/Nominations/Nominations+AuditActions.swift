import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let nominationCreate = AuditAction("nomination.create", on: "nomination")
    /// A candidate added or taken off (the candidate's id in the fields, never a name).
    package static let nominationCandidateAdd = AuditAction("nomination.candidate_add", on: "nomination")
    package static let nominationCandidateRemove = AuditAction("nomination.candidate_remove", on: "nomination")
    package static let nominationSubmit = AuditAction("nomination.submit", on: "nomination")
    package static let nominationDiscard = AuditAction("nomination.discard", on: "nomination")
    package static let nominationOutcome = AuditAction("nomination.outcome", on: "nomination")
}
