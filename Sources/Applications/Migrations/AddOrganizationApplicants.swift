import Fluent
import Organizations
import SQLKit
import SiteKit

/// Organisations apply too (issue 16: the M4 loans of small and micro enterprises): an
/// application, and a loan in the ledger, is a talent's or an organisation's — exactly
/// one, which the database checks. The ledger numbers an organisation's loans of a
/// product as it does a person's, under its own unique index.
package struct AddOrganizationApplicants: AsyncMigration {
    package init() {}

    private static let oneApplicant = "CHECK ((talent_id IS NULL) <> (organization_id IS NULL))"
    private static let organizationColumn = "\"organization_id\" UUID REFERENCES \"organizations\" (\"id\")"

    package func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            try await SQLiteTableRebuild.rebuild("applications", on: database) { definition in
                try SQLiteTableRebuild.adding(
                    columns: Self.organizationColumn,
                    constraints: "CONSTRAINT \"applications_one_applicant\" \(Self.oneApplicant)",
                    to: try SQLiteTableRebuild.replacing(
                        "\"talent_id\" UUID NOT NULL", with: "\"talent_id\" UUID", in: definition))
            }
            try await SQLiteTableRebuild.rebuild("loan_ledger", on: database) { definition in
                try SQLiteTableRebuild.adding(
                    columns: Self.organizationColumn,
                    constraints: """
                        CONSTRAINT "loan_ledger_one_borrower" \(Self.oneApplicant), \
                        CONSTRAINT "loan_ledger_organization_sequence" UNIQUE ("organization_id", "product_id", "sequence")
                        """,
                    to: try SQLiteTableRebuild.replacing(
                        "\"talent_id\" UUID NOT NULL", with: "\"talent_id\" UUID", in: definition))
            }
        } else {
            for statement: SQLQueryString in [
                "ALTER TABLE applications ALTER COLUMN talent_id DROP NOT NULL",
                "ALTER TABLE applications ADD COLUMN organization_id UUID REFERENCES organizations (id)",
                "ALTER TABLE applications ADD CONSTRAINT applications_one_applicant \(unsafeRaw: Self.oneApplicant)",
                "ALTER TABLE loan_ledger ALTER COLUMN talent_id DROP NOT NULL",
                "ALTER TABLE loan_ledger ADD COLUMN organization_id UUID REFERENCES organizations (id)",
                "ALTER TABLE loan_ledger ADD CONSTRAINT loan_ledger_one_borrower \(unsafeRaw: Self.oneApplicant)",
                """
                ALTER TABLE loan_ledger ADD CONSTRAINT loan_ledger_organization_sequence
                    UNIQUE (organization_id, product_id, sequence)
                """,
            ] {
                try await sql.raw(statement).run()
            }
        }
        // An organisation's own applications and loans.
        try await sql.create(index: "applications_organization").on("applications").column("organization_id").run()
        try await sql.create(index: "loan_ledger_organization").on("loan_ledger").column("organization_id").run()
    }

    /// Back to talents only: an organisation's applications and loans cannot stay.
    package func revert(on database: any Database) async throws {
        throw SQLiteTableRebuild.Failure(
            description: "organisations' applications and loans cannot be undone without losing them")
    }
}
