import Accounts
import Fluent
import Organizations
import SQLKit
import SiteKit

/// The record of each enrolment file imported into a cohort (issue 5).
package struct CreateEnrollmentImports: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(EnrollmentImport.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id"))
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("created_by", .uuid, .references(User.schema, "id"))
            .field("file_name", .string, .required)
            .field("partial", .bool, .required)
            .field("status", .string, .required)
            .field("rows", .int, .required)
            .field("enrolled_count", .int, .required)
            .field("waitlisted_count", .int, .required)
            .field("rejected_count", .int, .required)
            .field("problems", .string)
            .field("report", .string)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "enrollment_imports_cohort").on(EnrollmentImport.schema)
            .column("cohort_id").column("created_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(EnrollmentImport.schema).delete()
    }
}
