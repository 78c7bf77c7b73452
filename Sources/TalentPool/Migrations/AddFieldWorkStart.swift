import Fluent

/// `talents.field_work_since` (`YYYY-MM`): when the person began professional work in
/// their field, the fact M8's "满3年" rule reads (issue 16). Empty for every profile made
/// before: nobody has declared it yet.
package struct AddFieldWorkStart: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Talent.schema).field("field_work_since", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Talent.schema).deleteField("field_work_since").update()
    }
}
