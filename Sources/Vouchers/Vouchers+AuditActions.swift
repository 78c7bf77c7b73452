import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let voucherBatch = AuditEntityType("voucher_batch", label: .auditEntityVoucherBatch)
    package static let voucher = AuditEntityType("voucher", label: .auditEntityVoucher)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let voucherIssueBatch = AuditAction(
        "voucher.issue_batch", on: .voucherBatch, label: .auditVoucherIssueBatch)
    package static let voucherBatchCancel = AuditAction(
        "voucher_batch.cancel", on: .voucherBatch, label: .auditVoucherBatchCancel)
    package static let voucherCancel = AuditAction("voucher.cancel", on: .voucher, label: .auditVoucherCancel)
}

extension VouchersCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] { [.voucherIssueBatch, .voucherBatchCancel, .voucherCancel] }
}
