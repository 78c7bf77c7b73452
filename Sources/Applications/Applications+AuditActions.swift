import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let applicationCreate = AuditAction("application.create", on: "application")
    /// A move: submitted, withdrawn, returned, approved, rejected (the new state in the fields).
    package static let applicationStep = AuditAction("application.step", on: "application")
    package static let applicationAttach = AuditAction("application.attach", on: "application")
    package static let loanRepaid = AuditAction("loan.repaid", on: "loan")
    package static let applicationAttachmentRead = AuditAction("application.attachment_read", on: "application")
}

extension AuditAction {
    /// A policy simulation started (the draft's file name and labels in the fields).
    package static let policySimulationStart = AuditAction("policy_simulation.start", on: "policy_simulation")
}
