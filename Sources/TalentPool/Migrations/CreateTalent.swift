import Accounts
import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit

package struct CreateTalent: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Talent.schema)
            .id()
            .field("user_id", .uuid, .references(User.schema, "id"))
            .field("name", .string, .required)
            .field("gender", .string, .required)
            .field("birth_date", .string, .required)
            .field("resident_id_cipher", .string)
            .field("resident_id_index", .string)
            .field("resident_id_masked", .string)
            .field("mobile_cipher", .string)
            .field("mobile_masked", .string)
            .field("email", .string)
            .field("district_code", .string, .required, .references(District.schema, "code"))
            .field("education_level", .string)
            .field("school", .string)
            .field("major", .string)
            .field("graduation_year", .int)
            .field("employer_id", .uuid, .references(Organization.schema, "id"))
            .field("skills", .string, .required)
            .field("title_level", .string)
            .field("skill_level", .string)
            .field("consent_at", .datetime, .required)
            .field("consent_version", .string, .required)
            .field("consent_purpose", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "resident_id_index")
            .unique(on: "user_id")
            .create()
        try await database.schema(TalentAttribute.schema)
            .id()
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("code", .string, .required)
            .unique(on: "talent_id", "kind", "code")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Scoped lists (employers see their employees) and the attribute filters.
        try await sql.create(index: "talents_employer").on(Talent.schema).column("employer_id").run()
        try await sql.create(index: "talents_district").on(Talent.schema).column("district_code").run()
        try await sql.create(index: "talent_attributes_code").on(TalentAttribute.schema)
            .column("kind").column("code").column("talent_id").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TalentAttribute.schema).delete()
        try await database.schema(Talent.schema).delete()
    }
}
