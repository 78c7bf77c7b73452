import Fluent
import Foundation
import SiteKit

/// 区县 or functional zone of Zibo.
package final class District: Model, @unchecked Sendable {
    package static let schema = "districts"

    /// Administrative division code (`370303`), or `ZONE-…` for a functional zone.
    @ID(custom: "code", generatedBy: .user) package var id: String?
    @Field(key: "name_zh") package var nameZh: String
    @Field(key: "name_en") package var nameEn: String
    @Field(key: "kind") package var kind: String
    @Field(key: "source") package var source: String

    package init() {}
}

/// 重点产业链: the text names some; administrators add the rest of the 20.
package final class IndustryChain: Model, @unchecked Sendable {
    package static let schema = "industry_chains"

    @ID(custom: "code", generatedBy: .user) package var id: String?
    @Field(key: "name_zh") package var nameZh: String
    @Field(key: "name_en") package var nameEn: String
    @Field(key: "source") package var source: String

    package init() {}
}

/// Which shipped reference file was last loaded, so an unchanged file is not reloaded.
package final class ReferenceDataset: Model, @unchecked Sendable {
    package static let schema = "reference_datasets"

    @ID(custom: "name", generatedBy: .user) package var id: String?
    @Field(key: "checksum") package var checksum: String
    @Field(key: "loaded_at") package var loadedAt: Date

    package init() {}

    package init(name: String, checksum: String, loadedAt: Date) {
        self.id = name
        self.checksum = checksum
        self.loadedAt = loadedAt
    }
}
