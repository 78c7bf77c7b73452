/// M8 (职称): which titles a person may be recognised with or apply for, from their valid
/// certificates and their years of professional work in the field, under the policy
/// file's title pathways, its crossover both ways (skill→title, and title→skill
/// certification) and its 破格 rule. One `Ruling` per
/// rule of the policy, each with the `Decision` and the sentence of the policy it
/// applies; every threshold comes from the policy file. Pure: the caller gathers the
/// facts (issue 16's first step; the application workflow builds on it).
public enum TitleEligibility {
    /// What the rules look at.
    public struct Facts: Hashable, Sendable {
        /// Valid (not revoked) certificates.
        public var certificates: [Held]
        /// Full years of professional work in the field, as declared; nil when nobody has
        /// declared it.
        public var yearsInField: Int?
        /// The levels the profile holds now (from certificates and recognised titles): a
        /// title already held is not applied for again, and a technical title opens the
        /// reverse crossover.
        public var titleLevel: TitleLevel?
        public var skillLevel: SkillLevel?

        public init(
            certificates: [Held], yearsInField: Int?, titleLevel: TitleLevel? = nil, skillLevel: SkillLevel? = nil
        ) {
            self.certificates = certificates
            self.yearsInField = yearsInField
            self.titleLevel = titleLevel
            self.skillLevel = skillLevel
        }
    }

    public struct Held: Hashable, Sendable {
        public var kind: CertificateKind
        public var level: CertificateLevel?
        public var issuedOn: CalendarDate

        public init(kind: CertificateKind, level: CertificateLevel?, issuedOn: CalendarDate) {
            self.kind = kind
            self.level = level
            self.issuedOn = issuedOn
        }
    }

    /// Why a rule does not (yet) apply, as data the edge puts into words.
    public enum Reason: Hashable, Sendable {
        /// No valid certificate of this kind and level.
        case certificateMissing(CertificateKind, CertificateLevel)
        /// The certificate is held, but the years in the field fall short.
        case yearsShort(have: Int, need: Int)
        /// The rule needs years in the field and none are declared.
        case yearsNotDeclared(need: Int)
        /// 破格: never decided automatically; a person reviews the application.
        case exceptionalNeedsReview
        /// The title (or a higher one) is already held: nothing to apply for.
        case titleAlreadyHeld(TitleLevel)
        /// The reverse crossover needs a title of this level or higher.
        case titleMissing(TitleLevel)
        /// The skill level (or a higher one) is already held.
        case skillAlreadyHeld(SkillLevel)
    }

    /// What a rule gives when it applies.
    public enum Grant: Hashable, Sendable {
        /// 直接认定: the title itself.
        case recognisedAs(TitleLevel)
        /// 可直接申报评审或考试: the right to apply for the title's review or examination.
        case mayApplyFor(TitleLevel)
        /// 业绩成果条件: a condition when applying for a senior title, not a title.
        case countsTowards(TitleLevel)
        /// 数字技能人才可参加职称评审或考试: a skill level opens the title's review or examination.
        case mayApplyThroughCrossover(TitleLevel)
        /// 破格申报: applying for the title without the usual conditions.
        case mayApplyExceptionally(TitleLevel)
        /// 数字技术人才可参加职业技能等级认定: taking the skill-level certification.
        case mayTakeSkillCertification(SkillLevel)

        /// The title an approved application for it recognises, when it is one an
        /// application can be made for.
        public var titleApplied: TitleLevel? {
            switch self {
            case let .mayApplyFor(level), let .mayApplyThroughCrossover(level), let .mayApplyExceptionally(level): level
            case .recognisedAs, .countsTowards, .mayTakeSkillCertification: nil
            }
        }
    }

    public struct Ruling: Hashable, Sendable {
        /// The rule's id in the policy file (`training-intermediate-may-apply`, …).
        public var ruleID: String
        public var grant: Grant
        /// The sentence of the policy the rule applies.
        public var policyText: LocalizedText
        public var decision: Decision<Reason>
        /// The certificate that satisfies it, when one does.
        public var evidence: Held?
    }

    public static let measure = "M8"

