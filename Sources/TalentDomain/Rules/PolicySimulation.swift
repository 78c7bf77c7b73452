/// 政策模拟 (issue 16): what a draft policy would change before anyone activates it. Every
/// person's facts are judged by the same rules under the active and the draft policy, and
/// the differences are added up per rule — who would become eligible, who would lose it,
/// by district and by occupation, and the money at stake. Pure and incremental: the caller
/// streams people through `add` one at a time, so a million never sit in memory at once.
public enum PolicySimulation {
    /// One person's facts as the rules read them, and what the report groups them by.
    public struct Subject: Sendable {
        public var id: String
        /// Masked (`MaskedName`) before it goes into a report's sample; only there.
        public var name: String
        public var district: String
        /// The person's first occupation code; nil when none is recorded.
        public var occupation: String?
        public var titles: TitleEligibility.Facts
        public var subsidies: SubsidyEligibility.Facts

        public init(
            id: String, name: String, district: String, occupation: String?,
            titles: TitleEligibility.Facts, subsidies: SubsidyEligibility.Facts
        ) {
            (self.id, self.name, self.district, self.occupation) = (id, name, district, occupation)
            (self.titles, self.subsidies) = (titles, subsidies)
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

        /// Whether the draft changes anything under this rule.
        public var changes: Bool { before != after || moneyBefore != moneyAfter }
    }

    /// A person the draft affects, for a reviewer to check by hand (masked).
    public struct Sample: Codable, Hashable, Sendable {
        public var id: String
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
        /// People judged.
        public var subjects = 0
        /// People for whom at least one rule decides differently or pays differently.
        public var affected = 0
        public var rules: [RuleTally]
        public var samples: [Sample] = []

        public var moneyBefore: Money { Money(fen: rules.reduce(0) { $0 + $1.moneyBefore.fen }) }
        public var moneyAfter: Money { Money(fen: rules.reduce(0) { $0 + $1.moneyAfter.fen }) }
    }

    /// Adds people up, one at a time.
    public struct Accumulator: Sendable {
        public let active: PolicyDocument
        public let draft: PolicyDocument
        public let sampleLimit: Int
        public private(set) var report: Report
        /// Where each policy's rulings go in `report.rules`.
        private let activeSlots: Slots
        private let draftSlots: Slots
        /// The draft leaves the title rules, or the subsidy rules, as they are: their
        /// rulings are the active policy's, and are not worked out twice.
        private let sameTitles: Bool
        private let sameSubsidies: Bool

        public init(active: PolicyDocument, draft: PolicyDocument, sampleLimit: Int = 50) {
            (self.active, self.draft, self.sampleLimit) = (active, draft, sampleLimit)
            // Every rule each policy has, in the policy files' order: the active policy's,
            // then those only the draft has.
            let before = Self.rules(of: active)
            let after = Self.rules(of: draft)
            var rules: [RuleTally] = []
            var position: [String: Int] = [:]
            for (id, measure, text) in before + after where position[id] == nil {
                position[id] = rules.count
                rules.append(
                    RuleTally(
                        ruleID: id, measure: measure,
                        text: after.first(where: { $0.id == id })?.text ?? text,
                        inActive: before.contains(where: { $0.id == id }),
                        inDraft: after.contains(where: { $0.id == id })))
            }
            report = Report(rules: rules)
            activeSlots = Slots(before, subsidies: active.subsidies.count, position)
            draftSlots = Slots(after, subsidies: draft.subsidies.count, position)
            sameTitles =
                active.titlePathways == draft.titlePathways && active.crossover == draft.crossover
                && active.exceptionalSenior == draft.exceptionalSenior
            sameSubsidies = active.subsidies == draft.subsidies && active.demandOccupations == draft.demandOccupations
        }

