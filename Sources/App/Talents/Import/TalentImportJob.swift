import Fluent
import Foundation

/// One web upload of a talent file and its outcome.
final class TalentImportJob: Model, @unchecked Sendable {
    static let schema = "talent_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "file_name") var fileName: String
    @Enum(key: "status") var status: Status
    @Field(key: "partial") var partial: Bool
    @Field(key: "upsert") var upsert: Bool
    /// Lines in the file, for the progress bar before the real count is known.
    @Field(key: "estimated_rows") var estimatedRows: Int
    @Field(key: "rows") var rows: Int
    @Field(key: "created_count") var createdCount: Int
    @Field(key: "updated_count") var updatedCount: Int
    @Field(key: "rejected_count") var rejectedCount: Int
    /// Why the whole file was refused, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "problem") var problem: String?
    /// The first refused rows with their reasons in both languages (JSON), for the page.
    @OptionalField(key: "problems") var problems: String?
    /// Every refused row as the downloadable CSV report.
    @OptionalField(key: "report") var report: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?
    /// Rows written so far (`rows` counts the rows checked).
    @Field(key: "written_rows") var writtenRows: Int
    /// The instance running the import, and until when its lease holds: renewed while
    /// the import runs, so an import whose lease has run out was broken off.
    @OptionalField(key: "lease_owner") var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") var leaseExpiresAt: Date?

    init() {}

    init(createdBy: UUID, fileName: String, partial: Bool, upsert: Bool, estimatedRows: Int) {
        self.createdBy = createdBy
        self.fileName = fileName
        self.status = .running
        self.partial = partial
        self.upsert = upsert
        self.estimatedRows = estimatedRows
        (rows, createdCount, updatedCount, rejectedCount, writtenRows) = (0, 0, 0, 0, 0)
    }

    enum Status: String, Codable, Sendable {
        /// Being checked (`rows` so far), then written (`writtenRows` so far).
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
final class TalentImportUndo: Model, @unchecked Sendable {
    static let schema = "talent_import_undo"

    @ID(key: .id) var id: UUID?
    @Field(key: "import_id") var importID: UUID
    @Field(key: "talent_id") var talentID: UUID
    @Field(key: "snapshot") var snapshot: String

    init() {}

    init(importID: UUID, talentID: UUID, snapshot: String) {
        (self.importID, self.talentID, self.snapshot) = (importID, talentID, snapshot)
    }
}
