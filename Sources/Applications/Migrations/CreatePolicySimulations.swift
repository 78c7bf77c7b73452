import Fluent

/// Policy simulations and their reports (issue 16).
package struct CreatePolicySimulations: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(PolicySimulationRun.schema)
            .id()
            .field("job_id", .uuid)
            .field("created_by", .uuid, .required)
            .field("file_name", .string, .required)
            .field("draft", .string, .required)
            .field("draft_label", .string, .required)
            .field("active_label", .string, .required)
            .field("status", .string, .required)
            .field("report", .string)
            .field("problem", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(PolicySimulationRun.schema).delete()
    }
}
