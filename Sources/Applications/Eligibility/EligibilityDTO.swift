import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `GET /api/v1/talents/{id}/eligibility`: every rule's outcome for one talent, each
/// reason as a code with its facts and the sentence in the caller's language.
package struct EligibilityDTO: Content {
    package var talentID: UUID
    package var asOf: String
    package var fieldWorkSince: String?
    package var yearsInField: Int?
    package var rules: [Rule]

    package struct Rule: Content {
        package var rule: String
        package var measure: String
        /// `title` or `subsidy`.
        package var family: String
        package var outcome: RuleOutcome
        /// What the rule gives, in the caller's language.
        package var label: String
        /// M8: `recognised_as`, `may_apply_for`, `counts_towards`, `may_apply_exceptionally`
        /// with the title level, or `may_take_skill_certification` with the skill level.
        package var grant: String?
        package var titleLevel: String?
        package var skillLevel: String?
        /// The kind of application made under the rule, where one can be.
        package var applicationKind: String?
        /// M10: the subsidy's kind, the certificate or enrolment it is claimed for, the
        /// amount the policy fixes in fen (absent when the department sets it).
        package var subsidy: String?
        package var basis: Basis?
        package var amountFen: Int64?
        /// M4: the loan product, its cap and what may still be asked (the cap less what is
        /// held), in fen.
        package var loanProduct: String?
        package var capFen: Int64?
        package var availableFen: Int64?
        package var policyText: LocalizedText
        package var reasons: [Reason]
        /// M8: the certificate that satisfies the rule.
        package var evidence: Evidence?
    }

    package struct Reason: Content {
        package var code: String
        package var message: String
        package var facts: [String: String]
    }

    package struct Basis: Content {
        /// `certificate` or `enrollment`.
        package var type: String
        package var id: String
        package var occupationCode: String?
        package var date: String
    }

    package struct Evidence: Content {
        package var certificateKind: CertificateKind
        package var level: String?
        package var issuedOn: String
    }

    package init(_ eligibility: TalentEligibility, messages m: Messages, policy: PolicyDocument) {
        talentID = eligibility.talentID
        asOf = eligibility.asOf.description
        fieldWorkSince = eligibility.fieldWorkStart?.description
        yearsInField = eligibility.yearsInField
        let subsidyName = { (kind: Subsidy.Kind) in
            policy.subsidies.first { $0.kind == kind }?.label.text(m.language) ?? kind.rawValue
        }
        rules =
            eligibility.titles.map { ruling in
                let (grant, title, skill): (String, TitleLevel?, SkillLevel?) =
                    switch ruling.grant {
                    case let .recognisedAs(level): ("recognised_as", level, nil)
                    case let .mayApplyFor(level): ("may_apply_for", level, nil)
                    case let .mayApplyThroughCrossover(level): ("may_apply_through_crossover", level, nil)
                    case let .countsTowards(level): ("counts_towards", level, nil)
                    case let .mayApplyExceptionally(level): ("may_apply_exceptionally", level, nil)
                    case let .mayTakeSkillCertification(level): ("may_take_skill_certification", nil, level)
                    }
                return Rule(
                    rule: ruling.ruleID, measure: ruling.decision.measure, family: "title",
                    outcome: ruling.decision.outcome, label: m.grant(ruling.grant), grant: grant,
                    titleLevel: title?.rawValue, skillLevel: skill?.rawValue,
                    applicationKind: policy.applicationKind(forRule: ruling.ruleID)?.id, policyText: ruling.policyText,
                    reasons: ruling.decision.reasons.map {
                        Reason(code: Self.code($0), message: m.reason($0), facts: Self.facts($0))
                    },
                    evidence: ruling.evidence.map {
                        Evidence(certificateKind: $0.kind, level: $0.level?.code, issuedOn: $0.issuedOn.description)
                    })
            }
            + eligibility.subsidies.map { ruling in
                Rule(
                    rule: ruling.ruleID, measure: ruling.decision.measure, family: "subsidy",
                    outcome: ruling.decision.outcome, label: ruling.label.text(m.language),
                    applicationKind: policy.applicationKind(forRule: ruling.ruleID)?.id,
                    subsidy: ruling.subsidy.rawValue,
                    basis: ruling.basis.map { basis in
                        switch basis {
                        case let .certificate(c):
                            Basis(
                                type: "certificate", id: c.id, occupationCode: c.occupationCode,
                                date: c.issuedOn.description)
                        case let .training(t):
                            Basis(
                                type: "enrollment", id: t.enrollmentID, occupationCode: t.occupationCode,
                                date: t.completedOn.description)
                        }
                    },
                    amountFen: ruling.amount?.fen, policyText: ruling.policyText,
                    reasons: ruling.decision.reasons.map {
                        Reason(
                            code: Self.code($0), message: m.reason($0, subsidyName: subsidyName), facts: Self.facts($0))
                    })
            } + Self.loanRules(eligibility.loans, m, policy)
    }

    static func loanRules(_ loans: [LoanEligibility.Ruling], _ m: Messages, _ policy: PolicyDocument) -> [Rule] {
        loans.map { ruling in
            Rule(
                rule: ruling.ruleID, measure: ruling.decision.measure, family: "loan",
                outcome: ruling.decision.outcome, label: ruling.product.label.text(m.language),
                applicationKind: policy.applicationKind(forRule: ruling.ruleID)?.id, loanProduct: ruling.product.id,
                capFen: ruling.product.cap.fen, availableFen: ruling.available.fen, policyText: ruling.policyText,
                reasons: ruling.decision.reasons.map {
                    Reason(code: Self.code($0), message: m.reason($0), facts: Self.facts($0))
                })
        }
    }

    static func code(_ reason: TitleEligibility.Reason) -> String {
        switch reason {
        case .certificateMissing: "certificate_missing"
        case .yearsShort: "years_short"
        case .yearsNotDeclared: "years_not_declared"
        case .exceptionalNeedsReview: "needs_review"
        case .titleAlreadyHeld: "title_already_held"
        case .titleMissing: "title_missing"
        case .skillAlreadyHeld: "skill_already_held"
        }
    }

    static func facts(_ reason: TitleEligibility.Reason) -> [String: String] {
        switch reason {
        case let .certificateMissing(kind, level): ["certificateKind": kind.rawValue, "level": level.code]
        case let .yearsShort(have, need): ["have": String(have), "need": String(need)]
        case let .yearsNotDeclared(need): ["need": String(need)]
        case .exceptionalNeedsReview: [:]
        case let .titleAlreadyHeld(level), let .titleMissing(level): ["titleLevel": level.rawValue]
        case let .skillAlreadyHeld(level): ["skillLevel": level.rawValue]
        }
    }

    static func code(_ reason: LoanEligibility.Reason) -> String {
        switch reason {
        case .notDigitalTalent: "not_digital_talent"
        case .notInKeyGroup: "not_in_key_group"
        case .notAnEnterprise: "not_an_enterprise"
        case .staffOver: "staff_over"
        case .revenueOver: "revenue_over"
        case .newHireShareShort: "new_hire_share_short"
        case .unverified: "unverified"
        case .capReached: "cap_reached"
        case .amountOverAvailable: "amount_over_available"
        }
    }

    static func facts(_ reason: LoanEligibility.Reason) -> [String: String] {
        switch reason {
        case .notDigitalTalent, .notInKeyGroup, .notAnEnterprise: [:]
        case let .staffOver(have, max): ["have": String(have), "max": String(max)]
        case let .revenueOver(have, max): ["haveFen": String(have.fen), "maxFen": String(max.fen)]
        case let .newHireShareShort(have, need): ["have": String(have), "need": String(need)]
        case let .unverified(fact): ["fact": fact.rawValue]
        case let .capReached(cap): ["capFen": String(cap.fen)]
        case let .amountOverAvailable(asked, available):
            ["askedFen": String(asked.fen), "availableFen": String(available.fen)]
        }
    }

    static func code(_ reason: SubsidyEligibility.Reason) -> String {
        switch reason {
        case .noCertificate: "certificate_missing"
        case .noCompletedTraining: "training_missing"
        case .noAmountForLevel: "no_amount_for_level"
        case .occupationNotInCatalogue: "occupation_not_in_catalogue"
        case .programNotSubsidised: "program_not_subsidised"
        case .windowClosed: "window_closed"
        case .alreadyClaimed: "already_claimed"
        case .occupationAndLevelClaimed: "occupation_and_level_claimed"
        case .yearlyLimitReached: "yearly_limit_reached"
        case .excludedBy: "excluded_by"
        case .insuredMonthsShort: "insured_months_short"
        case .insuredMonthsUnverified: "insured_months_unverified"
        }
    }

    static func facts(_ reason: SubsidyEligibility.Reason) -> [String: String] {
        switch reason {
        case let .noCertificate(kinds): ["certificateKinds": kinds.map(\.rawValue).joined(separator: ",")]
        case .noCompletedTraining, .programNotSubsidised, .alreadyClaimed: [:]
        case let .noAmountForLevel(level): level.map { ["level": $0.code] } ?? [:]
        case let .occupationNotInCatalogue(code): code.map { ["occupationCode": $0] } ?? [:]
        case let .windowClosed(lastDay): ["lastDay": lastDay.description]
        case let .occupationAndLevelClaimed(occupation, level):
            ["occupationCode": occupation ?? "", "level": level ?? ""]
        case let .yearlyLimitReached(claims, max): ["claims": String(claims), "max": String(max)]
        case let .excludedBy(kind): ["subsidy": kind.rawValue]
        case let .insuredMonthsShort(have, need): ["have": String(have), "need": String(need)]
        case let .insuredMonthsUnverified(need): ["need": String(need)]
        }
    }
}
