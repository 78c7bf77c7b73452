import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let programCreate = AuditAction("program.create", on: "program")
    static let programUpdate = AuditAction("program.update", on: "program")
    static let programStatus = AuditAction("program.status", on: "program")
    static let cohortCreate = AuditAction("cohort.create", on: "cohort")
    static let cohortUpdate = AuditAction("cohort.update", on: "cohort")
    static let cohortCapacity = AuditAction("cohort.capacity", on: "cohort")
    static let cohortDelete = AuditAction("cohort.delete", on: "cohort")
    static let cohortSession = AuditAction("cohort.session", on: "cohort")
    static let cohortSessionDelete = AuditAction("cohort.session_delete", on: "cohort")
    static let enrollmentApply = AuditAction("enrollment.apply", on: "enrollment")
    static let enrollmentEnrol = AuditAction("enrollment.enrol", on: "enrollment")
    static let enrollmentImport = AuditAction("enrollment.import", on: "cohort")
    static let enrollmentAttendance = AuditAction("enrollment.attendance", on: "enrollment")
    static let enrollmentResult = AuditAction("enrollment.result", on: "enrollment")
    static let enrollmentComplete = AuditAction("enrollment.complete", on: "enrollment")
    static let enrollmentNotCompleted = AuditAction("enrollment.not_completed", on: "enrollment")
    static let enrollmentWithdraw = AuditAction("enrollment.withdraw", on: "enrollment")
    static let voucherIssueBatch = AuditAction("voucher.issue_batch", on: "voucher_batch")
    static let voucherBatchCancel = AuditAction("voucher_batch.cancel", on: "voucher_batch")
    static let voucherCancel = AuditAction("voucher.cancel", on: "voucher")
}
