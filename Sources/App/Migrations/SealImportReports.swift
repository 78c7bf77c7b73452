import Fluent
import SQLKit
import SiteKit

/// Reports of refused rows are kept sealed, with identifiers masked, for a limited time,
/// and go when a person they name is erased (issue 14: they held full ID numbers in clear
/// text, for ever). `import_report_subjects` names, by keyed hash, whom each report
/// mentions. Reports stored before this are removed: they cannot be sealed here without
/// the key, and the uploader has the file they came from.
struct SealImportReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
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
        try await sql.update(TalentImport.schema).set("report", to: SQLLiteral.null).run()
        try await sql.update(EnrollmentImport.schema).set("report", to: SQLLiteral.null).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ImportReportSubject.schema).delete()
    }
}
