import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let voucherIssueBatch = AuditAction("voucher.issue_batch", on: "voucher_batch")
    package static let voucherBatchCancel = AuditAction("voucher_batch.cancel", on: "voucher_batch")
    package static let voucherCancel = AuditAction("voucher.cancel", on: "voucher")
}
