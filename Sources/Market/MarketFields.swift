import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain

/// The fields every market form shares — occupation, chain, skills, a monthly pay range
/// — read the same way for declarations, posts and reports, each refusal naming its field.
package enum MarketFields {
    /// A digital occupation of the national classification: its code, "code name" as the
    /// picker offers it, or its exact Chinese or English name.
    package static func digitalOccupation(
        _ value: String?, _ field: String, on db: any Database, _ read: inout FieldReader
    ) async throws -> String? {
        guard let text = read.text(value, field, .catalogueOccupation, max: 120) else { return nil }
        let code = text.split(separator: " ").first.map(String.init) ?? text
        let row: Occupation? =
            if let byCode = try await Occupation.find(code, on: db) {
                byCode
            } else {
                try await Occupation.query(on: db).group(.or) { $0.filter(\.$nameZh == text).filter(\.$nameEn == text) }
                    .first()
            }
        guard let row, row.kind == "occupation" else {
            read.fail(field, .catalogueOccupationUnknown, .unknown)
            return nil
        }
        guard row.isDigital else {
            read.fail(field, .catalogueOccupationNotDigital, .notAllowed)
            return nil
        }
        return row.id
    }

    /// A key industry chain by its code or its exact name.
    package static func chain(_ value: String?, _ field: String, on db: any Database, _ read: inout FieldReader)
        async throws -> String?
    {
        guard let text = read.text(value, field, .catalogueChain, max: 100) else { return nil }
        let row: IndustryChain? =
            if let byCode = try await IndustryChain.find(text, on: db) {
                byCode
            } else {
                try await IndustryChain.query(on: db).group(.or) {
                    $0.filter(\.$nameZh == text).filter(\.$nameEn == text)
                }
                .first()
            }
        guard let row else {
            read.fail(field, .catalogueChainUnknown, .unknown)
            return nil
        }
        return row.id
    }

    /// At most 20 skills of at most 30 characters, separated by commas, 、, semicolons or
    /// new lines; the same skill twice is kept once.
    package static func skills(_ value: String?, _ field: String, _ read: inout FieldReader) -> [String] {
        guard let text = read.text(value, field, .catalogueSkills, required: false, max: 400, multiline: true)
        else { return [] }
        var seen = Set<String>()
        let skills = text.split(whereSeparator: { $0.isNewline || ",，、;；".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .filter { seen.insert($0.lowercased()).inserted }
        if skills.count > 20 || skills.contains(where: { $0.count > 30 }) {
            read.fail(field, .catalogueSkillsTooMany)
            return []
        }
        return skills
    }

    /// A monthly pay range in yuan: both given, above zero, at most the policy's ceiling,
    /// the minimum not above the maximum.
    package static func payRange(
        _ minimum: String?, _ maximum: String?, rules: MarketRules, _ read: inout FieldReader
    ) -> (min: Money, max: Money)? {
        let ceiling = Int64(rules.monthlyPayCeilingYuan)
        func amount(_ value: String?, _ field: String, _ label: Message) -> Money? {
            guard value.trimmedText != nil else {
                read.fail(field, Message { m in m(.fieldRequired(field: m(label))) }, .required)
                return nil
            }
            guard let money = value.trimmedText.flatMap({ Money(yuanText: $0, maximumYuan: .max / 100) }) else {
                read.fail(field, Message { m in m(.fieldMoney(field: m(label))) })
                return nil
            }
            guard money.fen > 0, money <= Money(yuan: ceiling) else {
                read.fail(field, Message { m in m(.catalogueMonthlyPayRange(field: m(label), max: String(ceiling))) })
                return nil
            }
            return money
        }
        let low = amount(minimum, "payMinYuan", .cataloguePayMin)
        let high = amount(maximum, "payMaxYuan", .cataloguePayMax)
        guard let low, let high else { return nil }
        guard low <= high else {
            read.fail("payMaxYuan", .cataloguePayUpsideDown)
            return nil
        }
        return (low, high)
    }
}
