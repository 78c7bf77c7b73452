/// 政策模拟 (issue 16): what a draft policy would change before anyone activates it. Every
/// person's and organisation's facts are judged by the same rules under the active and
/// the draft policy, and
/// the differences are added up per rule — who would become eligible, who would lose it,
/// by district and by occupation, and the money at stake. Pure and incremental: the caller
/// streams people through `add` one at a time, so a million never sit in memory at once.
public enum PolicySimulation {
    /// One person's or organisation's facts as the rules read them, and what the report
    /// groups them by.
    public struct Subject: Sendable {
        public var id: String
        /// Masked (`MaskedName`) before it goes into a report's sample; only there.
        public var name: String
        public var district: String
        /// The person's first occupation code; nil when none is recorded.
        public var occupation: String?
        /// A person's facts for the title and subsidy rules; nil for an organisation.
        public var titles: TitleEligibility.Facts?
        public var subsidies: SubsidyEligibility.Facts?
        /// The loan rules' facts: a person's as an individual borrower, an organisation's
        /// as an enterprise; nil where the loans are not judged.
        public var loans: Loans?

        public init(
            id: String, name: String, district: String, occupation: String?,
            titles: TitleEligibility.Facts, subsidies: SubsidyEligibility.Facts, loans: Loans? = nil
        ) {
            (self.id, self.name, self.district, self.occupation) = (id, name, district, occupation)
            (self.titles, self.subsidies, self.loans) = (titles, subsidies, loans)
        }

        /// An organisation: only the enterprise loans are judged.
        public init(organisation id: String, name: String, district: String, loans: Loans) {
            (self.id, self.name, self.district, self.occupation, self.loans) = (id, name, district, nil, loans)
        }

        public var isOrganisation: Bool { titles == nil }
    }

    /// A borrower and what it holds of each loan product (by id).
    public struct Loans: Sendable {
        public var borrower: LoanEligibility.Borrower
        public var held: [String: Money]

        public init(borrower: LoanEligibility.Borrower, held: [String: Money] = [:]) {
            (self.borrower, self.held) = (borrower, held)
        }
    }

    /// How many people a rule finds each way.
    public struct Counts: Codable, Hashable, Sendable {
        public var eligible = 0
        public var needsReview = 0
        public var notEligible = 0

        public init() {}

        mutating func add(_ outcome: RuleOutcome) {
            switch outcome {
            case .eligible: eligible += 1
            case .needsReview: needsReview += 1
            case .notEligible: notEligible += 1
            }
        }
    }

    /// What changes for one group (a district, an occupation) under one rule.
    public struct Shift: Codable, Hashable, Sendable {
        /// Not eligible before; eligible or for review under the draft.
        public var gained = 0
        /// Eligible or for review before; not eligible under the draft.
        public var lost = 0
        /// The draft's claimable amount less the active one's.
        public var money = Money(fen: 0)

        public init(gained: Int = 0, lost: Int = 0, money: Money = Money(fen: 0)) {
            (self.gained, self.lost, self.money) = (gained, lost, money)
        }
    }

    /// One rule over everyone.
    public struct RuleTally: Codable, Hashable, Sendable {
        public var ruleID: String
        public var measure: String
        /// The sentence of the policy the rule applies (the draft's when it has the rule).
        public var text: LocalizedText
        /// Whether the rule is in the active policy, the draft, or both.
        public var inActive: Bool
        public var inDraft: Bool
        public var before = Counts()
        public var after = Counts()
        public var shift = Shift()
        /// What may be claimed under each policy (eligible and for review alike: most
        /// subsidy claims wait on a reviewer's check of the insured months).
        public var moneyBefore = Money(fen: 0)
        public var moneyAfter = Money(fen: 0)
        /// Only the groups where something changed.
        public var byDistrict: [String: Shift] = [:]
        public var byOccupation: [String: Shift] = [:]
        /// A loan: its money is what may be borrowed (the cap less what is held, for
        /// those eligible or for review), not money paid, and stays out of the totals.
        /// Optional: reports kept before loans were simulated lack it.
        public var isLoan: Bool?

