import Foundation
import Organizations
import TalentDomain

/// What the rules decide an organisation may apply for today (issue 16): the M4 loans for
/// small and micro enterprises, from what the organisation declared of itself
/// (`OrganizationFacts`). A fact not declared is not refused: the rule sends it to a
/// reviewer. Organisations do not apply on the platform yet, so they hold no loan here.
package struct OrganizationEligibility: Sendable {
    package var organizationID: UUID
    package var asOf: CalendarDate
    package var loans: [LoanEligibility.Ruling]

    package static func decide(for organization: Organization, policy: PolicyDocument, today: CalendarDate) throws
        -> OrganizationEligibility
    {
        let company = LoanEligibility.Enterprise(
            staff: organization.staffCount, revenue: organization.revenueFen.map(Money.init(fen:)),
            newHireKeyGroupPercent: organization.newHireKeyGroupPercent,
            isEnterprise: organization.kind == .enterprise)
        return OrganizationEligibility(
            organizationID: try organization.requireID(), asOf: today,
            loans: LoanEligibility.evaluate(.enterprise(company), policy: policy))
    }
}
