import Fluent
import SQLKit

/// Reports of refused rows are kept sealed, with identifiers masked, for a limited time,
/// and go when a person they name is erased (issue 14: they held full ID numbers in clear
/// text, for ever). `import_report_subjects` names, by keyed hash, whom each report
/// mentions. Reports stored before this are removed: they cannot be sealed here without
/// the key, and the uploader has the file they came from.
package struct SealImportReports: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(ImportReportSubject.schema)
            .id()
            .field("import_id", .uuid, .required)
            .field("subject", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "import_report_subjects_subject").on(ImportReportSubject.schema).column("subject")
            .run()
        try await sql.create(index: "import_report_subjects_import").on(ImportReportSubject.schema).column("import_id")
            .run()
        // The talent pool's and training's import tables, by name: the site kit does not
        // know their models, and a migration only records what it did.
        try await sql.update("talent_imports").set("report", to: SQLLiteral.null).run()
        try await sql.update("enrollment_imports").set("report", to: SQLLiteral.null).run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ImportReportSubject.schema).delete()
    }
}
