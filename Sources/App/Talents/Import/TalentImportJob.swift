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

    init() {}

    init(createdBy: UUID, fileName: String, partial: Bool, upsert: Bool, estimatedRows: Int) {
        self.createdBy = createdBy
        self.fileName = fileName
        self.status = .running
        self.partial = partial
        self.upsert = upsert
        self.estimatedRows = estimatedRows
        (rows, createdCount, updatedCount, rejectedCount) = (0, 0, 0, 0)
    }

    enum Status: String, Codable, Sendable {
        /// Being checked and written.
        case running
        /// Finished; some rows may have been refused (partial mode).
        case done
        /// Rows were refused in atomic mode: nothing was written.
        case rejected
        /// The file itself was refused (encoding, columns, …) or the import broke off.
        case failed
    }
}
