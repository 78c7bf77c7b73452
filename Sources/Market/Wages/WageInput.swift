import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A new report: the year whose pay it gives.
package struct WageReportInput: Content {
    @FormText package var year: String? = nil

    package init(year: String? = nil) { self.year = year }
}

/// Employees of one occupation (and skill level) added to a report: each one's annual
/// pay in yuan, one a line or separated by commas.
package struct WageEmployeesInput: Content {
    @FormText package var occupation: String? = nil
    @FormText package var skillLevel: String? = nil
    @FormText package var pays: String? = nil

    package init(occupation: String? = nil, skillLevel: String? = nil, pays: String? = nil) {
        (self.occupation, self.skillLevel, self.pays) = (occupation, skillLevel, pays)
    }

    /// At most this many employees in one addition (a larger workforce is uploaded).
    package static let maxEmployees = 2_000

    package struct Valid: Sendable {
        package var occupationCode: String
        package var skillLevel: SkillLevel?
        package var pays: [Money]

        package init(occupationCode: String, skillLevel: SkillLevel?, pays: [Money]) {
            (self.occupationCode, self.skillLevel, self.pays) = (occupationCode, skillLevel, pays)
        }
    }

    package func validate(rules: MarketRules, on db: any Database) async throws -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        let occupation = try await MarketFields.digitalOccupation(occupation, "occupation", on: db, &read)
        let level = read.choice(skillLevel, "skillLevel", .wageSkillLevel, as: SkillLevel.self, required: false)
        let pays = Self.pays(pays, ceiling: rules.annualPayCeiling, &read)
        guard read.errors.isEmpty, let occupation, let pays else { return .failure(read.errors) }
        return .success(Valid(occupationCode: occupation, skillLevel: level, pays: pays))
    }

    /// Each annual pay above zero and at most the ceiling, in yuan with at most two
    /// decimals; the first bad one is named by its place in the list. A browser sends a
    /// textarea's lines with CR LF, which Swift reads as one character: `isNewline` is
    /// what splits them.
    static func pays(_ text: String?, ceiling: Money, _ read: inout FieldReader) -> [Money]? {
        guard let text = read.text(text, "pays", .wagePays, max: 40_000, multiline: true) else { return nil }
        let items = text.split(whereSeparator: { $0.isNewline || $0.isWhitespace || ",，、;；".contains($0) }).map(
            String.init)
        guard !items.isEmpty, items.count <= maxEmployees else {
            read.fail("pays", .wagePaysCount(max: maxEmployees))
            return nil
        }
        var pays: [Money] = []
        for (index, item) in items.enumerated() {
            guard let pay = Money(yuanText: item, maximumYuan: .max / 100), pay.fen > 0, pay <= ceiling else {
                read.fail("pays", .wagePayInvalid(position: index + 1, value: item, max: ceiling.yuanText))
                return nil
            }
            pays.append(pay)
        }
        return pays
    }
}
