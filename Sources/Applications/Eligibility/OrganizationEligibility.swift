import Fluent
import Foundation
import Organizations
import TalentDomain

/// What the rules decide an organisation may apply for today (issue 16): the M4 loans for
/// small and micro enterprises, from what the organisation declared of itself
/// (`OrganizationFacts`) and the loans it holds (granted, not repaid). A fact not
/// declared is not refused: the rule sends it to a reviewer.
package struct OrganizationEligibility: Sendable {
    package var organizationID: UUID
    package var asOf: CalendarDate
    package var loans: [LoanEligibility.Ruling]

    package static func decide(
        for organization: Organization, policy: PolicyDocument, today: CalendarDate, on db: any Database
    ) async throws -> OrganizationEligibility {
        let id = try organization.requireID()
        let company = LoanEligibility.Enterprise(
            staff: organization.staffCount, revenue: organization.revenueFen.map(Money.init(fen:)),
            newHireKeyGroupPercent: organization.newHireKeyGroupPercent,
            isEnterprise: organization.kind == .enterprise)
        var held: [String: Money] = [:]
        for loan in try await LoanGrant.query(on: db).filter(\.$organization.$id == id).filter(\.$repaidOn == nil)
            .all()
        {
            held[loan.productID] = Money(fen: (held[loan.productID]?.fen ?? 0) + loan.amountFen)
        }
        return OrganizationEligibility(
            organizationID: id, asOf: today,
            loans: LoanEligibility.evaluate(.enterprise(company), held: held, policy: policy))
    }
}
