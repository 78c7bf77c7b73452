import Fluent
import Foundation
import TalentDomain

/// A policy simulation (政策模拟, issue 16): a draft policy file an administrator uploaded,
/// judged against the active policy for everyone in the pool by a background job. It
/// changes nothing but its own row; its report is for administrators only.
package final class PolicySimulationRun: Model, @unchecked Sendable {
    package static let schema = "policy_simulations"

    @ID(key: .id) package var id: UUID?
    @OptionalField(key: "job_id") package var jobID: UUID?
    @Field(key: "created_by") package var createdBy: UUID
    @Field(key: "file_name") package var fileName: String
    /// The draft as uploaded (a policy file is public text, never personal data).
    @Field(key: "draft") package var draft: String
    /// `id version` of each policy, as the report names them.
    @Field(key: "draft_label") package var draftLabel: String
    @Field(key: "active_label") package var activeLabel: String
    @Enum(key: "status") package var status: Status
    /// `PolicySimulation.Report` as JSON, once done.
    @OptionalField(key: "report") package var reportJSON: String?
    /// Why it failed, in both languages (JSON `{"zh":…,"en":…}`).
    @OptionalField(key: "problem") package var problem: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @OptionalField(key: "finished_at") package var finishedAt: Date?

    package init() {}

    package init(createdBy: UUID, fileName: String, draft: String, draftLabel: String, activeLabel: String) {
        (self.createdBy, self.fileName, self.draft) = (createdBy, fileName, draft)
        (self.draftLabel, self.activeLabel, self.status) = (draftLabel, activeLabel, .running)
    }

    package enum Status: String, Codable, Sendable {
        case running, done, failed
    }

    package var report: PolicySimulation.Report? {
        reportJSON.flatMap { try? JSONDecoder().decode(PolicySimulation.Report.self, from: Data($0.utf8)) }
    }

    package func problemText(_ language: DisplayLanguage) -> String? {
        problem.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }?[language.rawValue]
    }
}
