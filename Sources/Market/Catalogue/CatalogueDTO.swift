import Foundation
import SiteKit
import TalentDomain
import Vapor

/// An edition of the catalogue through the API: its year and number, its state, what it
/// supersedes and why, and its size.
package struct CatalogueEditionDTO: Content {
    package var id: UUID
    package var year: Int
    package var number: Int
    package var state: String
    package var supersedes: UUID?
    package var note: String?
    package var declarationCount: Int
    package var compiledAt: Date
    package var publishedAt: Date?

    package init(_ edition: CatalogueEdition) throws {
        (id, year, number, state) = (try edition.requireID(), edition.year, edition.number, edition.state.rawValue)
        (supersedes, note, declarationCount) = (edition.supersedesID, edition.note, edition.declarationCount)
        (compiledAt, publishedAt) = (edition.compiledAt, edition.publishedAt)
    }
}

/// One entry of an edition: an occupation in a chain with what its employers need.
/// Pay is monthly, in fen.
package struct CatalogueEntryDTO: Content {
    package var occupation: CodedName
    package var chain: CodedName
    package var headcount: Int
    package var employerCount: Int
    package var urgency: String
    package var education: String?
    package var skills: [String]
    package var experienceYears: Int?
    package var payMinFen: Int64
    package var payMaxFen: Int64

    package struct CodedName: Content {
        package var code: String
        package var name: LocalizedText
    }

    package init(_ row: CatalogueQuery.Row) {
        let entry = row.entry
        occupation = CodedName(code: entry.key.occupationCode, name: row.occupationName)
        chain = CodedName(code: entry.key.chainCode, name: row.chainName)
        (headcount, employerCount, urgency) = (entry.headcount, entry.employerCount, entry.urgency.rawValue)
        (education, skills, experienceYears) = (entry.education?.rawValue, entry.skills, entry.experienceYears)
        (payMinFen, payMaxFen) = (entry.payMin.fen, entry.payMax.fen)
    }
}

/// An employer's declaration through the API, with its lines.
package struct ShortageDeclarationDTO: Content {
    package var id: UUID
    package var organizationID: UUID
    package var year: Int
    package var state: String
    package var returnReason: String?
    package var submittedAt: Date?
    package var lines: [Line]

    package struct Line: Content {
        package var id: UUID
        package var occupation: String
        package var chain: String
        package var headcount: Int
        package var education: String?
        package var skills: [String]
        package var experienceYears: Int?
        package var payMinFen: Int64
        package var payMaxFen: Int64
        package var urgency: String
    }

    package init(_ declaration: ShortageDeclaration, lines: [ShortageDeclarationLine]) throws {
        (id, organizationID, year) = (try declaration.requireID(), declaration.$organization.id, declaration.year)
        (state, returnReason, submittedAt) = (
            declaration.state.rawValue, declaration.returnReason, declaration.submittedAt
        )
        self.lines = try lines.map { line in
            Line(
                id: try line.requireID(), occupation: line.occupationCode, chain: line.chainCode,
                headcount: line.headcount, education: line.education?.rawValue, skills: line.skillList,
                experienceYears: line.experienceYears, payMinFen: line.payMinFen, payMaxFen: line.payMaxFen,
                urgency: line.urgency.rawValue)
        }
    }
}
