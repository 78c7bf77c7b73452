import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// 报名: a talent's place in a cohort, from application to result.
package final class Enrollment: Model, @unchecked Sendable {
    package static let schema = "enrollments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "cohort_id") package var cohort: Cohort
    @Parent(key: "program_id") package var program: Program
    /// The program's provider, kept here so the provider's scope is a plain filter.
    @Field(key: "provider_id") package var providerID: UUID
    @Parent(key: "talent_id") package var talent: Talent
    @Enum(key: "status") package var status: EnrollmentStatus
    /// Order on the waiting list: the time of (re)application, then the id.
    @Field(key: "applied_at") package var appliedAt: Date
    /// Years in the field as the applicant declared them, for entry requirements.
    @OptionalField(key: "years_in_field") package var yearsInField: Int?
    @OptionalField(key: "score") package var score: Int?
    @OptionalField(key: "passed") package var passed: Bool?
    /// `YYYY-MM-DD` of completion (结业).
    @OptionalField(key: "completed_on") package var completedOn: String?
    @OptionalField(key: "withdrawn_at") package var withdrawnAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}
}

/// 考勤: the hours one enrolment attended of one session.
package final class Attendance: Model, @unchecked Sendable {
    package static let schema = "attendance"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "enrollment_id") package var enrollment: Enrollment
    @Parent(key: "session_id") package var session: CohortSession
    @Field(key: "minutes") package var minutes: Int

    package init() {}
}
