import Fluent
import SQLKit
import SiteKit

/// The maintained target figures (`TargetTally`): one row per counted person or cohort
/// and metric and year, and the running count per metric, year and district.
package struct CreateTargetTallies: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(TargetTally.factSchema)
            .field("metric", .string, .required)
            .field("year", .int, .required)
            .field("district_code", .string, .required)
            .field("subject_id", .uuid, .required)
            .unique(on: "metric", "year", "subject_id")
            .create()
        try await database.schema(TargetTally.countSchema)
            .field("metric", .string, .required)
            .field("year", .int, .required)
            .field("district_code", .string, .required)
            .field("count", .int, .required)
            .unique(on: "metric", "year", "district_code")
            .create()
        try await TargetTally.rebuild(on: database)
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TargetTally.countSchema).delete()
        try await database.schema(TargetTally.factSchema).delete()
    }
}
