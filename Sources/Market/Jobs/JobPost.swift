import Fluent
import Foundation
import Organizations
import TalentDomain

/// An employer's job post in a campaign of the job zone (M3). Published posts are in the
/// post search (`JobPostSearchIndex`) under `search_key`; a draft, closed or taken-down
/// post is not.
package final class JobPost: Model, @unchecked Sendable {
    package static let schema = "job_posts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "campaign_id") package var campaign: JobCampaign
    @Parent(key: "organization_id") package var organization: Organization
    @Field(key: "title") package var title: String
    @Field(key: "occupation_code") package var occupationCode: String
    @OptionalField(key: "chain_code") package var chainCode: String?
    @Field(key: "district_code") package var districtCode: String
    @OptionalEnum(key: "education") package var education: EducationLevel?
    /// The skills asked, one per line of text.
    @Field(key: "skills") package var skills: String
    @OptionalField(key: "experience_years") package var experienceYears: Int?
    @Field(key: "headcount") package var headcount: Int
    /// Monthly pay offered, in fen.
    @Field(key: "pay_min_fen") package var payMinFen: Int64
    @Field(key: "pay_max_fen") package var payMaxFen: Int64
    /// `YYYY-MM-DD`: the last day applications are taken.
    @Field(key: "deadline") package var deadline: String
    @Field(key: "description") package var description: String
    @Enum(key: "state") package var state: JobPostState
    /// Why an officer took it down, shown to the employer.
    @OptionalField(key: "takedown_reason") package var takedownReason: String?
    @Field(key: "search_key") package var searchKey: Int64
    @OptionalField(key: "published_at") package var publishedAt: Date?
    @Field(key: "created_by") package var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package var skillList: [String] { skills.split(whereSeparator: \.isNewline).map(String.init) }

    /// Talents may apply: published and the deadline not passed.
    package func takesApplications(on today: CalendarDate) -> Bool {
        state == .published && deadline >= today.description
    }

    /// What matching reads of it.
    package var need: JobMatching.Need {
        JobMatching.Need(
            occupationCode: occupationCode, skills: skillList, education: education,
            experienceYears: experienceYears, districtCode: districtCode)
    }

    /// The columns for hand-written SQL, as `p."title", …` (PostgreSQL's `search_vector`
    /// is left out: nothing reads it).
    package static let selectList = keys.map { "p.\"\($0.description)\"" }.joined(separator: ", ")
}
