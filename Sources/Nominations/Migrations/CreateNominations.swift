import Fluent
import Organizations
import SQLKit
import TalentPool

/// Nomination lists and their candidates (issue 16, "推荐").
package struct CreateNominations: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(NominationList.schema)
            .id()
            .field("programme_id", .string, .required)
            .field("year", .int, .required)
            .field("district_code", .string)
            .field("scope_key", .string, .required)
            .field("department_code", .string, .required)
            .field("state", .string, .required)
            .field("created_by", .uuid, .required)
            .field("submitted_at", .datetime)
            .field("submitted_by", .uuid)
            .field("digital_at_submission", .int)
            .field("total_at_submission", .int)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "programme_id", "year", "scope_key", name: "nomination_lists_one_a_year")
            .create()
        try await database.schema(NominationCandidate.schema)
            .id()
            .field("list_id", .uuid, .required, .references(NominationList.schema, "id", onDelete: .cascade))
            .field("talent_id", .uuid, .references(Talent.schema, "id"))
            .field("organization_id", .uuid, .references(Organization.schema, "id"))
            .field("project_title", .string)
            .field("candidate_key", .string, .required)
            .field("added_by", .uuid, .required)
            .field("outcome", .string)
            .field("outcome_on", .string)
            .field("outcome_note", .string)
            .field("outcome_by", .uuid)
            .field("created_at", .datetime)
            .unique(on: "list_id", "candidate_key", name: "nomination_candidates_once")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A department's lists by year; a talent's nominations (their profile, an erasure).
        try await sql.create(index: "nomination_lists_department").on(NominationList.schema)
            .column("department_code").column("year").run()
        try await sql.create(index: "nomination_candidates_talent").on(NominationCandidate.schema)
            .column("talent_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(NominationCandidate.schema).delete()
        try await database.schema(NominationList.schema).delete()
    }
}
