import Fluent
import Organizations
import SQLKit

/// Wage price information (issue 18, M9): employers' reports with one row per employee,
/// the years, and the published cells.
package struct CreateWageGuide: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(WageReport.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("year", .int, .required)
            .field("state", .string, .required)
            .field("chain_code", .string)
            .field("created_by", .uuid, .required)
            .field("submitted_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organization_id", "year", name: "wage_reports_one_a_year")
            .create()
        try await database.schema(WageEntry.schema)
            .id()
            .field("report_id", .uuid, .required, .references(WageReport.schema, "id", onDelete: .cascade))
            .field("occupation_code", .string, .required)
            .field("skill_level", .string)
            .field("annual_pay_fen", .int64, .required)
            .create()
        try await database.schema(WageYear.schema)
            .field("year", .int, .identifier(auto: false))
            .field("published_at", .datetime)
            .field("published_by", .uuid)
            .field("employers", .int, .required)
            .field("employees", .int, .required)
            .create()
        try await database.schema(WageCellRow.schema)
            .id()
            .field("year", .int, .required)
            .field("dimension", .string, .required)
            .field("occupation_code", .string, .required)
            .field("skill_level", .string)
            .field("chain_code", .string)
            .field("employers", .int, .required)
            .field("employees", .int, .required)
            .field("p10_fen", .int64)
            .field("p25_fen", .int64)
            .field("p50_fen", .int64)
            .field("p75_fen", .int64)
            .field("p90_fen", .int64)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A report's employees; a year's reports; a year's cells for its page.
        try await sql.create(index: "wage_entries_report").on(WageEntry.schema).column("report_id").run()
        try await sql.create(index: "wage_reports_year").on(WageReport.schema).column("year").column("state").run()
        try await sql.create(index: "wage_cells_year").on(WageCellRow.schema).column("year")
            .column("occupation_code").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(WageCellRow.schema).delete()
        try await database.schema(WageYear.schema).delete()
        try await database.schema(WageEntry.schema).delete()
        try await database.schema(WageReport.schema).delete()
    }
}
