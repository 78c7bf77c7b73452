import Fluent
import Foundation
import SiteKit
import TalentDomain

/// One enrolment file a provider imported into a cohort, and its outcome: kept so the
/// report of refused rows can be downloaded and the cohort page can list past imports.
package final class EnrollmentImport: Model, @unchecked Sendable {
    package static let schema = "enrollment_imports"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "cohort_id") package var cohort: Cohort
    @Field(key: "provider_id") package var providerID: UUID
    /// Nil for an import from the command line.
    @OptionalField(key: "created_by") package var createdBy: UUID?
    @Field(key: "file_name") package var fileName: String
    @Field(key: "partial") package var partial: Bool
    @Enum(key: "status") package var status: Status
    @Field(key: "rows") package var rows: Int
    @Field(key: "enrolled_count") package var enrolledCount: Int
    @Field(key: "waitlisted_count") package var waitlistedCount: Int
    @Field(key: "rejected_count") package var rejectedCount: Int
    /// The file's columns the import did not read (JSON list, `ImportIgnoredColumns`).
    @OptionalField(key: "ignored_columns") package var ignoredColumns: String?
    /// The first refused rows with their reasons in both languages (JSON), for the page.
    @OptionalField(key: "problems") package var problems: String?
    /// Every refused row as the downloadable CSV report.
    @OptionalField(key: "report") package var report: String?
    /// Why the whole file was refused while running, in both languages (JSON).
    @OptionalField(key: "problem") package var problem: String?
    /// The job running the web upload (`Job`).
    @OptionalField(key: "job_id") package var jobID: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package enum Status: String, Codable, Sendable {
        /// Uploaded, waiting for its job or being written by it.
        case running
        /// The accepted rows were written (all of them, or in partial mode the valid ones).
        case done
        /// Rows were refused and the import was atomic: nothing was written.
        case rejected
        /// The file could not be imported (`problem` says why); nothing was written.
        case failed
    }

    /// `problem` in `language`.
    package func problemText(_ language: DisplayLanguage) -> String? {
        problem.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }?[language.rawValue]
    }

    package var shownProblems: [ImportShownProblem] { ImportShownProblem.decode(problems) }
}

extension EnrollmentImport: ReportingImport {
    package static var reportField: KeyPath<EnrollmentImport, OptionalFieldProperty<EnrollmentImport, String>> {
        \.$report
    }
    package static var createdAtField:
        KeyPath<EnrollmentImport, TimestampProperty<EnrollmentImport, DefaultTimestampFormat>>
    { \.$createdAt }
}
