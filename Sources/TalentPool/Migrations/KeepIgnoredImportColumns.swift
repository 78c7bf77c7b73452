import Fluent

/// A talent import keeps the columns of its file it did not read (序号, 民族, …: issue
/// 20), so its result page lists them as ignored.
package struct KeepIgnoredTalentImportColumns: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(TalentImport.schema).field("ignored_columns", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(TalentImport.schema).deleteField("ignored_columns").update()
    }
}
