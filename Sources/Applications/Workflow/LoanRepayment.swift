import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// The day a loan was repaid, as the department records it (M4): the loan stops counting
/// as held, so its cap is free again for the borrower.
package struct LoanRepaymentInput: Content {
    /// `YYYY-MM-DD`: not after today, not before the loan was granted.
    @FormText package var repaidOn: String? = nil

    package init(repaidOn: String? = nil) { self.repaidOn = repaidOn }
}

enum LoanRepayment {
    /// Records `input` on the loan the approval of `application` granted, audited, in the
    /// caller's transaction. Refused on `repaidOn`, naming why: no loan, already repaid, a
    /// day to come or before the loan.
    static func record(
        _ input: LoanRepaymentInput, for application: PolicyApplication, context: WriteContext, on db: any Database
    ) async throws -> LoanGrant {
        guard
            let loan = try await LoanGrant.query(on: db).filter(\.$applicationID == application.requireID()).first()
        else { throw FieldErrors("repaidOn", .loanNone, .notAllowed) }
        guard loan.repaidOn == nil else { throw FieldErrors("repaidOn", .loanAlreadyRepaid, .notAllowed) }
        var read = FieldReader()
        guard let day = read.date(input.repaidOn, "repaidOn", .loanRepaidOn) else { throw read.errors }
        if day > context.today { throw FieldErrors("repaidOn", .loanRepaidInFuture) }
        if let granted = CalendarDate(loan.grantedOn), day < granted {
            throw FieldErrors("repaidOn", .loanRepaidBeforeGrant(granted: loan.grantedOn))
        }
        loan.repaidOn = day.description
        loan.repaidRecordedBy = context.actor?.userID
        try await loan.save(on: db)
        try await context.record(
            AuditEntry(.loanRepaid, entityID: loan.id?.uuidString, changedFields: ["repaid_on"]), on: db)
        return loan
    }
}
