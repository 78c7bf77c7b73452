import Fluent
import Foundation
import TalentDomain

/// Long work done outside a request — an import, later a policy simulation or a report —
/// kept in the database (issue 15): any instance may run it, every instance shows how far
/// it is, and one whose process died is taken up again by whichever instance comes first,
/// or failed with its reason once it has died `maxAttempts` times. Never only in memory.
final class Job: Model, @unchecked Sendable {
    static let schema = "jobs"

    @ID(key: .id) var id: UUID?
    /// Which handler runs it (`JobHandler.kind`).
    @Field(key: "kind") var kind: String
    @Enum(key: "state") var state: State
    /// What the handler needs, as JSON (never personal data: a file goes to `JobFile`).
    @Field(key: "payload") var payload: String
    /// How far it is: `done` of `total` units of `phase` (a handler's own words).
    @Field(key: "done") var done: Int
    @Field(key: "total") var total: Int
    @OptionalField(key: "phase") var phase: String?
    @Field(key: "attempts") var attempts: Int
    @Field(key: "max_attempts") var maxAttempts: Int
    /// The instance running it (`Application.instanceID`) and until when its claim holds;
    /// renewed with every progress report.
    @OptionalField(key: "lease_owner") var leaseOwner: String?
    @OptionalField(key: "lease_expires_at") var leaseExpiresAt: Date?
    /// Why it failed, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "error") var error: String?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "finished_at") var finishedAt: Date?

    init() {}

    init(kind: String, payload: String, createdBy: UUID?, maxAttempts: Int) {
        (self.kind, self.payload, self.createdBy, self.maxAttempts) = (kind, payload, createdBy, maxAttempts)
        (state, done, total, attempts) = (.queued, 0, 0, 0)
    }

    enum State: String, Codable, Sendable, CaseIterable {
        case queued, running, succeeded, failed
    }

    /// The reason it failed, in `language`.
    func errorText(_ language: DisplayLanguage) -> String? {
        error.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }?[language.rawValue]
    }
}

/// The file a job works on (an uploaded spreadsheet), sealed with the personal-data key
/// and deleted when the job ends: in the database, so that any instance can run the job.
final class JobFile: Model, @unchecked Sendable {
    static let schema = "job_files"

    @ID(custom: "job_id", generatedBy: .user) var id: UUID?
    @Field(key: "sealed") var sealed: Data

    init() {}

    init(jobID: UUID, sealed: Data) {
        (self.id, self.sealed) = (jobID, sealed)
    }
}