        /// Whether the draft changes anything under this rule.
        public var changes: Bool { before != after || moneyBefore != moneyAfter }
    }

    /// A person the draft affects, for a reviewer to check by hand (masked).
    public struct Sample: Codable, Hashable, Sendable {
        public var id: String
        /// An organisation rather than a person; nil in reports kept before.
        public var isOrganisation: Bool?
        public var maskedName: String
        public var district: String
        public var occupation: String?
        public var changes: [Change]
    }

    public struct Change: Codable, Hashable, Sendable {
        public var ruleID: String
        public var before: RuleOutcome
        public var after: RuleOutcome
        public var moneyBefore: Money
        public var moneyAfter: Money
    }

    public struct Report: Codable, Hashable, Sendable {
        /// People and organisations judged.
        public var subjects = 0
        /// Of them, organisations (judged under the enterprise loans only); nil in
        /// reports kept before organisations were simulated.
        public var organisations: Int?
        /// People for whom at least one rule decides differently or pays differently.
        public var affected = 0
        public var rules: [RuleTally]
        public var samples: [Sample] = []

        /// The subsidies that may be claimed under each policy (loans stay out: lending is
        /// not paying).
        public var moneyBefore: Money {
            Money(fen: rules.filter { $0.isLoan != true }.reduce(0) { $0 + $1.moneyBefore.fen })
        }
        public var moneyAfter: Money {
            Money(fen: rules.filter { $0.isLoan != true }.reduce(0) { $0 + $1.moneyAfter.fen })
        }
    }

    /// Adds people and organisations up, one at a time.
    public struct Accumulator: Sendable {
        public let active: PolicyDocument
        public let draft: PolicyDocument
        public let sampleLimit: Int
        public private(set) var report: Report
        /// Where each policy's rulings go in `report.rules`.
        private let activeSlots: Slots
        private let draftSlots: Slots
        /// Which subjects each rule of `report.rules` judges.
        private let families: [Family]
        /// The draft leaves the title rules, the subsidy rules or the loan rules as they
        /// are: their rulings are the active policy's, and are not worked out twice.
        private let sameTitles: Bool
        private let sameSubsidies: Bool
        private let sameLoans: Bool

        public init(active: PolicyDocument, draft: PolicyDocument, sampleLimit: Int = 50) {
            (self.active, self.draft, self.sampleLimit) = (active, draft, sampleLimit)
            // Every rule each policy has, in the policy files' order: the active policy's,
            // then those only the draft has.
            let before = Self.rules(of: active)
            let after = Self.rules(of: draft)
            var rules: [RuleTally] = []
            var families: [Family] = []
            var position: [String: Int] = [:]
            for rule in before + after where position[rule.id] == nil {
                position[rule.id] = rules.count
                rules.append(
                    RuleTally(
                        ruleID: rule.id, measure: rule.measure,
                        text: after.first(where: { $0.id == rule.id })?.text ?? rule.text,
                        inActive: before.contains(where: { $0.id == rule.id }),
                        inDraft: after.contains(where: { $0.id == rule.id }),
                        isLoan: rule.family == .person ? nil : true))
                families.append(rule.family)
            }
            report = Report(rules: rules)
            self.families = families
            activeSlots = Slots(before, position)
            draftSlots = Slots(after, position)
            sameTitles =
                active.titlePathways == draft.titlePathways && active.crossover == draft.crossover
                && active.exceptionalSenior == draft.exceptionalSenior
            sameSubsidies = active.subsidies == draft.subsidies && active.demandOccupations == draft.demandOccupations
            sameLoans = active.loanProducts == draft.loanProducts && active.loanBorrowers == draft.loanBorrowers
        }

