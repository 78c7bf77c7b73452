import Fluent
import SQLKit
import TalentPool

/// The ledger of M4 start-up loans granted (issue 16). Its unique indexes make one loan
/// an application, and one approval per place in a borrower's sequence of a product.
package struct CreateLoanLedger: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(LoanGrant.schema)
            .id()
            .field("application_id", .uuid, .required, .references(PolicyApplication.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("product_id", .string, .required)
            .field("sequence", .int, .required)
            .field("amount_fen", .int64, .required)
            .field("granted_on", .string, .required)
            .field("repaid_on", .string)
            .field("repaid_recorded_by", .uuid)
            .field("created_at", .datetime)
            .unique(on: "application_id", name: "loan_ledger_application")
            .unique(on: "talent_id", "product_id", "sequence", name: "loan_ledger_sequence")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(LoanGrant.schema).delete()
    }
}
