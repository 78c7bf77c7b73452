import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityVoucherBatch = Message(zh: "培训券批次", en: "Voucher batch")
    package static let auditEntityVoucher = Message(zh: "培训券", en: "Voucher")
    package static let auditVoucherIssueBatch = Message(zh: "发放培训券", en: "Issue a voucher batch")
    package static let auditVoucherBatchCancel = Message(zh: "作废培训券批次", en: "Cancel a voucher batch")
    package static let auditVoucherCancel = Message(zh: "作废培训券", en: "Cancel a voucher")
}
