import Fluent
import Foundation
import SiteKit
import TalentDomain

/// 培训项目: a program a provider runs (M1, M2, M3): engineer training, an advanced
/// seminar, an exchange event, skill training or order-based training. Its cohorts
/// (班次) are where people enrol.
final class Program: Model, @unchecked Sendable {
    static let schema = "programs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "provider_id") var provider: Organization
    @Enum(key: "kind") var kind: ProgramKind
    @Field(key: "title") var title: String
    /// The measure it serves, `M1` … (the kind's default unless the provider says).
    @Field(key: "measure") var measure: String
    @Field(key: "year") var year: Int
    /// 数字职业 code, for engineer and skill training.
    @OptionalField(key: "occupation_code") var occupationCode: String?
    /// 培训方向 of engineer training (e.g. 机器学习).
    @OptionalField(key: "direction") var direction: String?
    @OptionalEnum(key: "engineer_level") var engineerLevel: EngineerLevel?
    @OptionalEnum(key: "skill_level") var skillLevel: SkillLevel?
    /// Seminars and exchange: theme, experts (one per line) and format (讲座、工作坊 …).
    @OptionalField(key: "theme") var theme: String?
    @OptionalField(key: "experts") var experts: String?
    @OptionalField(key: "format") var format: String?
    @Field(key: "description") var description: String
    /// The default capacity of a new cohort.
    @Field(key: "capacity") var capacity: Int
    /// `YYYY-MM-DD`.
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Enum(key: "delivery") var delivery: DeliveryMode
    @OptionalField(key: "place") var place: String?
    @Field(key: "fee_fen") var feeFen: Int64
    @Field(key: "vouchers_apply") var vouchersApply: Bool
    @Field(key: "subsidies_apply") var subsidiesApply: Bool
    /// `EntryRequirement` as JSON.
    @Field(key: "entry_requirement") var entryRequirementJSON: String
    @Field(key: "min_attendance_percent") var minAttendancePercent: Int
    @Enum(key: "status") var status: ProgramStatus
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var entryRequirement: EntryRequirement {
        get {
            (try? JSONDecoder().decode(EntryRequirement.self, from: Data(entryRequirementJSON.utf8)))
                ?? EntryRequirement()
        }
        set {
            entryRequirementJSON = String(
                decoding: (try? JSONEncoder().encode(newValue)) ?? Data("{\"anyOf\":[]}".utf8), as: UTF8.self)
        }
    }

    var completionRule: CompletionRule { CompletionRule(minAttendancePercent: minAttendancePercent) }
    var expertList: [String] { (experts ?? "").split(separator: "\n").map(String.init) }
}

/// 班次: one run of a program, with its own seats, enrolment deadline and sessions.
final class Cohort: Model, @unchecked Sendable {
    static let schema = "cohorts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "program_id") var program: Program
    /// Kept with the cohort so enrolment queries scope by provider without a join.
    @Field(key: "provider_id") var providerID: UUID
    @Field(key: "name") var name: String
    @Field(key: "capacity") var capacity: Int
    /// Seats held (`EnrollmentStatus.holdsSeat`), changed only by one conditional UPDATE
    /// so that two applications for the last seat cannot both get it.
    @Field(key: "seats_taken") var seatsTaken: Int
    /// Last day to apply, `YYYY-MM-DD`.
    @Field(key: "enrol_deadline") var enrolDeadline: String
    @Field(key: "starts_on") var startsOn: String
    @Field(key: "ends_on") var endsOn: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// 课次: one session of a cohort — a date, its length and its topic.
final class CohortSession: Model, @unchecked Sendable {
    static let schema = "cohort_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "cohort_id") var cohort: Cohort
    @Field(key: "date") var date: String
    @Field(key: "minutes") var minutes: Int
    @Field(key: "topic") var topic: String

    init() {}

    var hours: StudyHours { StudyHours(minutes: minutes) }
}
