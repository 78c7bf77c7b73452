import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let voucherIntro = Message(
        zh: "向重点群体人员发放培训券，用于参加职业技能培训需求指导目录内数字职业的培训。每人每个职业同时只持有一张有效培训券。",
        en:
            "Issue training vouchers to people of a key group for training in a digital occupation of the training demand catalogue. A person holds at most one live voucher per occupation."
    )
    package static func voucherIssued(count: String) -> Message {
        Message(zh: "已发放 \(count) 张培训券。", en: "\(count) vouchers issued.")
    }
    package static let voucherBatchName = Message(zh: "批次名称", en: "Batch name")
    package static let voucherValue = Message(zh: "面值（元）", en: "Value (yuan)")
    package static let voucherMaxCount = Message(zh: "最多发放张数", en: "At most this many")
    package static let voucherTalentIDsHint = Message(
        zh: "可选：每行一人，填姓名或身份证号码（同名时填身份证号码）；不填则发给该重点群体中符合条件的所有人。",
        en:
            "Optional: one person a line, by name or ID number (the number when two share a name); leave empty to issue to everyone eligible in the key group."
    )
    package static let voucherTalentIDsInvalid = Message(
        zh: "一批最多发给 10,000 人。", en: "A batch is issued to at most 10,000 people.")
    package static let voucherTalents = Message(zh: "指定发放对象", en: "Only these people")
    package static let voucherBatches = Message(zh: "发放记录", en: "Batches issued")
    package static let voucherBatchesEmpty = Message(zh: "还没有发放过培训券。", en: "No vouchers issued yet.")
    package static let voucherCount = Message(zh: "张数", en: "Vouchers")
    package static let periodFrom = Message(zh: "起始日期", en: "From")
    package static let periodTo = Message(zh: "截止日期", en: "To")
    package static func voucherSettlementTotal(count: String, total: String) -> Message {
        Message(zh: "共 \(count) 张，合计 \(total)。", en: "\(count) vouchers, \(total) in total.")
    }
    package static let voucherSettlementEmpty = Message(
        zh: "该期间没有使用的培训券。", en: "No vouchers were redeemed in this period.")
    package static let voucherRedeemedAt = Message(zh: "使用时间", en: "Redeemed at")
    package static func voucherOccupationNotInCatalogue(code: String) -> Message {
        Message(
            zh: "职业 \(code) 不在职业技能培训需求指导目录中，不能发放培训券。",
            en: "Occupation \(code) is not in the training demand catalogue; no vouchers can be issued for it.")
    }
    package static let voucherExpiresInPast = Message(zh: "有效期不能早于今天。", en: "The validity cannot end before today.")
    package static let myVouchers = Message(zh: "我的培训券", en: "My training vouchers")
    package static let myVouchersEmpty = Message(zh: "没有培训券。", en: "No training vouchers.")
    package static let voucherStatusIssued = Message(zh: "可使用", en: "Usable")
    package static let voucherStatusRedeemed = Message(zh: "已使用", en: "Used")
    package static let voucherStatusCancelled = Message(zh: "已作废", en: "Cancelled")
    package static let voucherNotHolders = Message(
        zh: "这张培训券不属于报名人。", en: "This voucher does not belong to the applicant.")
    package static let voucherAlreadyUsed = Message(zh: "这张培训券已经使用过。", en: "This voucher has already been used.")
    package static let voucherCancelled = Message(zh: "这张培训券已作废。", en: "This voucher has been cancelled.")
    package static func voucherExpired(date: String) -> Message {
        Message(zh: "这张培训券已于 \(date) 过期。", en: "This voucher expired on \(date).")
    }
    package static let voucherProgramTakesNone = Message(zh: "本项目不接受培训券。", en: "This program does not accept vouchers.")
    package static func voucherWrongOccupation(voucher: String, program: String) -> Message {
        Message(
            zh: "培训券限用于职业 \(voucher)，本项目的职业是 \(program)。",
            en: "The voucher is for occupation \(voucher); this program is for \(program).")
    }
    package static func voucherTalentsNotEligible(count: String) -> Message {
        Message(
            zh: "有 \(count) 个指定的人才档案不是该重点群体（及区县）的有效人员，未发放任何培训券。",
            en:
                "\(count) of the named profiles are not active members of the key group (and district); no vouchers were issued."
        )
    }
    package static let voucherCancelUnused = Message(zh: "作废未使用的券", en: "Cancel the unused vouchers")
    package static let voucherCancelReason = Message(zh: "作废原因", en: "Reason for cancelling")
    package static let voucherAlreadyCancelled = Message(zh: "该培训券已作废。", en: "This voucher is already cancelled.")
    package static let voucherUsedCannotCancel = Message(
        zh: "该培训券已用于报名，不能作废（学员退出后会退回，届时可作废）。",
        en:
            "This voucher paid for an enrolment and cannot be cancelled (it comes back if the trainee withdraws; cancel it then)."
    )
    package static func voucherCancelledCount(count: String) -> Message {
        Message(zh: "已作废 \(count) 张未使用的培训券。", en: "\(count) unused vouchers cancelled.")
    }
    package static func voucherCancelledBecause(reason: String) -> Message {
        Message(zh: "作废原因：\(reason)", en: "Cancelled: \(reason)")
    }
    package static let voucherBatchVouchers = Message(zh: "本批次的培训券", en: "Vouchers of this batch")
    package static let voucherHolder = Message(zh: "持有人", en: "Holder")
    package static func voucherBatchMatching(count: String) -> Message {
        Message(zh: "符合条件的 \(count) 张", en: "\(count) matching")
    }
    package static let voucherHolderSearch = Message(zh: "持有人姓名", en: "Holder's name")
    package static let voucherSearch = Message(zh: "查找", en: "Find")
    package static let filterAnyStatus = Message(zh: "全部状态", en: "Any state")
}

