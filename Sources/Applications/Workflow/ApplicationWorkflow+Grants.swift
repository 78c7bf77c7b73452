import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// What an approval grants: the amount, and the ledger entry of a subsidy or a loan.
extension ApplicationWorkflow {
    /// The amount an approval grants: the policy's, or the reviewer's within what was asked.
    static func grantedAmount(
        _ application: PolicyApplication, _ ruling: ApplicableRuling, _ input: ApplicationStepInput
    ) throws -> Money {
        let asked = Money(fen: application.amountAskedFen ?? 0)
        if let fixed = ruling.amount {
            if let text = input.amountGranted.trimmedText, Money(yuanText: text) != fixed {
                throw FieldErrors("amountGranted", .applicationAmountFixed(amount: fixed.formatted))
            }
            return fixed
        }
        guard let text = input.amountGranted.trimmedText else { return asked }
        guard let granted = Money(yuanText: text), granted.fen > 0, granted <= asked else {
            throw FieldErrors("amountGranted", .applicationAmountGrantedInvalid(asked: asked.formatted))
        }
        return granted
    }

    /// The ledger entry of an approved subsidy. Its place among the year's claims is the
    /// next free one; two approvals racing for the last place collide on the ledger's
    /// unique index, and the second is refused with nothing written.
    static func pay(
        _ subsidy: Subsidy.Kind, _ application: PolicyApplication, amount: Money, policy: PolicyDocument,
        context: WriteContext, on db: any Database
    ) async throws {
        guard let rule = policy.subsidies.first(where: { $0.kind == subsidy }), let basis = application.basisID else {
            return
        }
        // Subsidies are people's: an organisation claims none.
        guard let talentID = application.$talent.id else { return }
        let year = context.today.year
        var slot: Int?
        if let max = rule.maxClaimsPerYear {
            let taken = try await SubsidyGrant.query(on: db).filter(\.$talent.$id == talentID)
                .filter(\.$subsidy == subsidy).filter(\.$claimYear == year).count()
            guard taken < max else {
                throw FieldErrors(
                    "eligibility", .applicationYearFull(max: String(max)), .notAllowed, measure: rule.measure)
            }
            slot = taken + 1
        }
        let grant = SubsidyGrant()
        grant.applicationID = try application.requireID()
        grant.$talent.id = talentID
        grant.subsidy = subsidy
        grant.basisID = basis
        grant.occupationCode = application.occupationCode
        grant.levelCode = application.levelCode
        grant.enrollmentID = application.enrollmentID
        grant.onceKey =
            rule.oncePerOccupationAndLevel == true
            ? "\(application.occupationCode ?? "")|\(application.levelCode ?? "")" : nil
        grant.claimYear = year
        grant.claimSlot = slot
        grant.amountFen = amount.fen
        grant.grantedOn = context.today.description
        try await grant.create(on: db)
    }

    /// The ledger entry of an approved loan at `place` in the borrower's sequence of the
    /// product, counted before the rules read what is held: two approvals racing past the
    /// cap take the same place, and the ledger's unique index refuses the second with
    /// nothing written.
    static func lend(
        _ product: LoanProduct, _ application: PolicyApplication, amount: Money, place: Int, context: WriteContext,
        on db: any Database
    ) async throws {
        let grant = LoanGrant()
        grant.applicationID = try application.requireID()
        (grant.$talent.id, grant.$organization.id) = (
            application.applicant.talentID, application.applicant.organizationID
        )
        grant.productID = product.id
        grant.sequence = place
        grant.amountFen = amount.fen
        grant.grantedOn = context.today.description
        try await grant.create(on: db)
    }
}

extension QueryBuilder where Model == PolicyApplication {
    /// The applications of `applicant`.
    func of(_ applicant: Applicant) -> Self {
        switch applicant {
        case let .talent(id): filter(\.$talent.$id == id)
        case let .organization(id): filter(\.$organization.$id == id)
        }
    }
}

extension QueryBuilder where Model == LoanGrant {
    /// The loans of `borrower`.
    func of(_ borrower: Applicant) -> Self {
        switch borrower {
        case let .talent(id): filter(\.$talent.$id == id)
        case let .organization(id): filter(\.$organization.$id == id)
        }
    }
}
