import SiteKit

/// The workflow's texts — its fields, refusals, pages and notifications — in Chinese
/// and English (as `Applications+Messages.swift` explains).
extension Message {
    package static let applicationKind = Message(zh: "申报事项", en: "Kind of application")
    package static let applicationBasis = Message(zh: "申领依据（证书或培训）", en: "Claimed for (certificate or training)")
    package static let applicationAmountAsked = Message(zh: "申请金额（元）", en: "Amount asked (yuan)")
    package static let applicationAmountGranted = Message(zh: "核定金额（元）", en: "Amount granted (yuan)")
    package static let applicationComment = Message(zh: "审核意见", en: "Reviewer's comment")
    package static let applicationRule = Message(zh: "申报依据", en: "Applied for under")
    package static let applicationRuleUnknown = Message(
        zh: "请选择该申报事项适用的职称规则。", en: "Choose a title rule this kind of application is made under.")
    package static let applicationNoAmount = Message(
        zh: "此申报不涉及金额，请不要填写。", en: "This application involves no amount; leave it empty.")
    package static let applicationRevokeReason = Message(zh: "撤销原因", en: "Reason for revoking")
    package static let applicationNoRecognition = Message(
        zh: "这份申报没有认定职称，无可撤销。", en: "This application recognised no title; there is nothing to revoke.")
    package static let applicationRecognitionHeading = Message(zh: "职称认定", en: "Title recognised")
    package static func applicationRecognised(title: String, date: String) -> Message {
        Message(zh: "\(date) 认定\(title)职称。", en: "Recognised as holding the \(title) title on \(date).")
    }
    package static func applicationRecognitionRevoked(date: String, reason: String) -> Message {
        Message(zh: "已于 \(date) 撤销：\(reason)", en: "Revoked on \(date): \(reason)")
    }
    package static let applicationRevokeRecognition = Message(zh: "撤销职称认定", en: "Revoke the title recognition")
    package static let applicationRevokeHint = Message(
        zh: "撤销后，档案中的职称按仍有效的证书和认定重新确定。原因将记入审计日志。",
        en:
            "The profile's title is then derived again from the certificates and recognitions that still stand. The reason is kept in the audit trail."
    )
    package static let applicationRecognitionRevokedNotice = Message(
        zh: "职称认定已撤销。", en: "The title recognition was revoked.")
    package static let applicationKindUnknown = Message(zh: "没有这类申报事项。", en: "There is no such kind of application.")
    package static let applicationBasisUnknown = Message(
        zh: "请选择可以申领该补贴的有效证书或已结业的培训。",
        en: "Choose a valid certificate or a completed training this subsidy can be claimed for.")
    package static let applicationBasisGone = Message(
        zh: "申领依据的证书已撤销或培训记录已变更，不能继续办理。",
        en: "The certificate it is claimed for was revoked or the training changed; it cannot go on.")
    package static let applicationAlreadyOpen = Message(
        zh: "同一事项、同一依据已有一份未办结的申报。",
        en: "An application of this kind for the same certificate, training or rule is already open.")
    package static func applicationAmountFixed(amount: String) -> Message {
        Message(
            zh: "政策规定的补贴标准为 \(amount)，不能另填金额。",
            en: "The policy fixes the amount at \(amount); no other amount can be given.")
    }
    package static let applicationAmountAskedHint = Message(
        zh: "单位为元，最多两位小数；由主管部门核定。", en: "In yuan, at most two decimals; the department sets the amount granted.")
    package static let loanHeading = Message(zh: "贷款发放", en: "The loan")
    package static func loanGranted(amount: String, date: String) -> Message {
        Message(zh: "\(date) 发放 \(amount)。", en: "\(amount) granted on \(date).")
    }
    package static func loanRepaid(date: String) -> Message {
        Message(zh: "已于 \(date) 还清，不再计入已持有的贷款。", en: "Repaid on \(date); no longer counted as held.")
    }
    package static let loanRepaidOn = Message(zh: "还清日期", en: "Day repaid")
    package static let loanRecordRepaid = Message(zh: "记录还清", en: "Record as repaid")
    package static let loanRepaidHint = Message(
        zh: "记录后，该笔贷款不再计入已持有的贷款，申请人可再次申请至上限。",
        en: "Once recorded, the loan no longer counts as held: the applicant may ask again up to the cap.")
    package static let loanNone = Message(
        zh: "这份申报没有发放贷款。", en: "No loan was granted on this application.")
    package static let loanAlreadyRepaid = Message(zh: "该笔贷款已记录还清。", en: "This loan is already recorded as repaid.")
    package static let loanRepaidInFuture = Message(
        zh: "还清日期不能晚于今天。", en: "The day repaid cannot be after today.")
    package static func loanRepaidBeforeGrant(granted: String) -> Message {
        Message(
            zh: "还清日期不能早于发放日期 \(granted)。", en: "The day repaid cannot be before the loan was granted, \(granted).")
    }
    package static let loanRepaidNotice = Message(zh: "已记录还清。", en: "Recorded as repaid.")
    package static func applicationAmountOverAvailable(available: String) -> Message {
        Message(
            zh: "申请金额不能超过可申请额度 \(available)（贷款上限减去已持有的贷款）。",
            en: "The amount asked cannot be more than the \(available) available (the loan's cap less the loans held).")
    }
    package static let applicationAmountRequired = Message(
        zh: "请填写申请金额（元）。", en: "Enter the amount asked, in yuan.")
    package static func applicationAmountGrantedInvalid(asked: String) -> Message {
        Message(
            zh: "核定金额须大于 0、最多两位小数，且不超过申请金额 \(asked)。",
            en: "The amount granted must be more than 0, with at most two decimals, and at most the \(asked) asked.")
    }
    package static let applicationCommentRequired = Message(
        zh: "退回补正或不予通过时，请写明理由。", en: "Say why when returning an application or rejecting it.")
    package static func applicationNotEligible(reasons: String) -> Message {
        Message(zh: "不符合申报条件：\(reasons)", en: "Not eligible: \(reasons)")
    }
    package static func applicationAttachmentsMissing(names: String) -> Message {
        Message(zh: "请上传：\(names)。", en: "Attach: \(names).")
    }
    package static func applicationYearFull(max: String) -> Message {
        Message(
            zh: "本年度已享受 \(max) 次，达到每人每年上限。", en: "\(max) claims this year already: the yearly limit is reached.")
    }
    package static func applicationStateConflict(state: String) -> Message {
        Message(
            zh: "该申报当前状态为“\(state)”，不能进行此操作。", en: "The application is “\(state)”; this step is not possible.")
    }
    package static let applicationStateDraft = Message(zh: "草稿", en: "Draft")
    package static let applicationStateSubmitted = Message(zh: "待审核", en: "Submitted")
    package static let applicationStateReturned = Message(zh: "退回补正", en: "Returned for correction")
    package static let applicationStateApproved = Message(zh: "已通过", en: "Approved")
    package static let applicationStateRejected = Message(zh: "未通过", en: "Rejected")
    package static let applicationStateWithdrawn = Message(zh: "已撤回", en: "Withdrawn")
    package static let attachmentCodeRequired = Message(zh: "请选择材料类型。", en: "Choose which document this is.")
    package static let attachmentCodeUnknown = Message(
        zh: "该申报事项没有这种材料。", en: "This kind of application takes no such document.")
    package static let attachmentEmpty = Message(zh: "请选择要上传的文件。", en: "Choose a file to upload.")
    package static let attachmentTooLarge = Message(zh: "文件不能超过 10 MB。", en: "The file must be at most 10 MB.")
    package static let attachmentWrongType = Message(
        zh: "只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断，不看扩展名）。",
        en: "Only PDF, JPEG or PNG files can be attached (told by their content, not their name).")
    package static func attachmentTooMany(max: String) -> Message {
        Message(zh: "每份申报最多 \(max) 个附件。", en: "At most \(max) attachments an application.")
    }
}

