import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool

/// 数字工程师专栏 (M7): an online course of the continuing-education column, for
/// self-study; its hours are credited to the learner when completed.
package final class Course: Model, @unchecked Sendable {
    package static let schema = "courses"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "provider_id") package var provider: Organization
    @Field(key: "title") package var title: String
    @OptionalField(key: "occupation_code") package var occupationCode: String?
    @OptionalEnum(key: "level") package var level: EngineerLevel?
    @Field(key: "minutes") package var minutes: Int
    /// Where the course is taken (an https link), or its content as text.
    @OptionalField(key: "link") package var link: String?
    @Field(key: "content") package var content: String
    /// Listed in the column; an unlisted course keeps its completions.
    @Field(key: "listed") package var listed: Bool
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package var hours: StudyHours { StudyHours(minutes: minutes) }
}

/// A talent's completion of a course: marked by the talent, with what shows it, and
/// confirmed by the course's provider; or recorded by the provider, confirmed as it is.
/// Its hours count only once confirmed. Once per talent and course.
package final class CourseCompletion: Model, @unchecked Sendable {
    package static let schema = "course_completions"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "course_id") package var course: Course
    /// The course's provider, so the provider's scope is a plain filter.
    @Field(key: "provider_id") package var providerID: UUID
    @Parent(key: "talent_id") package var talent: Talent
    /// `YYYY-MM-DD`; the year of continuing education it counts in.
    @Field(key: "completed_on") package var completedOn: String
    /// The course's hours when completed (a later change of the course does not rewrite
    /// what was credited).
    @Field(key: "minutes") package var minutes: Int
    /// `self` (the talent marked it) or `provider` (recorded by the provider).
    @Field(key: "source") package var source: String
    @Enum(key: "status") package var status: CourseCompletionStatus
    /// What the learner says shows the completion (a record number, what the course's
    /// certificate says); nil when the provider recorded it.
    @OptionalField(key: "evidence") package var evidence: String?
    @OptionalField(key: "reviewed_by") package var reviewedBy: UUID?
    @OptionalField(key: "reviewed_at") package var reviewedAt: Date?
    /// Why it was returned, for the learner.
    @OptionalField(key: "review_note") package var reviewNote: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Where a completion stands: only `confirmed` hours count.
package enum CourseCompletionStatus: String, Codable, Sendable, CaseIterable {
    case pending
    case confirmed
    /// Returned to the learner with a note; they may submit it again.
    case returned
}
