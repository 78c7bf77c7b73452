import Fluent
import Foundation
import SiteKit

/// A talent's request to have their personal data erased, and the administrator's
/// decision on it. The request outlives the erasure (it only names the profile's id).
package final class ErasureRequest: Model, @unchecked Sendable {
    package static let schema = "erasure_requests"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "talent_id") package var talent: Talent
    @Enum(key: "status") package var status: Status
    @Field(key: "requested_at") package var requestedAt: Date
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @OptionalField(key: "decided_by") package var decidedBy: UUID?

    package init() {}

    package init(talentID: UUID, requestedAt: Date) {
        self.$talent.id = talentID
        self.status = .pending
        self.requestedAt = requestedAt
    }

    package enum Status: String, Codable, Sendable {
        case pending, approved, rejected
    }
}
