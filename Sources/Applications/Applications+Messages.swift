import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let eligibilityTitle = Message(zh: "我能申报什么", en: "What I can apply for")
    package static func eligibilityTitleOf(name: String) -> Message {
        Message(zh: "\(name)可申报的事项", en: "What \(name) can apply for")
    }
    package static func eligibilityIntro(date: String, policy: String) -> Message {
        Message(
            zh: "按 \(date) 档案中的证书、结业培训和从事本专业技术工作年限，依据政策文件“\(policy)”逐条判定。判定结果不是审批结论，申报后由主管部门审核。",
            en:
                "Each rule of the policy “\(policy)” applied on \(date) to the certificates, completed training and years in the field on the profile. This is not an approval: the responsible department reviews each application."
        )
    }
    package static let eligibilityNoProfile = Message(
        zh: "你的账号还没有人才档案，登记档案后即可查看可申报的事项。",
        en: "Your account has no talent profile yet; register one to see what you can apply for.")
    package static let eligibilityYearsInField = Message(
        zh: "从事本专业技术工作年限", en: "Years of professional work in the field")
    package static func eligibilityYears(years: String, since: String) -> Message {
        Message(zh: "满 \(years) 年（自 \(since) 起）", en: "\(years) full years (since \(since))")
    }
    package static let eligibilityYearsUndeclared = Message(
        zh: "未填写起始年月：需要年限的职称规则无法判定。", en: "Not declared: the title rules that need years cannot decide.")
    package static let eligibilityDeclareYears = Message(zh: "在档案中填写", en: "Declare it on the profile")
    package static let eligibilityTitlesHeading = Message(zh: "职称（第八条）", en: "Professional titles (measure 8)")
    package static let eligibilitySubsidiesHeading = Message(zh: "补贴（第十条）", en: "Subsidies (measure 10)")
    package static func eligibilitySummary(eligible: String, review: String, not: String) -> Message {
        Message(
            zh: "符合条件 \(eligible) 项，需人工审核 \(review) 项，暂不符合 \(not) 项。",
            en: "\(eligible) eligible, \(review) for review, \(not) not (yet) eligible.")
    }
    package static let eligibilityOpen = Message(zh: "查看全部判定及理由", en: "See every rule and its reasons")
    package static let outcomeEligible = Message(zh: "符合条件", en: "Eligible")
    package static let outcomeNotEligible = Message(zh: "暂不符合", en: "Not yet eligible")
    package static let outcomeNeedsReview = Message(zh: "需人工审核", en: "Needs review")
    package static let eligibilityPolicyText = Message(zh: "政策原文", en: "The policy says")
    package static let eligibilityReasons = Message(zh: "原因", en: "Why")
    package static func eligibilityEvidence(certificate: String, date: String) -> Message {
        Message(zh: "依据：\(certificate)（\(date)）", en: "Based on: \(certificate) (\(date))")
    }

    // MARK: M8 grants and reasons
    package static func grantRecognisedAs(title: String) -> Message {
        Message(zh: "直接认定\(title)职称", en: "Recognised as holding the \(title) title")
    }
    package static func grantMayApplyFor(title: String) -> Message {
        Message(zh: "直接申报\(title)职称评审或考试", en: "Apply directly for the \(title) title review or examination")
    }
    package static func grantMayApplyThroughCrossover(title: String) -> Message {
        Message(
            zh: "技能贯通：申报\(title)职称评审或考试",
            en: "Skill crossover: apply for the \(title) title review or examination")
    }
    package static func grantCountsTowards(title: String) -> Message {
        Message(zh: "作为申报\(title)职称的业绩成果条件", en: "Counts as an achievement when applying for the \(title) title")
    }
    package static func grantMayApplyExceptionally(title: String) -> Message {
        Message(zh: "破格申报\(title)职称", en: "Apply for the \(title) title on an exceptional basis (破格)")
    }
    package static func grantMayTakeSkillCertification(level: String) -> Message {
        Message(
            zh: "参加\(level)职业技能等级认定", en: "Take the skill-level certification at \(level)")
    }
    package static let eligibilityOthersHeading = Message(zh: "可申报事项", en: "What they can apply for")
    package static func reasonCertificateMissing(certificate: String) -> Message {
        Message(zh: "尚未取得有效的\(certificate)。", en: "No valid \(certificate).")
    }
    package static func reasonYearsShort(have: String, need: String) -> Message {
        Message(
            zh: "从事本专业技术工作 \(have) 年，需满 \(need) 年。", en: "\(have) years in the field; \(need) full years are needed.")
    }
    package static func reasonYearsNotDeclared(need: String) -> Message {
        Message(
            zh: "需从事本专业技术工作满 \(need) 年，档案未填写起始年月。",
            en: "\(need) full years in the field are needed, and the profile does not say when the work began.")
    }
    package static func reasonTitleAlreadyHeld(title: String) -> Message {
        Message(zh: "已具有\(title)职称，无需申报。", en: "Already holds the \(title) title; nothing to apply for.")
    }
    package static func reasonTitleMissing(title: String) -> Message {
        Message(
            zh: "需具有\(title)或以上职称。", en: "A title of \(title) or higher is needed.")
    }
    package static func reasonSkillAlreadyHeld(level: String) -> Message {
        Message(zh: "已具有\(level)职业技能等级。", en: "Already holds the skill level \(level).")
    }
    package static let reasonExceptional = Message(
        zh: "破格申报不自动判定，由评审部门逐一审核业绩和贡献。",
        en: "An exceptional application is never decided automatically: reviewers weigh the achievements one by one.")

    // MARK: An organisation's eligibility
    package static func organizationEligibilityIntro(date: String, policy: String) -> Message {
        Message(
            zh: "按 \(date) 本单位申报的情况，依据政策文件“\(policy)”逐条判定。未申报的情况由审核部门核实。判定结果不是审批结论。",
            en:
                "Each rule of the policy “\(policy)” applied on \(date) to what the organisation declared. What it has not declared the reviewers check. This is not an approval."
        )
    }
    package static let organizationFactsHeading = Message(zh: "单位情况", en: "The organisation's figures")
    package static let organizationFactsIntro = Message(
        zh: "由本单位申报，申请时由审核部门核实。不清楚的可以留空。",
        en:
            "Declared by the organisation and checked by the reviewers when it applies. Leave empty what you do not know."
    )
    package static let organizationFactUndeclared = Message(zh: "未申报", en: "Not declared")
    package static let organizationFactHint = Message(
        zh: "不清楚可留空：该项由审核部门核实。", en: "Leave empty if unknown: the reviewers then check it.")
    package static let organizationFactsSave = Message(zh: "保存单位情况", en: "Save the figures")
    package static let organizationFactsSaved = Message(zh: "单位情况已保存。", en: "The figures were saved.")
    package static let organizationNoLoans = Message(
        zh: "政策文件没有单位可申请的贷款。", en: "The policy names no loan organisations can ask for.")
    package static func organizationApplyOffline(department: String) -> Message {
        Message(
            zh: "平台暂未受理单位的贷款申请，请向\(department)提交。",
            en: "The platform does not yet take organisations' loan applications: apply to the \(department).")
    }

    // MARK: M4 loans
    package static let eligibilityLoansHeading = Message(zh: "创业贷款（第四条）", en: "Start-up loans (measure 4)")
    package static func loanCap(cap: String, available: String) -> Message {
        Message(zh: "最高 \(cap)，当前可申请 \(available)。", en: "Up to \(cap); \(available) can be asked now.")
    }
    package static let reasonNotDigitalTalent = Message(
        zh: "档案中未登记数字职业。", en: "The profile names no digital occupation.")
    package static let reasonNotInKeyGroup = Message(
        zh: "不属于该贷款支持的重点群体（见档案中的重点群体）。",
        en: "Not in a key group this loan supports (see the key groups on the profile).")
    package static let reasonNotAnEnterprise = Message(
        zh: "只有企业可申请小微企业贷款，本单位不是企业。",
        en: "Only companies may ask for the small and micro enterprise loans; this organisation is not one.")
    package static func reasonStaffOver(have: String, max: String) -> Message {
        Message(zh: "从业人员 \(have) 人，超过 \(max) 人。", en: "\(have) staff, more than \(max).")
    }
    package static func reasonRevenueOver(have: String, max: String) -> Message {
        Message(zh: "营业收入 \(have)，超过 \(max)。", en: "Revenue of \(have), more than \(max).")
    }
    package static func reasonNewHireShareShort(have: String, need: String) -> Message {
        Message(
            zh: "当年新招用重点群体人员占比 \(have)%，需达到 \(need)%。",
            en: "\(have)% of this year's new hires are from key groups; \(need)% are needed.")
    }
    package static func reasonLoanFactUnverified(fact: String) -> Message {
        Message(zh: "平台未登记\(fact)，由审核部门核实。", en: "The platform does not hold the \(fact); the reviewers check it.")
    }
    package static let loanFactStaff = Message(zh: "从业人员数", en: "number of staff")
    package static let loanFactRevenue = Message(zh: "营业收入", en: "revenue")
    package static let loanFactNewHireShare = Message(zh: "新招用重点群体人员占比", en: "share of new hires from key groups")
    package static func reasonLoanCapReached(cap: String) -> Message {
        Message(zh: "已持有该贷款，达到上限 \(cap)。", en: "Already holds this loan up to its cap of \(cap).")
    }
    package static func reasonLoanOverAvailable(asked: String, available: String) -> Message {
        Message(
            zh: "申请 \(asked)，超过可申请额度 \(available)（上限减去已持有的贷款）。",
            en: "\(asked) asked, more than the \(available) available (the cap less the loans held).")
    }

    // MARK: M10 reasons
    package static func subsidyAmount(amount: String) -> Message {
        Message(zh: "补贴标准：\(amount)", en: "Amount: \(amount)")
    }
    package static let subsidyAmountByDepartment = Message(
        zh: "补贴标准由主管部门按规定核定。", en: "The department sets the amount by the rules.")
    package static func subsidyForCertificate(certificate: String, occupation: String, date: String) -> Message {
        Message(zh: "\(certificate) · \(occupation) · \(date)", en: "\(certificate) · \(occupation) · \(date)")
    }
    package static func subsidyForTraining(occupation: String, date: String) -> Message {
        Message(zh: "培训结业 · \(occupation) · \(date)", en: "Completed training · \(occupation) · \(date)")
    }
    package static func reasonNoCertificate(certificates: String) -> Message {
        Message(zh: "尚无有效的\(certificates)。", en: "No valid \(certificates).")
    }
    package static let reasonNoCompletedTraining = Message(zh: "尚无已结业的培训。", en: "No completed training yet.")
    package static func reasonNoAmountForLevel(level: String) -> Message {
        Message(zh: "政策未规定\(level)的补贴标准。", en: "The policy sets no amount for \(level).")
    }
    package static func reasonNotInCatalogue(occupation: String) -> Message {
        Message(
            zh: "职业 \(occupation) 不在职业技能培训需求指导目录中。",
            en: "Occupation \(occupation) is not in the training demand catalogue.")
    }
    package static let reasonProgramNotSubsidised = Message(
        zh: "该培训项目不享受职业培训补贴。", en: "The program does not take training subsidies.")
    package static func reasonWindowClosed(lastDay: String) -> Message {
        Message(
            zh: "须在取得证书之日起规定期限内申请，最后一天为 \(lastDay)，已过期。",
            en: "The claim had to be made within the period after the certificate date, by \(lastDay); it has passed.")
    }
    package static let reasonAlreadyClaimed = Message(zh: "已申领过。", en: "Already claimed.")
    package static let reasonOccupationAndLevelClaimed = Message(
        zh: "同一职业同一等级只能享受一次，此前已享受。", en: "Paid once per occupation and level, and paid before.")
    package static func reasonYearlyLimit(claims: String, max: String) -> Message {
        Message(
            zh: "本年度已享受 \(claims) 次，每人每年最多 \(max) 次。",
            en: "\(claims) claims this year; at most \(max) a person a year.")
    }
    package static func reasonExcludedBy(subsidy: String) -> Message {
        Message(
            zh: "同一培训已享受\(subsidy)，不能重复享受。",
            en: "The same training already had the \(subsidy); the two are not paid together.")
    }
    package static func reasonInsuredShort(have: String, need: String) -> Message {
        Message(
            zh: "失业保险参保 \(have) 个月，需满 \(need) 个月。",
            en: "\(have) months of unemployment insurance; \(need) are needed.")
    }
    package static func reasonInsuredUnverified(need: String) -> Message {
        Message(
            zh: "需参加失业保险满 \(need) 个月，由审核部门核验参保记录。",
            en: "\(need) months of unemployment insurance are needed; the reviewers check the insurance record.")
    }
}

