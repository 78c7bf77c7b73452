import Fluent
import Foundation
import SiteKit

/// One revision of a policy file as it was loaded. Rows are only ever added or
/// (de)activated, never overwritten, so the history of every version stays.
package final class PolicyVersion: Model, @unchecked Sendable {
    package static let schema = "policy_versions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "policy_id") package var policyID: String
    @Field(key: "version") package var version: Int
    @Field(key: "effective_date") package var effectiveDate: String
    /// SHA-256 of the file's text: the same file loaded twice is one row.
    @Field(key: "checksum") package var checksum: String
    /// The decoded, validated document as JSON.
    @Field(key: "document") package var document: String
    @Field(key: "is_active") package var isActive: Bool
    @Timestamp(key: "first_loaded_at", on: .create) package var firstLoadedAt: Date?
    @Field(key: "activated_at") package var activatedAt: Date

    package init() {}

    package init(
        policyID: String, version: Int, effectiveDate: String, checksum: String, document: String,
        activatedAt: Date
    ) {
        self.policyID = policyID
        self.version = version
        self.effectiveDate = effectiveDate
        self.checksum = checksum
        self.document = document
        self.isActive = true
        self.activatedAt = activatedAt
    }
}
