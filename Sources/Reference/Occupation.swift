import Fluent
import Foundation
import SiteKit
import TalentDomain

/// 数字职业: a row of the national occupational classification (see `OccupationEntry`).
package final class Occupation: Model, @unchecked Sendable {
    package static let schema = "occupations"

    /// The national code, e.g. `2-02-38-01`.
    @ID(custom: "code", generatedBy: .user) package var id: String?
    @Field(key: "name_zh") package var nameZh: String
    @Field(key: "name_en") package var nameEn: String
    @Field(key: "kind") package var kind: String
    @Field(key: "is_digital") package var isDigital: Bool
    /// Older codes, space separated with a leading and trailing space so that
    /// `LIKE '% code %'` finds one exactly.
    @Field(key: "aliases") package var aliases: String
    @Field(key: "verified") package var verified: Bool
    /// Lower-cased code, aliases and both names: one column that the keyword search reads
    /// the same way on SQLite and PostgreSQL.
    @Field(key: "search_text") package var searchText: String
    /// `shipped` rows follow the shipped file; `admin` rows were changed by an administrator
    /// and are never overwritten at start-up.
    @Field(key: "source") package var source: String
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package var aliasList: [String] { aliases.split(separator: " ").map(String.init) }
}

extension Occupation {
    /// "2-02-38-03 大数据工程技术人员": the code and the name in `language`, as lists and
    /// selects show an occupation.
    package func codedName(_ language: DisplayLanguage) -> String {
        "\(id ?? "") \(language == .zh ? nameZh : nameEn)"
    }
}
