import Fluent
import Foundation
import TalentDomain
import TalentPool

/// 求职意向: a talent's consent to be found by employers' matching (M3). Off unless the
/// talent turns it on; withdrawing it deletes the row and the cards, so the next match
/// no longer sees them. Every change is in the audit trail.
package final class JobSeeker: Model, @unchecked Sendable {
    package static let schema = "job_seekers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "talent_id") package var talent: Talent
    @Field(key: "opted_in_at") package var optedInAt: Date

    package init() {}

    package init(talentID: UUID, at now: Date) {
        $talent.id = talentID
        optedInAt = now
    }
}

/// What matching reads of an opted-in talent, one row per occupation of theirs, so a
/// post's candidates are one range of an index. Kept in step by `JobSeekerCards`.
package final class JobSeekerCard: Model, @unchecked Sendable {
    package static let schema = "job_seeker_cards"

    @ID(key: .id) package var id: UUID?
    @Field(key: "occupation_code") package var occupationCode: String
    @Parent(key: "talent_id") package var talent: Talent
    /// Every occupation of the talent, one per line (the post's may be another).
    @Field(key: "occupations") package var occupations: String
    @Field(key: "district_code") package var districtCode: String
    @OptionalField(key: "education") package var education: String?
    @OptionalField(key: "field_work_since") package var fieldWorkSince: String?
    @Field(key: "skills") package var skills: String
    /// Occupations of the talent's valid certificates, one per line.
    @Field(key: "certified") package var certified: String
    @OptionalField(key: "skill_level") package var skillLevel: String?
    @OptionalField(key: "title_level") package var titleLevel: String?

    package init() {}
}
