import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool

/// One rule's decision in the shape the workflow needs, whichever family it is from: what
/// an application under it is made for (its basis), the outcome and every reason in both
/// languages, the amount the policy fixes and what an approval grants — money or a title.
struct ApplicableRuling {
    var ruleID: String
    /// A subsidy's certificate or enrolment; a title rule's own id (one open application
    /// a rule).
    var basisID: String
    var outcome: RuleOutcome
    var measure: String
    var reasons: [DecisionSnapshot.Reason]
    /// The amount the policy fixes; nil where the department sets it or none is involved.
    var amount: Money?
    /// Whether an amount is asked and granted at all: a title application asks none.
    var involvesMoney: Bool
    /// The title an approval recognises.
    var title: TitleLevel?
    /// A loan: its product, and the cap less what the borrower holds of it (what may
    /// still be asked and granted).
    var loanProduct: LoanProduct?
    var available: Money?
    /// Occupation, level and course of a subsidy's basis (nil for a title).
    var occupationCode: String?
    var levelCode: String?
    var enrollmentID: String?

    init(_ ruling: SubsidyEligibility.Ruling, basisID: String, policy: PolicyDocument) {
        self.init(ruleID: ruling.ruleID, basisID: basisID, ruling.decision, code: EligibilityDTO.code) { m, reason in
            m.reason(reason) { kind in
                policy.subsidies.first { $0.kind == kind }?.label.text(m.language) ?? kind.rawValue
            }
        }
        (amount, involvesMoney) = (ruling.amount, true)
        (occupationCode, levelCode, enrollmentID) = ApplicationWorkflow.facts(of: ruling.basis)
    }

    init(_ ruling: TitleEligibility.Ruling) {
        self.init(ruleID: ruling.ruleID, basisID: ruling.ruleID, ruling.decision, code: EligibilityDTO.code) {
            $0.reason($1)
        }
        (involvesMoney, title) = (false, ruling.grant.titleApplied)
    }

    init(_ ruling: LoanEligibility.Ruling) {
        self.init(ruleID: ruling.ruleID, basisID: ruling.ruleID, ruling.decision, code: EligibilityDTO.code) {
            $0.reason($1)
        }
        (involvesMoney, loanProduct, available) = (true, ruling.product, ruling.available)
    }

    /// The outcome, and each reason as its code with its sentence in both languages.
    private init<Reason: Hashable & Sendable>(
        ruleID: String, basisID: String, _ decision: Decision<Reason>, code: (Reason) -> String,
        text: (Messages, Reason) -> String
    ) {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        (self.ruleID, self.basisID, outcome, measure) = (ruleID, basisID, decision.outcome, decision.measure)
        reasons = decision.reasons.map {
            .init(code: code($0), text: LocalizedText(zh: text(zh, $0), en: text(en, $0)))
        }
        involvesMoney = false
    }

    /// The ruling an application of `kind` for `basisID` is made under, when the rules
    /// still give one (a revoked certificate takes its subsidy's with it).
    static func find(
        kind: ApplicationKind, basisID: String?, in eligibility: TalentEligibility, policy: PolicyDocument
    ) -> ApplicableRuling? {
        guard let basisID else { return nil }
        if let ruling = eligibility.subsidies.first(where: {
            kind.rules.contains($0.ruleID) && $0.basis?.id == basisID
        }) {
            return ApplicableRuling(ruling, basisID: basisID, policy: policy)
        }
        if let loan = eligibility.loans.first(where: { kind.rules.contains($0.ruleID) && $0.ruleID == basisID }) {
            return ApplicableRuling(loan)
        }
        return eligibility.titles.first {
            kind.rules.contains($0.ruleID) && $0.ruleID == basisID && $0.grant.titleApplied != nil
        }
        .map(ApplicableRuling.init)
    }
}

extension ApplicableRuling {
    /// The ruling for `applicant` — a person's rules, or an organisation's loans — that an
    /// application of `kind` for `basisID` is made under. `excluding` and `countingOpen`
    /// as `TalentEligibility.decide` takes them.
    static func find(
        kind: ApplicationKind, basisID: String?, for applicant: Applicant, excluding: UUID? = nil,
        countingOpen: Bool = true, policy: PolicyDocument, today: CalendarDate, on db: any Database
    ) async throws -> ApplicableRuling? {
        switch applicant {
        case let .talent(id):
            guard let talent = try await Talent.find(id, on: db) else { return nil }
            let eligibility = try await TalentEligibility.decide(
                for: talent, policy: policy, today: today, excluding: excluding, countingOpen: countingOpen, on: db)
            return find(kind: kind, basisID: basisID, in: eligibility, policy: policy)
        case let .organization(id):
            guard let organization = try await Organization.find(id, on: db), let basisID else { return nil }
            let eligibility = try await OrganizationEligibility.decide(
                for: organization, policy: policy, today: today, on: db)
            return eligibility.loans.first { kind.rules.contains($0.ruleID) && $0.ruleID == basisID }
                .map(ApplicableRuling.init)
        }
    }
}
