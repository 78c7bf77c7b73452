import Fluent
import Foundation
import SiteKit
import TalentDomain

/// 报名: a talent's place in a cohort, from application to result.
final class Enrollment: Model, @unchecked Sendable {
    static let schema = "enrollments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Parent(key: "program_id") var program: Program
    /// The program's provider, kept here so the provider's scope is a plain filter.
    @Field(key: "provider_id") var providerID: UUID
    @Parent(key: "talent_id") var talent: Talent
    @Enum(key: "status") var status: EnrollmentStatus
    /// Order on the waiting list: the time of (re)application, then the id.
    @Field(key: "applied_at") var appliedAt: Date
    /// Years in the field as the applicant declared them, for entry requirements.
    @OptionalField(key: "years_in_field") var yearsInField: Int?
    @OptionalField(key: "score") var score: Int?
    @OptionalField(key: "passed") var passed: Bool?
    /// `YYYY-MM-DD` of completion (结业).
    @OptionalField(key: "completed_on") var completedOn: String?
    @OptionalField(key: "withdrawn_at") var withdrawnAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// 考勤: the hours one enrolment attended of one session.
final class Attendance: Model, @unchecked Sendable {
    static let schema = "attendance"

    @ID(key: .id) var id: UUID?
    @Parent(key: "enrollment_id") var enrollment: Enrollment
    @Parent(key: "session_id") var session: CohortSession
    @Field(key: "minutes") var minutes: Int

    init() {}
}
