import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit

/// Training programs, their cohorts and the cohorts' sessions (issue 5).
package struct CreatePrograms: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Program.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("measure", .string, .required)
            .field("year", .int, .required)
            .field("occupation_code", .string, .references(Occupation.schema, "code"))
            .field("direction", .string)
            .field("engineer_level", .string)
            .field("skill_level", .string)
            .field("theme", .string)
            .field("experts", .string)
            .field("format", .string)
            .field("description", .string, .required)
            .field("capacity", .int, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("delivery", .string, .required)
            .field("place", .string)
            .field("fee_fen", .int64, .required)
            .field("vouchers_apply", .bool, .required)
            .field("subsidies_apply", .bool, .required)
            .field("entry_requirement", .string, .required)
            .field("min_attendance_percent", .int, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(Cohort.schema)
            .id()
            .field("program_id", .uuid, .required, .references(Program.schema, "id"))
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("name", .string, .required)
            .field("capacity", .int, .required)
            .field("seats_taken", .int, .required)
            .field("enrol_deadline", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "program_id", "name")
            .create()
        try await database.schema(CohortSession.schema)
            .id()
            .field("cohort_id", .uuid, .required, .references(Cohort.schema, "id"))
            .field("date", .string, .required)
            .field("minutes", .int, .required)
            .field("topic", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The provider's own list and the public catalogue (by status, newest first).
        try await sql.create(index: "programs_provider").on(Program.schema).column("provider_id").column("starts_on")
            .run()
        try await sql.create(index: "programs_status").on(Program.schema).column("status").column("starts_on").run()
        try await sql.create(index: "cohorts_program").on(Cohort.schema).column("program_id").run()
        try await sql.create(index: "cohort_sessions_cohort").on(CohortSession.schema).column("cohort_id").column(
            "date"
        ).run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CohortSession.schema).delete()
        try await database.schema(Cohort.schema).delete()
        try await database.schema(Program.schema).delete()
    }
}
