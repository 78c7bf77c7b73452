import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let program = AuditEntityType("program", label: .auditEntityProgram)
    package static let cohort = AuditEntityType("cohort", label: .auditEntityCohort)
    package static let enrollment = AuditEntityType("enrollment", label: .auditEntityEnrollment)
    package static let session = AuditEntityType("session", label: .auditEntitySession)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let programCreate = AuditAction("program.create", on: .program, label: .auditProgramCreate)
    package static let programUpdate = AuditAction("program.update", on: .program, label: .auditProgramUpdate)
    package static let programStatus = AuditAction("program.status", on: .program, label: .auditProgramStatus)
    package static let cohortCreate = AuditAction("cohort.create", on: .cohort, label: .auditCohortCreate)
    package static let cohortUpdate = AuditAction("cohort.update", on: .cohort, label: .auditCohortUpdate)
    package static let cohortCapacity = AuditAction("cohort.capacity", on: .cohort, label: .auditCohortCapacity)
    package static let cohortDelete = AuditAction("cohort.delete", on: .cohort, label: .auditCohortDelete)
    package static let cohortSession = AuditAction("cohort.session", on: .cohort, label: .auditCohortSession)
    package static let cohortSessionDelete = AuditAction(
        "cohort.session_delete", on: .cohort, label: .auditCohortSessionDelete)
    package static let enrollmentApply = AuditAction("enrollment.apply", on: .enrollment, label: .auditEnrollmentApply)
    package static let enrollmentEnrol = AuditAction("enrollment.enrol", on: .enrollment, label: .auditEnrollmentEnrol)
    package static let enrollmentImport = AuditAction("enrollment.import", on: .cohort, label: .auditEnrollmentImport)
    package static let enrollmentAttendance = AuditAction(
        "enrollment.attendance", on: .enrollment, label: .auditEnrollmentAttendance)
    package static let enrollmentResult = AuditAction(
        "enrollment.result", on: .enrollment, label: .auditEnrollmentResult)
    package static let enrollmentComplete = AuditAction(
        "enrollment.complete", on: .enrollment, label: .auditEnrollmentComplete)
    package static let enrollmentNotCompleted = AuditAction(
        "enrollment.not_completed", on: .enrollment, label: .auditEnrollmentNotCompleted)
    package static let enrollmentWithdraw = AuditAction(
        "enrollment.withdraw", on: .enrollment, label: .auditEnrollmentWithdraw)
    /// 考勤: one session's attendance for the whole cohort, recorded with one submit.
    package static let sessionAttendance = AuditAction(
        "session.attendance", on: .session, label: .auditSessionAttendance)
}

extension TrainingCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .programCreate, .programUpdate, .programStatus, .cohortCreate, .cohortUpdate, .cohortCapacity,
            .cohortDelete, .cohortSession, .cohortSessionDelete, .enrollmentApply, .enrollmentEnrol, .enrollmentImport,
            .enrollmentAttendance, .enrollmentResult, .enrollmentComplete, .enrollmentNotCompleted, .enrollmentWithdraw,
            .sessionAttendance,
        ]
    }
}