        public mutating func add(_ subject: Subject) {
            let count = report.rules.count
            var before = [Judgement](repeating: Judgement(), count: count)
            var after = before
            if let titles = subject.titles {
                Self.judgeTitles(titles, active, activeSlots, into: &before)
                if sameTitles {
                    for slot in activeSlots.titles { after[slot] = before[slot] }
                } else {
                    Self.judgeTitles(titles, draft, draftSlots, into: &after)
                }
            }
            if let subsidies = subject.subsidies {
                Self.judgeSubsidies(subsidies, active, activeSlots, into: &before)
                if sameSubsidies {
                    for slot in activeSlots.subsidies { after[slot] = before[slot] }
                } else {
                    Self.judgeSubsidies(subsidies, draft, draftSlots, into: &after)
                }
            }
            if let loans = subject.loans {
                Self.judgeLoans(loans, active, activeSlots, into: &before)
                if sameLoans {
                    for slot in activeSlots.loans.values { after[slot] = before[slot] }
                } else {
                    Self.judgeLoans(loans, draft, draftSlots, into: &after)
                }
            }
            report.subjects += 1
            if subject.isOrganisation { report.organisations = (report.organisations ?? 0) + 1 }
            var changes: [Change] = []
            for index in 0..<count where families[index].judges(subject) {
                let (was, now) = (before[index], after[index])
                report.rules[index].before.add(was.outcome)
                report.rules[index].after.add(now.outcome)
                report.rules[index].moneyBefore.fen += was.money.fen
                report.rules[index].moneyAfter.fen += now.money.fen
                guard was != now else { continue }
                changes.append(
                    Change(
                        ruleID: report.rules[index].ruleID, before: was.outcome, after: now.outcome,
                        moneyBefore: was.money, moneyAfter: now.money))
                var shift = Shift()
                if was.outcome == .notEligible, now.outcome != .notEligible { shift.gained = 1 }
                if was.outcome != .notEligible, now.outcome == .notEligible { shift.lost = 1 }
                shift.money.fen = now.money.fen - was.money.fen
                report.rules[index].shift.add(shift)
                report.rules[index].byDistrict[subject.district, default: Shift()].add(shift)
                // An organisation has no occupation to be grouped under.
                if !subject.isOrganisation {
                    report.rules[index].byOccupation[subject.occupation ?? "", default: Shift()].add(shift)
                }
            }
            guard !changes.isEmpty else { return }
            report.affected += 1
            if report.samples.count < sampleLimit {
                report.samples.append(
                    Sample(
                        id: subject.id, isOrganisation: subject.isOrganisation ? true : nil,
                        maskedName: MaskedName.of(subject.name), district: subject.district,
                        occupation: subject.occupation, changes: changes))
            }
        }

        /// What one policy decides of one subject under one rule.
        private struct Judgement: Equatable {
            var outcome = RuleOutcome.notEligible
            var money = Money(fen: 0)
        }

        /// Who a rule judges: people (titles, subsidies, their loans) or organisations.
        private enum Family: Sendable {
            case person, individualLoan, enterpriseLoan

            func judges(_ subject: Subject) -> Bool {
                switch self {
                case .person: !subject.isOrganisation
                case .individualLoan: !subject.isOrganisation && subject.loans != nil
                case .enterpriseLoan: subject.isOrganisation
                }
            }
        }

        /// Where a policy's rulings go: its title rules in their order, its subsidies in
        /// theirs, its loans by rule id.
        private struct Slots: Sendable {
            var titles: [Int] = []
            var subsidies: [Int] = []
            var loans: [String: Int] = [:]

            init(_ rules: [Rule], _ position: [String: Int]) {
                for rule in rules {
                    let slot = position[rule.id]!
                    switch rule.kind {
                    case .title: titles.append(slot)
                    case .subsidy: subsidies.append(slot)
                    case .loan: loans[rule.id] = slot
                    }
                }
            }
        }