        public mutating func add(_ subject: Subject) {
            let count = report.rules.count
            var before = [Judgement](repeating: Judgement(), count: count)
            var after = before
            Self.judgeTitles(subject, active, activeSlots, into: &before)
            Self.judgeSubsidies(subject, active, activeSlots, into: &before)
            if sameTitles {
                for slot in activeSlots.titles { after[slot] = before[slot] }
            } else {
                Self.judgeTitles(subject, draft, draftSlots, into: &after)
            }
            if sameSubsidies {
                for slot in activeSlots.subsidies { after[slot] = before[slot] }
            } else {
                Self.judgeSubsidies(subject, draft, draftSlots, into: &after)
            }
            report.subjects += 1
            var changes: [Change] = []
            for index in 0..<count {
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
                report.rules[index].byOccupation[subject.occupation ?? "", default: Shift()].add(shift)
            }
            guard !changes.isEmpty else { return }
            report.affected += 1
            if report.samples.count < sampleLimit {
                report.samples.append(
                    Sample(
                        id: subject.id, maskedName: MaskedName.of(subject.name), district: subject.district,
                        occupation: subject.occupation, changes: changes))
            }
        }

        /// What one policy decides of one person under one rule.
        private struct Judgement: Equatable {
            var outcome = RuleOutcome.notEligible
            var money = Money(fen: 0)
        }

        /// Where a policy's rulings go: its title rules in their order, its subsidies in theirs.
        private struct Slots: Sendable {
            var titles: [Int]
            var subsidies: [Int]

            /// `rules`: the policy's (`rules(of:)`), its `subsidies` last.
            init(
                _ rules: [(id: String, measure: String, text: LocalizedText)], subsidies: Int, _ position: [String: Int]
            ) {
                titles = rules.dropLast(subsidies).map { position[$0.id]! }
                self.subsidies = rules.suffix(subsidies).map { position[$0.id]! }
            }
        }

        private static func judgeTitles(
            _ subject: Subject, _ policy: PolicyDocument, _ slots: Slots, into judged: inout [Judgement]
        ) {
            for (index, ruling) in TitleEligibility.evaluate(subject.titles, policy: policy).enumerated() {
                judged[slots.titles[index]].outcome = ruling.decision.outcome
            }
        }

        /// A subsidy is judged for each certificate or training it could be claimed for:
        /// the person's best outcome counts, and the amounts they could claim now — at most
        /// as many as the year's claims left allow, the largest first.
        private static func judgeSubsidies(
            _ subject: Subject, _ policy: PolicyDocument, _ slots: Slots, into judged: inout [Judgement]
        ) {
            let rulings = SubsidyEligibility.evaluate(subject.subsidies, policy: policy)
            for (index, subsidy) in policy.subsidies.enumerated() {
                var eligible = false
                var review = false
                var amounts: [Int64] = []
                for ruling in rulings where ruling.subsidy == subsidy.kind && ruling.decision.outcome != .notEligible {
                    if ruling.decision.isEligible { eligible = true } else { review = true }
                    if let amount = ruling.amount { amounts.append(amount.fen) }
                }
                if let max = subsidy.maxClaimsPerYear, amounts.count > 0 {
                    let made = subject.subsidies.claims.filter {
                        $0.kind == subsidy.kind && $0.claimedOn.year == subject.subsidies.today.year
                    }.count
                    amounts = Array(amounts.sorted(by: >).prefix(Swift.max(0, max - made)))
                }
                judged[slots.subsidies[index]] = Judgement(
                    outcome: eligible ? .eligible : review ? .needsReview : .notEligible,
                    money: Money(fen: amounts.reduce(0, +)))
            }
        }

        /// The rules of a policy, titles first: judging nobody yields each rule once.
        private static func rules(of policy: PolicyDocument) -> [(id: String, measure: String, text: LocalizedText)] {
            let nobody = CalendarDate("2000-01-01")!
            let titles = TitleEligibility.evaluate(.init(certificates: [], yearsInField: nil), policy: policy)
                .map { ($0.ruleID, $0.decision.measure, $0.policyText) }
            let subsidies = SubsidyEligibility.evaluate(
                .init(certificates: [], trainings: [], claims: [], insuredMonths: nil, today: nobody), policy: policy
            )
            .map { ($0.ruleID, $0.decision.measure, $0.label) }
            return titles + subsidies
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
