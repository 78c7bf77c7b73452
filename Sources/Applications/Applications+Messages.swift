import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function. Here the eligibility pages' and the rules' texts; the
/// workflow's and the simulation's stand beside their code.
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

// Applications' part of a workspace.
extension Message {
    package static let workspaceApplicationsOverdue = Message(zh: "已超过办理时限的申报", en: "Applications past their due day")
    package static let workspaceApplicationsDueSoon = Message(
        zh: "两个工作日内到期的申报", en: "Applications due within two working days")
    package static let workspaceApplicationsWaiting = Message(zh: "待审核的申报", en: "Applications waiting for review")
    package static let workspaceApplicationsReturned = Message(
        zh: "退回补正、待您修改的申报", en: "Applications returned to you for correction")
    package static let workspaceApplicationsDrafts = Message(zh: "尚未提交的申报草稿", en: "Drafts not yet submitted")
    package static let workspaceApplicationsSubmitted = Message(zh: "审核中的申报", en: "Applications under review")
}
