import Certificates
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Training

/// What the rules decide one talent may apply for today (issue 16): the M8 title rules
/// and the M10 subsidies, from the facts the platform holds — their valid certificates,
/// their completed training, the start of their work in the field, the subsidies already
/// claimed. A query: it reads and decides, never writes.
package struct TalentEligibility: Sendable {
    package var talentID: UUID
    package var asOf: CalendarDate
    /// Full years in the field on `asOf`; nil when nobody has declared the start.
    package var yearsInField: Int?
    package var fieldWorkStart: FieldWorkStart?
    package var titles: [TitleEligibility.Ruling]
    package var subsidies: [SubsidyEligibility.Ruling]

    /// How many rules come out each way, for a summary.
    package var counts: [RuleOutcome: Int] {
        var counts: [RuleOutcome: Int] = [:]
        for outcome in titles.map(\.decision.outcome) + subsidies.map(\.decision.outcome) {
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
        let certificates = try await Certificate.query(on: db).filter(\.$talent.$id == id)
            .filter(\.$revokedAt == nil).all()
            .compactMap { certificate -> (Certificate, CalendarDate)? in
                CalendarDate(certificate.issuedOn).map { (certificate, $0) }
            }
        let completed = try await Enrollment.query(on: db).filter(\.$talent.$id == id)
            .filter(\.$status == .completed).with(\.$program).all()
        let start = talent.fieldWorkStart
        let years = start?.fullYears(on: today)

        let titles = TitleEligibility.evaluate(
            TitleEligibility.Facts(
                certificates: certificates.map { .init(kind: $0.0.kind, level: $0.0.certificateLevel, issuedOn: $0.1) },
                yearsInField: years),
            policy: policy)
        let subsidies = SubsidyEligibility.evaluate(
            SubsidyEligibility.Facts(
                certificates: certificates.map { certificate, issued in
                    SubsidyEligibility.Certificate(
                        id: certificate.id?.uuidString ?? "", kind: certificate.kind,
                        level: certificate.certificateLevel, occupationCode: certificate.occupationCode,
                        issuedOn: issued, enrollmentID: certificate.enrollmentID?.uuidString)
                },
                trainings: completed.compactMap { enrollment in
                    guard let day = enrollment.completedOn.flatMap(CalendarDate.init) else { return nil }
                    return SubsidyEligibility.Training(
                        enrollmentID: enrollment.id?.uuidString ?? "",
                        occupationCode: enrollment.program.occupationCode,
                        subsidised: enrollment.program.subsidiesApply, completedOn: day)
                },
                claims: try await claims(
                    of: id, policy: policy, excluding: excluding, countingOpen: countingOpen, on: db),
                insuredMonths: nil, today: today),
            policy: policy)
        return TalentEligibility(
            talentID: id, asOf: today, yearsInField: years, fieldWorkStart: start, titles: titles,
            subsidies: subsidies)
    }

    /// The subsidies granted (the ledger) and those being decided (submitted or returned
    /// for correction): a claim in review counts, so that a fourth cannot be submitted
    /// while three wait.
    static func claims(
        of talentID: UUID, policy: PolicyDocument, excluding: UUID?, countingOpen: Bool, on db: any Database
    ) async throws -> [SubsidyEligibility.Claim] {
        let granted = try await SubsidyGrant.query(on: db).filter(\.$talent.$id == talentID).all()
            .compactMap { grant -> SubsidyEligibility.Claim? in
                guard grant.applicationID != excluding, let day = CalendarDate(grant.grantedOn) else { return nil }
                return SubsidyEligibility.Claim(
                    kind: grant.subsidy, basisID: grant.basisID, occupationCode: grant.occupationCode,
                    levelCode: grant.levelCode, enrollmentID: grant.enrollmentID, claimedOn: day)
            }
        guard countingOpen else { return granted }
        let open = try await PolicyApplication.query(on: db).filter(\.$talent.$id == talentID)
            .filter(\.$state ~~ [.submitted, .returned]).all()
            .compactMap { application -> SubsidyEligibility.Claim? in
                guard application.id != excluding, let basis = application.basisID,
                    let subsidy = policy.applicationKind(application.kind)?.subsidy,
                    let submitted = application.submittedAt
                else { return nil }
                return SubsidyEligibility.Claim(
                    kind: subsidy, basisID: basis, occupationCode: application.occupationCode,
                    levelCode: application.levelCode, enrollmentID: application.enrollmentID,
                    claimedOn: ZiboTime.today(submitted))
            }
        return granted + open
    }
}
