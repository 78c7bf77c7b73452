import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// What the rules decide one talent may apply for today (issue 16): the M8 title rules,
/// the M10 subsidies and the M4 individual loans, from the facts the platform holds —
/// their valid certificates, their completed training, the start of their work in the
/// field, the subsidies already claimed, their occupations and key groups, the loans they
/// hold (`RuleFacts`, one query). A query: it reads and decides, never writes.
package struct TalentEligibility: Sendable {
    package var talentID: UUID
    package var asOf: CalendarDate
    /// Full years in the field on `asOf`; nil when nobody has declared the start.
    package var yearsInField: Int?
    package var fieldWorkStart: FieldWorkStart?
    package var titles: [TitleEligibility.Ruling]
    package var subsidies: [SubsidyEligibility.Ruling]
    package var loans: [LoanEligibility.Ruling]

    /// How many rules come out each way, for a summary.
    package var counts: [RuleOutcome: Int] {
        var counts: [RuleOutcome: Int] = [:]
        for outcome in titles.map(\.decision.outcome) + subsidies.map(\.decision.outcome)
            + loans.map(\.decision.outcome)
        {
            counts[outcome, default: 0] += 1
        }
        return counts
    }

    /// Decides for `talent` under `policy` on `today`, reading its facts from `db`.
    /// `excluding`: an application whose own claim is not to count against it (the one
    /// being submitted or approved). `countingOpen`: whether applications still being
    /// decided count as claims — they do for what may be applied for (no second claim
    /// while the first waits), not for an approval, which only the grants made can stop.
    package static func decide(
        for talent: Talent, policy: PolicyDocument, today: CalendarDate, excluding: UUID? = nil,
        countingOpen: Bool = true, on db: any Database
    ) async throws -> TalentEligibility {
        let id = try talent.requireID()
        let facts = try await RuleFacts.load(
            from: id, to: id, policy: policy, borrowing: .all, on: db as! any SQLDatabase)
        let certificates = facts.certificates[id] ?? []
        let start = talent.fieldWorkStart
        let years = start?.fullYears(on: today)
        let titles = TitleEligibility.evaluate(
            TitleEligibility.Facts(
                certificates: certificates.map { .init(kind: $0.kind, level: $0.level, issuedOn: $0.issuedOn) },
                yearsInField: years, titleLevel: talent.titleLevel.flatMap(TitleLevel.init(rawValue:)),
                skillLevel: talent.skillLevel.flatMap(SkillLevel.init(rawValue:))),
            policy: policy)
        let subsidies = SubsidyEligibility.evaluate(
            SubsidyEligibility.Facts(
                certificates: certificates, trainings: facts.trainings[id] ?? [],
                claims: facts.claims(of: id, excluding: excluding, countingOpen: countingOpen), insuredMonths: nil,
                today: today),
            policy: policy)
        let borrower = facts.borrowers[id] ?? RuleFacts.Borrower()
        let loans = LoanEligibility.evaluate(
            .individual(.init(hasDigitalOccupation: borrower.hasDigitalOccupation, keyGroups: borrower.keyGroups)),
            held: borrower.held, policy: policy)
        return TalentEligibility(
            talentID: id, asOf: today, yearsInField: years, fieldWorkStart: start, titles: titles,
            subsidies: subsidies, loans: loans)
    }
}
