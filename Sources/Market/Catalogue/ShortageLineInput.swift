import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// One line of a declaration as a form or the API sends it. Pay is typed in yuan a
/// month; the occupation may be its code, "code name" as the picker offers it, or its
/// exact name.
package struct ShortageLineInput: Content {
    @FormText package var occupation: String? = nil
    @FormText package var chain: String? = nil
    @FormText package var headcount: String? = nil
    @FormText package var education: String? = nil
    /// Separated by commas, 、 or new lines.
    @FormText package var skills: String? = nil
    @FormText package var experienceYears: String? = nil
    @FormText package var payMinYuan: String? = nil
    @FormText package var payMaxYuan: String? = nil
    @FormText package var urgency: String? = nil

    package init() {}

    /// Every field checked, each refusal naming its field; nothing is written here.
    package func validate(rules: MarketRules, on db: any Database) async throws -> Result<
        ShortageLineDraft, FieldErrors
    > {
        var read = FieldReader()
        let occupation = try await MarketFields.digitalOccupation(occupation, "occupation", on: db, &read)
        let chain = try await MarketFields.chain(chain, "chain", on: db, &read)
        let headcount = read.integer(headcount, "headcount", .catalogueHeadcount, in: 1...rules.maxHeadcount)
        let education = read.choice(
            education, "education", .catalogueEducation, as: EducationLevel.self, required: false)
        let skills = MarketFields.skills(skills, "skills", &read)
        let experience = experienceYears.trimmedText.flatMap { _ in
            read.integer(experienceYears, "experienceYears", .catalogueExperience, in: 0...50)
        }
        let pay = MarketFields.payRange(payMinYuan, payMaxYuan, rules: rules, &read)
        let urgency = read.choice(urgency, "urgency", .catalogueUrgency, as: ShortageUrgency.self)
        guard read.errors.isEmpty, let occupation, let chain, let headcount, let pay, let urgency else {
            return .failure(read.errors)
        }
        return .success(
            ShortageLineDraft(
                occupationCode: occupation, chainCode: chain, headcount: headcount, education: education,
                skills: skills, experienceYears: experience, payMin: pay.min, payMax: pay.max, urgency: urgency))
    }
}

/// A valid line, ready to be written.
package struct ShortageLineDraft: Sendable {
    package var occupationCode: String
    package var chainCode: String
    package var headcount: Int
    package var education: EducationLevel?
    package var skills: [String]
    package var experienceYears: Int?
    package var payMin: Money
    package var payMax: Money
    package var urgency: ShortageUrgency

    package init(
        occupationCode: String, chainCode: String, headcount: Int, education: EducationLevel?, skills: [String],
        experienceYears: Int?, payMin: Money, payMax: Money, urgency: ShortageUrgency
    ) {
        (self.occupationCode, self.chainCode, self.headcount, self.education) = (
            occupationCode, chainCode, headcount, education
        )
        (self.skills, self.experienceYears, self.payMin, self.payMax, self.urgency) = (
            skills, experienceYears, payMin, payMax, urgency
        )
    }
}

/// A new declaration: the year it declares for.
package struct ShortageDeclarationInput: Content {
    @FormText package var year: String? = nil

    package init(year: String? = nil) { self.year = year }
}

/// Why the departments return a declaration.
package struct ShortageReturnInput: Content {
    @FormText package var reason: String? = nil

    package init(reason: String? = nil) { self.reason = reason }
}
