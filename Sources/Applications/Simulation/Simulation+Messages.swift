import SiteKit

/// The policy simulation's texts, in Chinese and English (as `Applications+Messages.swift`
/// explains).
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