// MARK: The pages
extension Message {
    package static let applicationsMine = Message(zh: "我的申报", en: "My applications")
    package static let applicationsQueue = Message(zh: "申报审核", en: "Applications to review")
    package static let applicationsMineIntro = Message(
        zh: "在“我能申报什么”中选择符合条件的事项开始申报。草稿和退回补正的申报可以补充材料后提交。",
        en:
            "Start an application from “What I can apply for”. Drafts and applications returned for correction can be completed and submitted."
    )
    package static let applicationsQueueIntro = Message(
        zh: "本部门负责审核的申报，按办理期限排列。期限按工作日计算，已跳过法定节假日。",
        en:
            "The applications your department reviews, soonest due first. Deadlines count working days, skipping public holidays."
    )
    package static let applicationsEmpty = Message(zh: "没有申报。", en: "No applications.")
    package static func applicationsCounts(submitted: String, overdue: String, soon: String) -> Message {
        Message(
            zh: "待审核 \(submitted) 件，其中逾期 \(overdue) 件、2 个工作日内到期 \(soon) 件。",
            en: "\(submitted) to review: \(overdue) overdue, \(soon) due within 2 working days.")
    }
    package static let applicationState = Message(zh: "状态", en: "State")
    package static let applicationApplicant = Message(zh: "申报人", en: "Applicant")
    package static let applicationDue = Message(zh: "办理期限", en: "Due")
    package static let applicationSubmitted = Message(zh: "提交时间", en: "Submitted")
    package static let applicationOverdue = Message(zh: "已逾期", en: "Overdue")
    package static let applicationDueSoon = Message(zh: "即将到期", en: "Due soon")
    package static let applicationFilter = Message(zh: "筛选", en: "Filter")
    package static func applicationsMoreThan(count: String) -> Message {
        Message(zh: "超过 \(count)", en: "more than \(count)")
    }
    package static let applicationsPages = Message(zh: "申报列表分页", en: "Pages of applications")
    package static let applicationsFirstPage = Message(zh: "第一页", en: "First page")
    package static let applicationsNextPage = Message(zh: "下一页", en: "Next page")
    package static let applicationAllStates = Message(zh: "全部状态", en: "All states")
    package static let applicationAllKinds = Message(zh: "全部事项", en: "All kinds")
    package static let applicationStart = Message(zh: "开始申报", en: "Start an application")
    package static let applicationOpenOne = Message(zh: "已有申报，查看", en: "Already applied: view it")
    package static let applicationDocuments = Message(zh: "申报材料", en: "Documents")
    package static let applicationDocumentsHint = Message(
        zh: "PDF、JPEG 或 PNG，每个不超过 10 MB，最多 10 个。", en: "PDF, JPEG or PNG, up to 10 MB each, at most 10.")
    package static let applicationDocumentRequired = Message(zh: "必交", en: "required")
    package static let applicationDocumentMissing = Message(zh: "未上传", en: "not attached")
    package static let applicationDocumentKind = Message(zh: "材料类型", en: "Document")
    package static let applicationDocumentFile = Message(zh: "文件", en: "File")
    package static let applicationUpload = Message(zh: "上传", en: "Upload")
    package static let applicationTimeline = Message(zh: "办理记录", en: "History")
    package static let applicationDecisionHeading = Message(zh: "提交时的判定", en: "The rules at submission")
    package static let applicationNextSteps = Message(zh: "办理", en: "Next step")
    package static let applicationSubmit = Message(zh: "提交申报", en: "Submit")
    package static let applicationResubmit = Message(zh: "补正后重新提交", en: "Resubmit")
    package static let applicationWithdraw = Message(zh: "撤回申报", en: "Withdraw")
    package static let applicationReturn = Message(zh: "退回补正", en: "Return for correction")
    package static let applicationApprove = Message(zh: "通过", en: "Approve")
    package static let applicationReject = Message(zh: "不予通过", en: "Reject")
    package static let applicationCommentHint = Message(
        zh: "退回补正或不予通过时必填，申报人可见。", en: "Required to return or reject; the applicant sees it.")
    package static func applicationAmountGrantedHint(asked: String) -> Message {
        Message(zh: "不填则按申请金额 \(asked) 核定。", en: "Left empty, the \(asked) asked is granted.")
    }
    package static func applicationMoved(state: String) -> Message {
        Message(zh: "已办理，当前状态：\(state)。", en: "Done. The application is now: \(state).")
    }
    package static let applicationAttached = Message(zh: "材料已上传。", en: "The document is attached.")
    package static let applicationCreatedNotice = Message(
        zh: "草稿已创建。请上传申报材料后提交。", en: "Draft created. Attach the documents, then submit.")
    package static let applicationAmountAskedLabel = Message(zh: "申请金额", en: "Amount asked")
    package static let applicationAmountGrantedLabel = Message(zh: "核定金额", en: "Amount granted")
    package static let applicationBasisLabel = Message(zh: "申领依据", en: "Claimed for")
    package static let applicationDepartment = Message(zh: "审核部门", en: "Reviewing department")
    package static let applicationByPlatform = Message(zh: "平台", en: "The platform")
}

// MARK: Notifications
extension Message {
    package static func notifyApplicant(kind: String, state: String) -> Message {
        Message(zh: "你的申报“\(kind)”：\(state)。", en: "Your application “\(kind)”: \(state).")
    }
    package static func notifyNewApplication(kind: String) -> Message {
        Message(zh: "新的申报待审核：“\(kind)”。", en: "A new application to review: “\(kind)”.")
    }
    package static func notifyResubmitted(kind: String) -> Message {
        Message(zh: "申报人已补正并重新提交：“\(kind)”。", en: "Corrected and resubmitted: “\(kind)”.")
    }
    package static func notifyWithdrawn(kind: String) -> Message {
        Message(zh: "申报人已撤回待审核的申报：“\(kind)”。", en: "The applicant withdrew an application under review: “\(kind)”.")
    }
}
