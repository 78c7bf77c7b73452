import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain

/// 培训项目: a program a provider runs (M1, M2, M3): engineer training, an advanced
/// seminar, an exchange event, skill training or order-based training. Its cohorts
/// (班次) are where people enrol.
package final class Program: Model, @unchecked Sendable {
    package static let schema = "programs"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "provider_id") package var provider: Organization
    @Enum(key: "kind") package var kind: ProgramKind
    @Field(key: "title") package var title: String
    /// The measure it serves, `M1` … (the kind's default unless the provider says).
    @Field(key: "measure") package var measure: String
    @Field(key: "year") package var year: Int
    /// 数字职业 code, for engineer and skill training.
    @OptionalField(key: "occupation_code") package var occupationCode: String?
    /// 培训方向 of engineer training (e.g. 机器学习).
    @OptionalField(key: "direction") package var direction: String?
    @OptionalEnum(key: "engineer_level") package var engineerLevel: EngineerLevel?
    @OptionalEnum(key: "skill_level") package var skillLevel: SkillLevel?
    /// Seminars and exchange: theme, experts (one per line) and format (讲座、工作坊 …).
    @OptionalField(key: "theme") package var theme: String?
    @OptionalField(key: "experts") package var experts: String?
    @OptionalField(key: "format") package var format: String?
    @Field(key: "description") package var description: String
    /// The default capacity of a new cohort.
    @Field(key: "capacity") package var capacity: Int
    /// `YYYY-MM-DD`.
    @Field(key: "starts_on") package var startsOn: String
    @Field(key: "ends_on") package var endsOn: String
    @Enum(key: "delivery") package var delivery: DeliveryMode
    @OptionalField(key: "place") package var place: String?
    @Field(key: "fee_fen") package var feeFen: Int64
    @Field(key: "vouchers_apply") package var vouchersApply: Bool
    @Field(key: "subsidies_apply") package var subsidiesApply: Bool
    /// `EntryRequirement` as JSON.
    @Field(key: "entry_requirement") package var entryRequirementJSON: String
    @Field(key: "min_attendance_percent") package var minAttendancePercent: Int
    @Enum(key: "status") package var status: ProgramStatus
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package var entryRequirement: EntryRequirement {
        get {
            (try? JSONDecoder().decode(EntryRequirement.self, from: Data(entryRequirementJSON.utf8)))
                ?? EntryRequirement()
        }
        set {
            entryRequirementJSON = String(
                decoding: (try? JSONEncoder().encode(newValue)) ?? Data("{\"anyOf\":[]}".utf8), as: UTF8.self)
        }
    }

    package var completionRule: CompletionRule { CompletionRule(minAttendancePercent: minAttendancePercent) }
    package var expertList: [String] { (experts ?? "").split(whereSeparator: \.isNewline).map(String.init) }
}

/// 班次: one run of a program, with its own seats, enrolment deadline and sessions.
package final class Cohort: Model, @unchecked Sendable {
    package static let schema = "cohorts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "program_id") package var program: Program
    /// Kept with the cohort so enrolment queries scope by provider without a join.
    @Field(key: "provider_id") package var providerID: UUID
    @Field(key: "name") package var name: String
    @Field(key: "capacity") package var capacity: Int
    /// Seats held (`EnrollmentStatus.holdsSeat`), changed only by one conditional UPDATE
    /// so that two applications for the last seat cannot both get it.
    @Field(key: "seats_taken") package var seatsTaken: Int
    /// Last day to apply, `YYYY-MM-DD`.
    @Field(key: "enrol_deadline") package var enrolDeadline: String
    @Field(key: "starts_on") package var startsOn: String
    @Field(key: "ends_on") package var endsOn: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// 课次: one session of a cohort — a date, its length and its topic.
package final class CohortSession: Model, @unchecked Sendable {
    package static let schema = "cohort_sessions"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "cohort_id") package var cohort: Cohort
    @Field(key: "date") package var date: String
    @Field(key: "minutes") package var minutes: Int
    @Field(key: "topic") package var topic: String

    package init() {}

    package var hours: StudyHours { StudyHours(minutes: minutes) }
}
