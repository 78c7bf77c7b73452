import Fluent
import Organizations
import SQLKit
import SiteKit
import TalentPool

/// Enrolments in cohorts and their attendance (issue 5).
package struct CreateEnrollments: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Enrollment.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id"))
            .field("program_id", .uuid, .required, .references(Program.schema, "id"))
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("status", .string, .required)
            .field("applied_at", .datetime, .required)
            .field("years_in_field", .int)
            .field("score", .int)
            .field("passed", .bool)
            .field("completed_on", .string)
            .field("withdrawn_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            // One place per talent and cohort; a withdrawn talent who applies again gets
            // the same row back.
            .unique(on: "cohort_id", "talent_id")
            .create()
        try await database.schema(Attendance.schema)
            .id()
            .field("enrollment_id", .uuid, .required, .references(Enrollment.schema, "id"))
            .field("session_id", .uuid, .required, .references(CohortSession.schema, "id"))
            .field("minutes", .int, .required)
            .unique(on: "enrollment_id", "session_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A cohort's roster and waiting list in order; a talent's own enrolments; a provider's.
        try await sql.create(index: "enrollments_cohort").on(Enrollment.schema)
            .column("cohort_id").column("status").column("applied_at").run()
        try await sql.create(index: "enrollments_talent").on(Enrollment.schema).column("talent_id").run()
        try await sql.create(index: "enrollments_provider").on(Enrollment.schema).column("provider_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Attendance.schema).delete()
        try await database.schema(Enrollment.schema).delete()
    }
}
