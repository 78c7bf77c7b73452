import Fluent
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentPool

/// The online course column and its completions (issue 5, M7).
package struct CreateCourses: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Course.schema)
            .id()
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("title", .string, .required)
            .field("occupation_code", .string, .references(Occupation.schema, "code"))
            .field("level", .string)
            .field("minutes", .int, .required)
            .field("link", .string)
            .field("content", .string, .required)
            .field("listed", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(CourseCompletion.schema)
            .id()
            .field("course_id", .uuid, .required, .references(Course.schema, "id"))
            .field("provider_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("talent_id", .uuid, .required, .references(Talent.schema, "id"))
            .field("completed_on", .string, .required)
            .field("minutes", .int, .required)
            .field("source", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "course_id", "talent_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A talent's hours in a year; a provider's completions.
        try await sql.create(index: "course_completions_talent").on(CourseCompletion.schema)
            .column("talent_id").column("completed_on").run()
        try await sql.create(index: "course_completions_provider").on(CourseCompletion.schema).column("provider_id")
            .run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CourseCompletion.schema).delete()
        try await database.schema(Course.schema).delete()
    }
}