    /// Every M8 rule of `policy`, in the policy file's order: the title pathways, then the
    /// skill→title crossover mappings, then the 破格 route, then the title→skill ones.
    public static func evaluate(_ facts: Facts, policy: PolicyDocument) -> [Ruling] {
        let pathways = policy.titlePathways.map { pathway in
            rule(
                pathway.id, grant: grant(pathway.outcome, pathway.titleLevel), policyText: pathway.description,
                needs: (pathway.certificate, .engineer(pathway.level)), years: pathway.minYearsInField, facts)
        }
        let crossover = policy.crossover.skillToTitle.map { mapping in
            rule(
                "crossover-\(mapping.skillLevel.rawValue)", grant: .mayApplyThroughCrossover(mapping.titleLevel),
                policyText: policy.crossover.description, needs: (.skillLevel, .skill(mapping.skillLevel)),
                years: mapping.minYears, facts)
        }
        // 破格申报高级职称: a senior title (副高级 first), always for a person to decide —
        // unless the person holds it already.
        let exceptional: Ruling
        if let held = facts.titleLevel, held >= .associateSenior {
            exceptional = Ruling(
                ruleID: "exceptional-senior", grant: .mayApplyExceptionally(.associateSenior),
                policyText: policy.exceptionalSenior.description,
                decision: Decision(under: measure, refusing: [.titleAlreadyHeld(held)]), evidence: nil)
        } else {
            exceptional = Ruling(
                ruleID: "exceptional-senior", grant: .mayApplyExceptionally(.associateSenior),
                policyText: policy.exceptionalSenior.description,
                decision: Decision(.needsReview, under: measure, reasons: [.exceptionalNeedsReview]), evidence: nil)
        }
        let reverse = (policy.crossover.titleToSkill ?? []).map { reverseRule($0, policy.crossover.description, facts) }
        return pathways + crossover + [exceptional] + reverse
    }

    /// 数字技术人才可参加职业技能等级认定: a title of the mapping's level (or higher) and its
    /// years open the skill-level certification of the mapped level.
    private static func reverseRule(_ mapping: Crossover.ReverseMapping, _ text: LocalizedText, _ facts: Facts)
        -> Ruling
    {
        var reasons: [Reason] = []
        if let skill = facts.skillLevel, skill >= mapping.skillLevel {
            reasons.append(.skillAlreadyHeld(skill))
        }
        if facts.titleLevel.map({ $0 < mapping.titleLevel }) ?? true {
            reasons.append(.titleMissing(mapping.titleLevel))
        }
        reasons += yearsReasons(mapping.minYears, facts)
        return Ruling(
            ruleID: Crossover.ReverseMapping.ruleID(mapping.titleLevel),
            grant: .mayTakeSkillCertification(mapping.skillLevel), policyText: text,
            decision: Decision(under: measure, refusing: reasons), evidence: nil)
    }

    private static func yearsReasons(_ years: Int, _ facts: Facts) -> [Reason] {
        guard years > 0 else { return [] }
        switch facts.yearsInField {
        case nil: return [.yearsNotDeclared(need: years)]
        case let have? where have < years: return [.yearsShort(have: have, need: years)]
        default: return []
        }
    }

    /// What the M8 rule `id` of `policy` gives; nil for an id that is not one.
    public static func grant(ofRule id: String, policy: PolicyDocument) -> Grant? {
        evaluate(Facts(certificates: [], yearsInField: nil), policy: policy).first { $0.ruleID == id }?.grant
    }

    private static func grant(_ outcome: TitlePathway.Outcome, _ level: TitleLevel) -> Grant {
        switch outcome {
        case .recognizedAsTitle: .recognisedAs(level)
        case .mayApplyReviewOrExam: .mayApplyFor(level)
        case .countsAsSeniorAchievement: .countsTowards(level)
        }
    }

    /// A rule that asks for a certificate of a kind and level and `years` in the field.
    private static func rule(
        _ id: String, grant: Grant, policyText: LocalizedText, needs: (CertificateKind, CertificateLevel),
        years: Int, _ facts: Facts
    ) -> Ruling {
        // The earliest matching certificate: the one the person has held longest.
        let held = facts.certificates.filter { $0.kind == needs.0 && $0.level == needs.1 }
            .min { $0.issuedOn < $1.issuedOn }
        var reasons: [Reason] = []
        // A title already held (or a higher one) is not applied for again.
        if let wanted = grant.titleApplied, let have = facts.titleLevel, have >= wanted {
            reasons.append(.titleAlreadyHeld(have))
        }
        if held == nil { reasons.append(.certificateMissing(needs.0, needs.1)) }
        reasons += yearsReasons(years, facts)
        return Ruling(
            ruleID: id, grant: grant, policyText: policyText,
            decision: Decision(under: measure, refusing: reasons), evidence: held)
    }
}