        private static func judgeTitles(
            _ facts: TitleEligibility.Facts, _ policy: PolicyDocument, _ slots: Slots, into judged: inout [Judgement]
        ) {
            for (index, ruling) in TitleEligibility.evaluate(facts, policy: policy).enumerated() {
                judged[slots.titles[index]].outcome = ruling.decision.outcome
            }
        }

        /// A subsidy is judged for each certificate or training it could be claimed for:
        /// the person's best outcome counts, and the amounts they could claim now — at most
        /// as many as the year's claims left allow, the largest first.
        private static func judgeSubsidies(
            _ facts: SubsidyEligibility.Facts, _ policy: PolicyDocument, _ slots: Slots,
            into judged: inout [Judgement]
        ) {
            let rulings = SubsidyEligibility.evaluate(facts, policy: policy)
            for (index, subsidy) in policy.subsidies.enumerated() {
                var eligible = false
                var review = false
                var amounts: [Int64] = []
                for ruling in rulings where ruling.subsidy == subsidy.kind && ruling.decision.outcome != .notEligible {
                    if ruling.decision.isEligible { eligible = true } else { review = true }
                    if let amount = ruling.amount { amounts.append(amount.fen) }
                }
                if let max = subsidy.maxClaimsPerYear, amounts.count > 0 {
                    let made = facts.claims.filter {
                        $0.kind == subsidy.kind && $0.claimedOn.year == facts.today.year
                    }.count
                    amounts = Array(amounts.sorted(by: >).prefix(Swift.max(0, max - made)))
                }
                judged[slots.subsidies[index]] = Judgement(
                    outcome: eligible ? .eligible : review ? .needsReview : .notEligible,
                    money: Money(fen: amounts.reduce(0, +)))
            }
        }

        /// Each loan product of the borrower's kind; its money is what may still be
        /// borrowed, for one eligible or for review.
        private static func judgeLoans(
            _ loans: Loans, _ policy: PolicyDocument, _ slots: Slots, into judged: inout [Judgement]
        ) {
            for ruling in LoanEligibility.evaluate(loans.borrower, held: loans.held, policy: policy) {
                guard let slot = slots.loans[ruling.ruleID] else { continue }
                let open = ruling.decision.outcome != .notEligible
                judged[slot] = Judgement(
                    outcome: ruling.decision.outcome, money: open ? ruling.available : Money(fen: 0))
            }
        }

        private struct Rule {
            enum Kind { case title, subsidy, loan }
            var id: String
            var measure: String
            var text: LocalizedText
            var kind: Kind
            var family: Family
        }

        /// The rules of a policy, titles first, then subsidies, then loans: judging
        /// nobody yields each rule once.
        private static func rules(of policy: PolicyDocument) -> [Rule] {
            let nobody = CalendarDate("2000-01-01")!
            let titles = TitleEligibility.evaluate(.init(certificates: [], yearsInField: nil), policy: policy)
                .map {
                    Rule(
                        id: $0.ruleID, measure: $0.decision.measure, text: $0.policyText, kind: .title, family: .person)
                }
            let subsidies = SubsidyEligibility.evaluate(
                .init(certificates: [], trainings: [], claims: [], insuredMonths: nil, today: nobody), policy: policy
            )
            .map { Rule(id: $0.ruleID, measure: $0.decision.measure, text: $0.label, kind: .subsidy, family: .person) }
            let loans = policy.loanProducts.map { product in
                Rule(
                    id: product.ruleID, measure: product.measure, text: product.label, kind: .loan,
                    family: product.borrower == .individual ? .individualLoan : .enterpriseLoan)
            }
            return titles + subsidies + loans
        }
    }
}

extension PolicySimulation.Shift {
    mutating func add(_ other: Self) {
        gained += other.gained
        lost += other.lost
        money.fen += other.money.fen
    }
}
