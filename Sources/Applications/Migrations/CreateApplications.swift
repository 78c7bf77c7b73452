import Fluent
import SQLKit
import TalentPool

/// Applications, their history and the subsidy ledger (issue 16). The ledger's unique
/// indexes are the guarantee that a subsidy is paid once: checks in code can race, the
/// database cannot.
package struct CreateApplications: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(PolicyApplication.schema)
            .id()
            .field("kind", .string, .required)
            .field("measure", .string, .required)
            .field("department_code", .string, .required)
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("state", .string, .required)
            .field("basis_id", .string)
            .field("occupation_code", .string)
            .field("level_code", .string)
            .field("enrollment_id", .string)
            .field("amount_asked_fen", .int64)
            .field("amount_granted_fen", .int64)
            .field("decision", .string)
            .field("policy_version", .int)
            .field("due_on", .string)
            .field("submitted_at", .datetime)
            .field("decided_at", .datetime)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(ApplicationEvent.schema)
            .id()
            .field("application_id", .uuid, .required, .references(PolicyApplication.schema, "id"))
            .field("actor_id", .uuid)
            .field("at", .datetime, .required)
            .field("from_state", .string)
            .field("to_state", .string, .required)
            .field("comment", .string)
            .create()
        try await database.schema(ApplicationAttachment.schema)
            .id()
            .field("application_id", .uuid, .required, .references(PolicyApplication.schema, "id"))
            .field("code", .string, .required)
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("byte_count", .int, .required)
            .field("sha256", .string, .required)
            .field("data", .data, .required)
            .field("uploaded_by", .uuid, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(SubsidyGrant.schema)
            .id()
            .field("application_id", .uuid, .required, .references(PolicyApplication.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("subsidy", .string, .required)
            .field("basis_id", .string, .required)
            .field("occupation_code", .string)
            .field("level_code", .string)
            .field("enrollment_id", .string)
            .field("once_key", .string)
            .field("claim_year", .int, .required)
            .field("claim_slot", .int)
            .field("amount_fen", .int64, .required)
            .field("granted_on", .string, .required)
            .field("created_at", .datetime)
            // Named: PostgreSQL cuts the generated names to 63 bytes, where two collide.
            .unique(on: "application_id", name: "subsidy_ledger_application")
            // the same certificate or training is paid once
            .unique(on: "subsidy", "basis_id", name: "subsidy_ledger_basis")
            // once per occupation and level (NULL where the policy does not say once)
            .unique(on: "talent_id", "subsidy", "once_key", name: "subsidy_ledger_once")
            // at most the year's limit: each claim takes a numbered place in its year
            .unique(on: "talent_id", "subsidy", "claim_year", "claim_slot", name: "subsidy_ledger_year_place")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The department's queue, by due date; the applicant's list; the timeline.
        try await sql.create(index: "applications_queue").on(PolicyApplication.schema)
            .column("department_code").column("state").column("due_on").run()
        try await sql.create(index: "applications_talent").on(PolicyApplication.schema).column("talent_id").run()
        try await sql.create(index: "application_events_application").on(ApplicationEvent.schema)
            .column("application_id").run()
        try await sql.create(index: "application_attachments_application").on(ApplicationAttachment.schema)
            .column("application_id").run()
        try await sql.create(index: "subsidy_ledger_talent").on(SubsidyGrant.schema).column("talent_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(SubsidyGrant.schema).delete()
        try await database.schema(ApplicationAttachment.schema).delete()
        try await database.schema(ApplicationEvent.schema).delete()
        try await database.schema(PolicyApplication.schema).delete()
    }
}
