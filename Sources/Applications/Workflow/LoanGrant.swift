import Fluent
import Foundation
import Organizations
import TalentPool

/// 贷款发放台账: a start-up loan granted under M4, in fen. What a borrower holds of a
/// product is the sum of its rows not repaid, and the cap less that is what may still be
/// asked.
/// Each loan takes the next number in the borrower's sequence for the product: two
/// approvals racing past the cap both take the same number, and the unique index lets
/// only one of them in.
package final class LoanGrant: Model, @unchecked Sendable {
    package static let schema = "loan_ledger"

    @ID(key: .id) package var id: UUID?
    @Field(key: "application_id") package var applicationID: UUID
    /// The borrower: a talent or an organisation, exactly one (the table checks it).
    @OptionalParent(key: "talent_id") package var talent: Talent?
    @OptionalParent(key: "organization_id") package var organization: Organization?
    /// `LoanProduct.id` (`guaranteed-individual`, …).
    @Field(key: "product_id") package var productID: String
    /// 1, 2, …: the loan's place among the borrower's loans of the product.
    @Field(key: "sequence") package var sequence: Int
    @Field(key: "amount_fen") package var amountFen: Int64
    /// `YYYY-MM-DD`.
    @Field(key: "granted_on") package var grantedOn: String
    /// `YYYY-MM-DD`, when the department recorded it repaid: it no longer counts as held.
    @OptionalField(key: "repaid_on") package var repaidOn: String?
    @OptionalField(key: "repaid_recorded_by") package var repaidRecordedBy: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var properties: [any AnyProperty] {
        [
            $id, $applicationID, $talent, $organization, $productID, $sequence, $amountFen, $grantedOn, $repaidOn,
            $repaidRecordedBy,
            $createdAt,
        ]
    }
}
