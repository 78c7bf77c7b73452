import SiteKit

/// The vouchers sheet of a person's own data download.
extension Message {
    package static let personalDataVouchersSheet = Message(zh: "培训券", en: "Training vouchers")
    package static let personalDataVoucherBatch = Message(zh: "发放批次", en: "Batch")
    package static let personalDataVoucherValue = Message(zh: "面值", en: "Value")
    package static let personalDataVoucherKeyGroup = Message(zh: "重点群体", en: "Key group")
    package static let personalDataVoucherOccupation = Message(zh: "适用职业代码", en: "Occupation code")
    package static let personalDataVoucherIssuedOn = Message(zh: "发放日期", en: "Issued on")
    package static let personalDataVoucherExpiresOn = Message(zh: "有效期至", en: "Valid until")
    package static let personalDataVoucherStatus = Message(zh: "状态", en: "Status")
    package static let personalDataVoucherRedeemedAt = Message(zh: "使用时间", en: "Used at")
    package static let personalDataVoucherProgram = Message(zh: "使用于培训项目", en: "Spent on program")
    package static let personalDataVoucherProvider = Message(zh: "收券机构", en: "Spent with provider")
    package static let personalDataVoucherCancelledAt = Message(zh: "作废时间", en: "Cancelled at")
    package static let personalDataVoucherCancelReason = Message(zh: "作废原因", en: "Reason for cancelling")
}
