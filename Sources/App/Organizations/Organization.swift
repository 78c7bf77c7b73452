import Fluent
import Foundation
import SiteKit

/// 用人单位 / 培训机构 / 院校 …: an organisation that employers and providers act for.
final class Organization: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Enum(key: "kind") var kind: Kind
    /// 统一社会信用代码, validated with its GB 32100 check character; unique.
    @Field(key: "credit_code") var creditCode: String
    @Field(key: "district_code") var districtCode: String
    /// 产业链 code (reference data); the talent search filters employees by it.
    @OptionalField(key: "chain_code") var chainCode: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// Listed by hand, as `Talent.properties` explains.
    var properties: [any AnyProperty] {
        [
            $id, $name, $kind, $creditCode, $districtCode, $chainCode, $createdAt, $updatedAt,
        ]
    }

    init(id: UUID? = nil, name: String, kind: Kind, creditCode: String, districtCode: String) {
        self.id = id
        self.name = name
        self.kind = kind
        self.creditCode = creditCode
        self.districtCode = districtCode
    }

    enum Kind: String, Codable, CaseIterable, Sendable {
        case enterprise, provider, university, institute, agency
    }
}
