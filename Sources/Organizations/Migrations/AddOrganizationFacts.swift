import Fluent

/// What an organisation declares of itself for the M4 small-and-micro-enterprise loans
/// (issue 16): its staff, its revenue in fen and the share of the year's new hires from
/// key groups, for the year they describe. Empty for every organisation until declared.
package struct AddOrganizationFacts: AsyncMigration {
    package init() {}

    /// One column a statement: SQLite adds one at a time.
    private static let fields: [(String, DatabaseSchema.DataType)] = [
        ("staff_count", .int), ("revenue_fen", .int64), ("new_hire_key_group_percent", .int), ("facts_year", .int),
        ("facts_declared_at", .datetime), ("facts_declared_by", .uuid),
    ]

    package func prepare(on database: any Database) async throws {
        for (name, type) in Self.fields {
            try await database.schema(Organization.schema).field(FieldKey(stringLiteral: name), type).update()
        }
    }

    package func revert(on database: any Database) async throws {
        for (name, _) in Self.fields.reversed() {
            try await database.schema(Organization.schema).deleteField(FieldKey(stringLiteral: name)).update()
        }
    }
}
