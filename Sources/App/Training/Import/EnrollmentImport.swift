import Fluent
import Foundation

/// One enrolment file a provider imported into a cohort, and its outcome: kept so the
/// report of refused rows can be downloaded and the cohort page can list past imports.
final class EnrollmentImport: Model, @unchecked Sendable {
    static let schema = "enrollment_imports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Field(key: "provider_id") var providerID: UUID
    /// Nil for an import from the command line.
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "file_name") var fileName: String
    @Field(key: "partial") var partial: Bool
    @Enum(key: "status") var status: Status
    @Field(key: "rows") var rows: Int
    @Field(key: "enrolled_count") var enrolledCount: Int
    @Field(key: "waitlisted_count") var waitlistedCount: Int
    @Field(key: "rejected_count") var rejectedCount: Int
    /// The first refused rows with their reasons in both languages (JSON), for the page.
    @OptionalField(key: "problems") var problems: String?
    /// Every refused row as the downloadable CSV report.
    @OptionalField(key: "report") var report: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    enum Status: String, Codable, Sendable {
        /// The accepted rows were written (all of them, or in partial mode the valid ones).
        case done
        /// Rows were refused and the import was atomic: nothing was written.
        case rejected
    }

    var shownProblems: [ImportShownProblem] { ImportShownProblem.decode(problems) }
}
