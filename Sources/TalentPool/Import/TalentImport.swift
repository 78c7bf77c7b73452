import Fluent
import Foundation
import SiteKit

/// One web upload of a talent file and its outcome.
package final class TalentImport: Model, @unchecked Sendable {
    package static let schema = "talent_imports"

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_by") package var createdBy: UUID
    @Field(key: "file_name") package var fileName: String
    @Enum(key: "status") package var status: Status
    @Field(key: "partial") package var partial: Bool
    @Field(key: "upsert") package var upsert: Bool
    /// Lines in the file, for the progress bar before the real count is known.
    @Field(key: "estimated_rows") package var estimatedRows: Int
    @Field(key: "rows") package var rows: Int
    @Field(key: "created_count") package var createdCount: Int
    @Field(key: "updated_count") package var updatedCount: Int
    @Field(key: "rejected_count") package var rejectedCount: Int
    /// The file's columns the import did not read (JSON list, `ImportIgnoredColumns`).
    @OptionalField(key: "ignored_columns") package var ignoredColumns: String?
    /// Why the whole file was refused, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "problem") package var problem: String?
    /// The first refused rows with their reasons in both languages (JSON), for the page.
    @OptionalField(key: "problems") package var problems: String?
    /// Every refused row as the downloadable CSV report.
    @OptionalField(key: "report") package var report: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @OptionalField(key: "finished_at") package var finishedAt: Date?
    /// The job running it, whose row has its progress (`Job`).
    @OptionalField(key: "job_id") package var jobID: UUID?

    package init() {}

    package init(createdBy: UUID, fileName: String, partial: Bool, upsert: Bool, estimatedRows: Int) {
        self.createdBy = createdBy
        self.fileName = fileName
        self.status = .running
        self.partial = partial
        self.upsert = upsert
        self.estimatedRows = estimatedRows
        (rows, createdCount, updatedCount, rejectedCount) = (0, 0, 0, 0)
    }

    package enum Status: String, Codable, Sendable {
        /// Waiting for its job, or being checked and written (the job has the progress).
        case running
        /// Finished; some rows may have been refused (partial mode).
        case done
        /// Rows were refused in atomic mode: nothing was written.
        case rejected
        /// The file itself was refused (encoding, columns, …), or the import broke off and
        /// what it had written was taken back.
        case failed
    }
}

/// A profile as it was before an upsert import changed it (sealed `TalentRecord`-like
/// JSON), kept until the import has finished, to put back if it breaks off.
package final class TalentImportUndo: Model, @unchecked Sendable {
    package static let schema = "talent_import_undo"

    @ID(key: .id) package var id: UUID?
    @Field(key: "import_id") package var importID: UUID
    @Field(key: "talent_id") package var talentID: UUID
    @Field(key: "snapshot") package var snapshot: String

    package init() {}

    package init(importID: UUID, talentID: UUID, snapshot: String) {
        (self.importID, self.talentID, self.snapshot) = (importID, talentID, snapshot)
    }
}

extension TalentImport: ReportingImport {
    package static var reportField: KeyPath<TalentImport, OptionalFieldProperty<TalentImport, String>> { \.$report }
    package static var createdAtField: KeyPath<TalentImport, TimestampProperty<TalentImport, DefaultTimestampFormat>> {
        \.$createdAt
    }
}
