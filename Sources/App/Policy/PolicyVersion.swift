import Fluent
import Foundation
import SiteKit

/// One revision of a policy file as it was loaded. Rows are only ever added or
/// (de)activated, never overwritten, so the history of every version stays.
final class PolicyVersion: Model, @unchecked Sendable {
    static let schema = "policy_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "policy_id") var policyID: String
    @Field(key: "version") var version: Int
    @Field(key: "effective_date") var effectiveDate: String
    /// SHA-256 of the file's text: the same file loaded twice is one row.
    @Field(key: "checksum") var checksum: String
    /// The decoded, validated document as JSON.
    @Field(key: "document") var document: String
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "first_loaded_at", on: .create) var firstLoadedAt: Date?
    @Field(key: "activated_at") var activatedAt: Date

    init() {}

    init(
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
