import Fluent
import SiteKit

/// A cohort's enrolment file uploaded on the web runs as a job (issue 15) rather than in
/// the request: its row is made at upload (status `running`), names its job, and says why
/// if the file could not be imported after all.
package struct RunEnrollmentImportsAsJobs: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(EnrollmentImport.schema).field("problem", .string).update()
        try await database.schema(EnrollmentImport.schema).field("job_id", .uuid, .references(Job.schema, "id"))
            .update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(EnrollmentImport.schema).deleteField("job_id").update()
        try await database.schema(EnrollmentImport.schema).deleteField("problem").update()
    }
}
