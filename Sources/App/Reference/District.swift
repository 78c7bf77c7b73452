import Fluent
import Foundation
import SiteKit

/// 区县 or functional zone of Zibo.
final class District: Model, @unchecked Sendable {
    static let schema = "districts"

    /// Administrative division code (`370303`), or `ZONE-…` for a functional zone.
    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "kind") var kind: String
    @Field(key: "source") var source: String

    init() {}
}

/// 重点产业链: the text names some; administrators add the rest of the 20.
final class IndustryChain: Model, @unchecked Sendable {
    static let schema = "industry_chains"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "source") var source: String

    init() {}
}

/// Which shipped reference file was last loaded, so an unchanged file is not reloaded.
final class ReferenceDataset: Model, @unchecked Sendable {
    static let schema = "reference_datasets"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "checksum") var checksum: String
    @Field(key: "loaded_at") var loadedAt: Date

    init() {}

    init(name: String, checksum: String, loadedAt: Date) {
        self.id = name
        self.checksum = checksum
        self.loadedAt = loadedAt
    }
}