// MARK: The workflow
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

// MARK: Policy simulation
extension Message {
    package static let simulationsTitle = Message(zh: "政策模拟", en: "Policy simulation")
    package static let simulationsIntro = Message(
        zh:
            "上传政策文件草案，平台按现行政策和草案分别判定人才库中的每个人，报告每条规则新增和不再符合的人数（按区县和职业）、可申领的补贴金额，以及受影响人员的样例（姓名已遮盖）。模拟不改变任何数据，草案不会生效；结果仅管理员可见。",
        en:
            "Upload a draft policy file: the platform judges everyone in the talent pool under the active policy and under the draft, and reports for each rule how many people become eligible or stop being eligible (by district and occupation), the subsidy amounts that could be claimed, and a sample of the people affected (names masked). A simulation changes no data and activates nothing; only administrators see it."
    )
    package static let simulationFile = Message(zh: "政策文件草案", en: "Draft policy file")
    package static let simulationFileHint = Message(
        zh: "YAML 格式（与 talent policy check 的校验相同），UTF-8 编码，不超过 1 MB。",
        en: "YAML, checked exactly as talent policy check does; UTF-8, at most 1 MB.")
    package static let simulationSubmit = Message(zh: "开始模拟", en: "Run the simulation")
    package static let simulationFileMissing = Message(
        zh: "政策文件草案：请选择要模拟的文件。", en: "Draft policy file: choose the file to simulate.")
    package static let simulationFileUnreadable = Message(
        zh: "政策文件草案：须为 UTF-8 编码的文本，不超过 1 MB。", en: "Draft policy file: it must be UTF-8 text of at most 1 MB.")
    package static func simulationFileInvalid(reason: String) -> Message {
        Message(zh: "政策文件草案未通过校验：\(reason)", en: "The draft policy file is not valid: \(reason)")
    }
    package static let simulationRecent = Message(zh: "最近的模拟", en: "Recent simulations")
    package static let simulationResultTitle = Message(zh: "政策模拟结果", en: "Policy simulation result")
    package static func simulationCompare(draft: String, active: String) -> Message {
        Message(zh: "草案“\(draft)”对比现行政策“\(active)”", en: "Draft “\(draft)” against the active policy “\(active)”")
    }
    package static let simulationQueued = Message(zh: "排队中，即将开始……", en: "Queued; starting shortly…")
    package static func simulationRunning(done: String, total: String) -> Message {
        Message(zh: "已判定 \(done) / \(total) 人", en: "\(done) of \(total) people judged")
    }
    package static func simulationFailed(reason: String) -> Message {
        Message(zh: "模拟失败：\(reason)", en: "The simulation failed: \(reason)")
    }
    package static let simulationInterrupted = Message(
        zh: "模拟多次中断，已停止，请重新发起。", en: "The simulation was interrupted too often and stopped; run it again.")
    package static let simulationStateRunning = Message(zh: "进行中", en: "Running")
    package static let simulationStateDone = Message(zh: "已完成", en: "Done")
    package static let simulationStateFailed = Message(zh: "失败", en: "Failed")
    package static func simulationSummary(people: String, organisations: String, affected: String) -> Message {
        Message(
            zh: "共判定 \(people) 人、\(organisations) 个单位，其中 \(affected) 个至少一条规则的结果或金额发生变化。",
            en:
                "\(people) people and \(organisations) organisations judged; for \(affected) of them at least one rule decides differently or its amount changes."
        )
    }
    package static func simulationMoney(before: String, after: String, delta: String) -> Message {
        Message(
            zh: "可申领补贴合计：现行政策 \(before)，草案 \(after)，变化 \(delta)。",
            en:
                "Subsidies that could be claimed: \(before) under the active policy, \(after) under the draft, a change of \(delta)."
        )
    }
    package static let simulationMoneyNote = Message(
        zh: "金额按今天可申领的计算：符合和待审核（如参保月数待核实）的都计入，每人每年的申领次数上限已扣除。",
        en:
            "Amounts are what could be claimed today: eligible and for-review claims (e.g. insured months to be checked) both count, within each person's yearly limit of claims."
    )
    package static let simulationLoanNote = Message(
        zh: "贷款规则（第四条）的金额是符合或待审核者当前可申请的额度（上限减去已持有的贷款），是放贷额度而非补贴，不计入上面的补贴合计。",
        en:
            "For the loan rules (measure 4) the amount is what those eligible or for review could still borrow (the cap less the loans held): lending, not a subsidy, so it stays out of the subsidy totals above."
    )
    package static let simulationNothingChanges = Message(
        zh: "草案与现行政策对人才库中每个人的判定相同。", en: "The draft decides exactly as the active policy for everyone in the pool.")
    package static let simulationRule = Message(zh: "规则", en: "Rule")
    package static let simulationActive = Message(zh: "现行政策", en: "Active policy")
    package static let simulationDraft = Message(zh: "草案", en: "Draft")
    package static func simulationEligibleCount(count: String) -> Message {
        Message(zh: "符合 \(count)", en: "\(count) eligible")
    }
    package static func simulationReviewCount(count: String) -> Message {
        Message(zh: "待审核 \(count)", en: "\(count) for review")
    }
    package static let simulationGained = Message(zh: "新增符合", en: "Become eligible")
    package static let simulationLost = Message(zh: "不再符合", en: "No longer eligible")
    package static let simulationMoneyDelta = Message(zh: "金额变化", en: "Change in amount")
    package static let simulationRuleNew = Message(zh: "草案新增的规则", en: "New in the draft")
    package static let simulationRuleRemoved = Message(zh: "草案删除的规则", en: "Removed by the draft")
    package static let simulationByDistrict = Message(zh: "按区县", en: "By district")
    package static let simulationByOccupation = Message(zh: "按职业", en: "By occupation")
    package static let simulationDistrict = Message(zh: "区县", en: "District")
    package static let simulationOccupation = Message(zh: "职业", en: "Occupation")
    package static let simulationNoOccupation = Message(zh: "未填职业", en: "No occupation recorded")
    package static func simulationMoreGroups(count: String) -> Message {
        Message(zh: "另有 \(count) 个职业，见下载的表格。", en: "\(count) more occupations in the download.")
    }
    package static let simulationDetails = Message(zh: "变化明细", en: "Where it changes")
    package static let simulationSamples = Message(zh: "受影响人员样例（姓名已遮盖）", en: "People affected, a sample (names masked)")
    package static let simulationPerson = Message(zh: "人员", en: "Person")
    package static let simulationChanges = Message(zh: "变化", en: "Changes")
    package static let simulationDownload = Message(zh: "下载结果（XLSX）", en: "Download the result (XLSX)")
    package static let simulationTotal = Message(zh: "合计", en: "Total")
    package static let simulationDimension = Message(zh: "范围", en: "Scope")
    package static let simulationMeasure = Message(zh: "措施", en: "Measure")
    package static let simulationMoneyActive = Message(zh: "现行可申领金额（元）", en: "Claimable, active (yuan)")
    package static let simulationMoneyDraft = Message(zh: "草案可申领金额（元）", en: "Claimable, draft (yuan)")
    package static let simulationAgain = Message(zh: "再做一次模拟", en: "Run another simulation")
}
