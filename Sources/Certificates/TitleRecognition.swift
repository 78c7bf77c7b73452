import Fluent
import Foundation
import TalentDomain
import TalentPool

/// 职称认定: a title recognised by a department's approval of an M8 application (a title
/// review under a training certificate, the skill→title crossover, a 破格 application).
/// Like a certificate it is a standing record the profile's title level derives from, and
/// it can be revoked; the level is then derived again from what still stands.
package final class TitleRecognition: Model, @unchecked Sendable {
    package static let schema = "title_recognitions"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "talent_id") package var talent: Talent
    @Enum(key: "title_level") package var titleLevel: TitleLevel
    /// The application whose approval recognised it (one recognition an application).
    @Field(key: "application_id") package var applicationID: UUID
    /// The policy rule it was applied for under.
    @Field(key: "rule_id") package var ruleID: String
    /// `YYYY-MM-DD`.
    @Field(key: "recognised_on") package var recognisedOn: String
    @Field(key: "recognised_by") package var recognisedBy: UUID
    @OptionalField(key: "revoked_at") package var revokedAt: Date?
    @OptionalField(key: "revoke_reason") package var revokeReason: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var isRevoked: Bool { revokedAt != nil }
}
