import Fluent
import Foundation
import SiteKit
import TalentDomain

/// 数字工程师专栏 (M7): an online course of the continuing-education column, for
/// self-study; its hours are credited to the learner when completed.
final class Course: Model, @unchecked Sendable {
    static let schema = "courses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: Organization
    @Field(key: "title") var title: String
    @OptionalField(key: "occupation_code") var occupationCode: String?
    @OptionalEnum(key: "level") var level: EngineerLevel?
    @Field(key: "minutes") var minutes: Int
    /// Where the course is taken (an https link), or its content as text.
    @OptionalField(key: "link") var link: String?
    @Field(key: "content") var content: String
    /// Listed in the column; an unlisted course keeps its completions.
    @Field(key: "listed") var listed: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var hours: StudyHours { StudyHours(minutes: minutes) }
}

/// A talent's completion of a course: marked by the talent or recorded by the course's
/// provider. Once per talent and course.
final class CourseCompletion: Model, @unchecked Sendable {
    static let schema = "course_completions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "course_id") var course: Course
    /// The course's provider, so the provider's scope is a plain filter.
    @Field(key: "provider_id") var providerID: UUID
    @Parent(key: "talent_id") var talent: Talent
    /// `YYYY-MM-DD`; the year of continuing education it counts in.
    @Field(key: "completed_on") var completedOn: String
    /// The course's hours when completed (a later change of the course does not rewrite
    /// what was credited).
    @Field(key: "minutes") var minutes: Int
    /// `self` (the talent marked it) or `provider` (recorded by the provider).
    @Field(key: "source") var source: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
