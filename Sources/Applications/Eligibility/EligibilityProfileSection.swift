import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// On a talent's profile, for those who may see it: how many rules come out each way,
/// and the way to the page with every rule and its reasons.
package struct EligibilityProfileSection: ProfileSection {
    package init() {}

    package func load(_ talent: Talent, _ req: Request) async throws -> (any PageSection)? {
        guard talent.status != "erased", let actor = req.signedIn?.actor,
            Permissions.allows(actor, .read, on: .eligibility, owner: talent.owner)
        else { return nil }
        let eligibility = try await TalentEligibility.decide(
            for: talent, policy: try req.policy, today: req.clock.today, on: req.db)
        return Section(
            talentID: try talent.requireID(), own: talent.$user.id == actor.userID, counts: eligibility.counts)
    }

    package struct Section: PageSection {
        package var talentID: UUID
        /// The viewer is the talent: "我能申报什么"; staff read "可申报事项".
        package var own: Bool
        package var counts: [RuleOutcome: Int]

        package func render(_ m: Messages) -> Node<HTML.BodyContext> {
            let summary = m(
                .eligibilitySummary(
                    eligible: String(counts[.eligible] ?? 0), review: String(counts[.needsReview] ?? 0),
                    not: String(counts[.notEligible] ?? 0)))
            let link: Node<HTML.BodyContext> = .a(
                .class("button button--secondary"), .href(SiteURL.talentEligibility(talentID).path),
                .text(m(.eligibilityOpen)))
            return .section(
                .id("talent-eligibility"), .attribute(named: "aria-labelledby", value: "eligibility-heading"),
                .h2(.id("eligibility-heading"), .text(m(own ? .eligibilityTitle : .eligibilityOthersHeading))),
                .p(.text(summary)), .p(link))
        }
    }
}
