import Fluent
import Foundation
import Organizations
import TalentDomain
import TalentPool

/// A talent's application to a post, or the employer's invitation of a matched talent
/// that the talent accepts or declines (M3). One per talent and post.
package final class JobApplication: Model, @unchecked Sendable {
    package static let schema = "job_applications"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "post_id") package var post: JobPost
    @Parent(key: "talent_id") package var talent: Talent
    /// The post's employer, copied so its applicants are one indexed look-up.
    @Parent(key: "organization_id") package var organization: Organization
    /// The talent's account: the application is theirs (`own` scope).
    @Field(key: "applicant_user_id") package var applicantUserID: UUID
    @Enum(key: "state") package var state: JobApplicationState
    /// The talent's words to the employer when applying.
    @OptionalField(key: "message") package var message: String?
    /// The employer's words to the talent with the latest move.
    @OptionalField(key: "employer_note") package var employerNote: String?
    @OptionalField(key: "applied_at") package var appliedAt: Date?
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(post: JobPost, talentID: UUID, userID: UUID, state: JobApplicationState) throws {
        $post.id = try post.requireID()
        $talent.id = talentID
        $organization.id = post.$organization.id
        (applicantUserID, self.state) = (userID, state)
    }
}
