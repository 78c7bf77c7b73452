import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let application = AuditEntityType("application", label: .auditEntityApplication)
    package static let loan = AuditEntityType("loan", label: .auditEntityLoan)
    package static let policySimulation = AuditEntityType("policy_simulation", label: .auditEntityPolicySimulation)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let applicationCreate = AuditAction(
        "application.create", on: .application, label: .auditApplicationCreate)
    /// A move: submitted, withdrawn, returned, approved, rejected (the new state in the fields).
    package static let applicationStep = AuditAction("application.step", on: .application, label: .auditApplicationStep)
    package static let applicationAttach = AuditAction(
        "application.attach", on: .application, label: .auditApplicationAttach)
    package static let loanRepaid = AuditAction("loan.repaid", on: .loan, label: .auditLoanRepaid)
    package static let applicationAttachmentRead = AuditAction(
        "application.attachment_read", on: .application, label: .auditApplicationAttachmentRead)
    /// A policy simulation started (the draft's file name and labels in the fields).
    package static let policySimulationStart = AuditAction(
        "policy_simulation.start", on: .policySimulation, label: .auditPolicySimulationStart)
}

extension ApplicationsCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .applicationCreate, .applicationStep, .applicationAttach, .loanRepaid, .applicationAttachmentRead,
            .policySimulationStart,
        ]
    }
}
