import Fluent
import Foundation
import TalentDomain

/// Long work done outside a request — an import, later a policy simulation or a report —
/// kept in the database (issue 15): any instance may run it, every instance shows how far
/// it is, and one whose process died is taken up again by whichever instance comes first,
/// or failed with its reason once it has died `maxAttempts` times. Never only in memory.
package final class Job: Model, @unchecked Sendable {
    package static let schema = "jobs"

    @ID(key: .id) package var id: UUID?
    /// Which handler runs it (`JobHandler.kind`).
    @Field(key: "kind") package var kind: String
    @Enum(key: "state") package var state: State
    /// What the handler needs, as JSON (never personal data: a file goes to `JobFile`).
    @Field(key: "payload") package var payload: String
    /// How far it is: `done` of `total` units of `phase` (a handler's own words).
    @Field(key: "done") package var done: Int
    @Field(key: "total") package var total: Int
    @OptionalField(key: "phase") package var phase: String?
    @Field(key: "attempts") package var attempts: Int
    @Field(key: "max_attempts") package var maxAttempts: Int
    /// The instance running it (`Application.instanceID`) and until when its claim holds;
    /// renewed with every progress report.
    @OptionalField(key: "lease_owner") package var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") package var leaseExpiresAt: Date?
    /// Why it failed, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "error") package var error: String?
    @OptionalField(key: "created_by") package var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @OptionalField(key: "started_at") package var startedAt: Date?
    @OptionalField(key: "finished_at") package var finishedAt: Date?

    package init() {}

    package init(kind: String, payload: String, createdBy: UUID?, maxAttempts: Int) {
        (self.kind, self.payload, self.createdBy, self.maxAttempts) = (kind, payload, createdBy, maxAttempts)
        (state, done, total, attempts) = (.queued, 0, 0, 0)
    }

    package enum State: String, Codable, Sendable, CaseIterable {
        case queued, running, succeeded, failed
    }

    /// The reason it failed, in `language`.
    package func errorText(_ language: DisplayLanguage) -> String? {
        error.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }?[language.rawValue]
    }
}

/// The file a job works on (an uploaded spreadsheet), sealed with the personal-data key
/// and deleted when the job ends: in the database, so that any instance can run the job.
package final class JobFile: Model, @unchecked Sendable {
    package static let schema = "job_files"

    @ID(custom: "job_id", generatedBy: .user) package var id: UUID?
    @Field(key: "sealed") package var sealed: Data

    package init() {}

    package init(jobID: UUID, sealed: Data) {
        (self.id, self.sealed) = (jobID, sealed)
    }
}
