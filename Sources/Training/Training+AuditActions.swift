import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let programCreate = AuditAction("program.create", on: "program")
    package static let programUpdate = AuditAction("program.update", on: "program")
    package static let programStatus = AuditAction("program.status", on: "program")
    package static let cohortCreate = AuditAction("cohort.create", on: "cohort")
    package static let cohortUpdate = AuditAction("cohort.update", on: "cohort")
    package static let cohortCapacity = AuditAction("cohort.capacity", on: "cohort")
    package static let cohortDelete = AuditAction("cohort.delete", on: "cohort")
    package static let cohortSession = AuditAction("cohort.session", on: "cohort")
    package static let cohortSessionDelete = AuditAction("cohort.session_delete", on: "cohort")
    package static let enrollmentApply = AuditAction("enrollment.apply", on: "enrollment")
    package static let enrollmentEnrol = AuditAction("enrollment.enrol", on: "enrollment")
    package static let enrollmentImport = AuditAction("enrollment.import", on: "cohort")
    package static let enrollmentAttendance = AuditAction("enrollment.attendance", on: "enrollment")
    package static let enrollmentResult = AuditAction("enrollment.result", on: "enrollment")
    package static let enrollmentComplete = AuditAction("enrollment.complete", on: "enrollment")
    package static let enrollmentNotCompleted = AuditAction("enrollment.not_completed", on: "enrollment")
    package static let enrollmentWithdraw = AuditAction("enrollment.withdraw", on: "enrollment")
    /// 考勤: one session's attendance for the whole cohort, recorded with one submit.
    package static let sessionAttendance = AuditAction("session.attendance", on: "session")
}
