import Fluent
import Foundation
import TalentDomain

/// 淄博—高校人才直通车: one drive of the digital job zone (M3), run by an officer between
/// two dates. Employers post jobs into a campaign while it is open.
package final class JobCampaign: Model, @unchecked Sendable {
    package static let schema = "job_campaigns"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @Field(key: "description") package var description: String
    /// `YYYY-MM-DD`, Zibo days, both included.
    @Field(key: "starts_on") package var startsOn: String
    @Field(key: "ends_on") package var endsOn: String
    @Field(key: "created_by") package var createdBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// Whether `today` lies within its dates: posts may be published into it.
    package func isOpen(on today: CalendarDate) -> Bool {
        startsOn <= today.description && today.description <= endsOn
    }
}
