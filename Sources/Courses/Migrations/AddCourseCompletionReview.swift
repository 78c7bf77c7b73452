import Fluent
import SQLKit
import SiteKit

/// A completion a talent marks themself waits for the course's provider to confirm it
/// before its hours count (issue 17: "我已学完" credited hours with no check). The
/// learner says what shows it (`evidence`); the provider confirms or returns it with a
/// note. Completions the provider recorded are confirmed as they are; those talents
/// marked before this change were never checked, so they wait for review like new ones.
package struct AddCourseCompletionReview: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(CourseCompletion.schema)
            .field("status", .string, .required, .sql(.default("confirmed"))).update()
        for (name, type) in Self.columns {
            try await database.schema(CourseCompletion.schema).field(name, type).update()
        }
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("UPDATE course_completions SET status = 'pending' WHERE source = 'self'").run()
        // A provider's queue of completions to review.
        try await sql.create(index: "course_completions_review").on(CourseCompletion.schema)
            .column("provider_id").column("status").run()
    }

    package func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "course_completions_review").run()
        }
        for (name, _) in Self.columns.reversed() {
            try await database.schema(CourseCompletion.schema).deleteField(name).update()
        }
        try await database.schema(CourseCompletion.schema).deleteField("status").update()
    }

    private static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("evidence", .string), ("reviewed_by", .uuid), ("reviewed_at", .datetime), ("review_note", .string),
    ]
}
