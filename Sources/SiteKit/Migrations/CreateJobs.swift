import Fluent
import SQLKit

/// Long work as rows any instance can claim (issue 15: the talent import ran in one
/// process's memory, and a restart stranded it).
package struct CreateJobs: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Job.schema)
            .id()
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("payload", .string, .required)
            .field("done", .int, .required)
            .field("total", .int, .required)
            .field("phase", .string)
            .field("attempts", .int, .required)
            .field("max_attempts", .int, .required)
            .field("lease_owner", .string)
            .field("lease_expires_at", .datetime)
            .field("error", .string)
            // The accounts' table, by name: the site kit does not know its model.
            .field("created_by", .uuid, .references("users", "id"))
            .field("created_at", .datetime)
            .field("started_at", .datetime)
            .field("finished_at", .datetime)
            .create()
        try await database.schema(JobFile.schema)
            .field("job_id", .uuid, .identifier(auto: false), .references(Job.schema, "id", onDelete: .cascade))
            .field("sealed", .data, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The claim looks for the oldest waiting or expired job.
        try await sql.create(index: "jobs_state").on(Job.schema).column("state").column("created_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(JobFile.schema).delete()
        try await database.schema(Job.schema).delete()
    }
}
