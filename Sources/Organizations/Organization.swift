import Fluent
import Foundation
import SiteKit

/// 用人单位 / 培训机构 / 院校 …: an organisation that employers and providers act for.
package final class Organization: Model, @unchecked Sendable {
    package static let schema = "organizations"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") package var name: String
    @Enum(key: "kind") package var kind: Kind
    /// 统一社会信用代码, validated with its GB 32100 check character; unique.
    @Field(key: "credit_code") package var creditCode: String
    @Field(key: "district_code") package var districtCode: String
    /// 产业链 code (reference data); the talent search filters employees by it.
    @OptionalField(key: "chain_code") package var chainCode: String?
    /// M4: what it declares of itself for the small-and-micro-enterprise loans, for
    /// `factsYear` (`OrganizationFacts`); nil until declared.
    @OptionalField(key: "staff_count") package var staffCount: Int?
    @OptionalField(key: "revenue_fen") package var revenueFen: Int64?
    @OptionalField(key: "new_hire_key_group_percent") package var newHireKeyGroupPercent: Int?
    @OptionalField(key: "facts_year") package var factsYear: Int?
    @OptionalField(key: "facts_declared_at") package var factsDeclaredAt: Date?
    @OptionalField(key: "facts_declared_by") package var factsDeclaredBy: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    /// Listed by hand, as `Talent.properties` explains.
    package var properties: [any AnyProperty] {
        [
            $id, $name, $kind, $creditCode, $districtCode, $chainCode, $staffCount, $revenueFen,
            $newHireKeyGroupPercent, $factsYear, $factsDeclaredAt, $factsDeclaredBy, $createdAt, $updatedAt,
        ]
    }

    package init(id: UUID? = nil, name: String, kind: Kind, creditCode: String, districtCode: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.creditCode = creditCode
        self.districtCode = districtCode
    }

    package enum Kind: String, Codable, CaseIterable, Sendable {
        case enterprise, provider, university, institute, agency
    }
}
