import Fluent
import Foundation
import SiteKit

/// A talent's request to have their personal data erased, and the administrator's
/// decision on it. The request outlives the erasure (it only names the profile's id).
final class ErasureRequest: Model, @unchecked Sendable {
    static let schema = "erasure_requests"

    @ID(key: .id) var id: UUID?
    @Parent(key: "talent_id") var talent: Talent
    @Enum(key: "status") var status: Status
    @Field(key: "requested_at") var requestedAt: Date
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decided_by") var decidedBy: UUID?

    init() {}

    init(talentID: UUID, requestedAt: Date) {
        self.$talent.id = talentID
        self.status = .pending
        self.requestedAt = requestedAt
    }

    enum Status: String, Codable, Sendable {
        case pending, approved, rejected
    }
}