// Vouchers' part of a workspace.
extension Message {
    package static let workspaceVouchersLapsing = Message(
        zh: "30 天内到期、尚未使用的培训券", en: "Unused vouchers lapsing within 30 days")
    package static let workspaceOwnVouchersLapsing = Message(
        zh: "您的培训券将在 30 天内到期", en: "Your vouchers lapsing within 30 days")
    package static let workspaceVouchersTaken = Message(
        zh: "本月收取培训券（张 · 金额）", en: "Vouchers taken this month (number · value)")
    package static let workspaceVouchersHeld = Message(zh: "可用培训券（张 · 金额）", en: "Vouchers you hold (number · value)")
}

// The batch's preview before it is issued.
extension Message {
    package static let voucherPreviewButton = Message(zh: "预览发放", en: "Preview the batch")
    package static let voucherPreviewTitle = Message(zh: "确认发放", en: "Confirm the batch")
    package static func voucherPreviewSummary(count: String, total: String, value: String, expires: String) -> Message {
        Message(
            zh: "将向 \(count) 人发放，合计 \(total)（每张 \(value)，有效期至 \(expires)）。",
            en: "\(count) people will receive one, \(total) in all (\(value) each, valid until \(expires)).")
    }
    package static let voucherPreviewNobody = Message(
        zh: "没有符合条件、尚未持券的人，本批次不会发放。请修改条件。",
        en: "No one qualifies who does not already hold one: this batch would issue nothing. Change the conditions.")
    package static func voucherPreviewSkipped(count: String) -> Message {
        Message(
            zh: "另有 \(count) 人已持有该职业的有效培训券，不再发放。",
            en: "\(count) more already hold a valid voucher for this occupation and get none.")
    }
    package static func voucherConfirmIssue(count: String, total: String) -> Message {
        Message(zh: "确认发放 \(count) 张（\(total)）", en: "Issue \(count) vouchers (\(total))")
    }
    package static let voucherPreviewChange = Message(
        zh: "如需修改，请在上方表单中修改后重新预览。", en: "To change the batch, edit the form above and preview again.")
}
