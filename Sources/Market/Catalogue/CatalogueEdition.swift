import Fluent
import Foundation
import TalentDomain

/// 淄博市急需紧缺数字工程师目录 (M3): one edition of a year's catalogue, compiled from the
/// submitted declarations. A draft is compiled again as declarations change; publishing
/// freezes it for good. A correction is a new edition of the same year that supersedes
/// the published one; both stay, and the year's catalogue is the latest published.
package final class CatalogueEdition: Model, @unchecked Sendable {
    package static let schema = "catalogue_editions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "year") package var year: Int
    /// 第 N 版 within the year, from 1.
    @Field(key: "number") package var number: Int
    @Enum(key: "state") package var state: State
    /// The published edition this one corrects.
    @OptionalField(key: "supersedes_id") package var supersedesID: UUID?
    /// The year's first published edition, which every correction counts as (the M3
    /// target is one catalogue a year, however often it is corrected). Set on publishing.
    @OptionalField(key: "root_id") package var rootID: UUID?
    /// What the correction changes, in the departments' words; none for a first edition.
    @OptionalField(key: "note") package var note: String?
    @Field(key: "declaration_count") package var declarationCount: Int
    @Field(key: "compiled_at") package var compiledAt: Date
    @Field(key: "compiled_by") package var compiledBy: UUID
    @OptionalField(key: "published_at") package var publishedAt: Date?
    @OptionalField(key: "published_by") package var publishedBy: UUID?
    @Children(for: \.$edition) package var entries: [CatalogueEntry]

    package init() {}

    package init(year: Int, number: Int, compiledAt: Date, compiledBy: UUID) {
        (self.year, self.number, self.state) = (year, number, .draft)
        (self.declarationCount, self.compiledAt, self.compiledBy) = (0, compiledAt, compiledBy)
    }

    package enum State: String, Codable, CaseIterable, Sendable {
        case draft, published
    }
}

/// One entry of an edition: an occupation in a chain, merged from the declarations'
/// lines (`CatalogueCompilation`). Written when the edition is compiled; never changed
/// once it is published.
package final class CatalogueEntry: Model, @unchecked Sendable {
    package static let schema = "catalogue_entries"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "edition_id") package var edition: CatalogueEdition
    /// The entry's place in the printed catalogue.
    @Field(key: "position") package var position: Int
    @Field(key: "occupation_code") package var occupationCode: String
    @Field(key: "chain_code") package var chainCode: String
    @Field(key: "headcount") package var headcount: Int
    @Field(key: "employer_count") package var employerCount: Int
    @Enum(key: "urgency") package var urgency: ShortageUrgency
    @OptionalEnum(key: "education") package var education: EducationLevel?
    /// One skill per line of text.
    @Field(key: "skills") package var skills: String
    @OptionalField(key: "experience_years") package var experienceYears: Int?
    @Field(key: "pay_min_fen") package var payMinFen: Int64
    @Field(key: "pay_max_fen") package var payMaxFen: Int64

    package init() {}

    package init(editionID: UUID, position: Int, _ draft: CatalogueEntryDraft) {
        $edition.id = editionID
        self.position = position
        (occupationCode, chainCode) = (draft.key.occupationCode, draft.key.chainCode)
        (headcount, employerCount, urgency, education) = (
            draft.headcount, draft.employerCount, draft.urgency, draft.education
        )
        skills = draft.skills.joined(separator: "\n")
        experienceYears = draft.experienceYears
        (payMinFen, payMaxFen) = (draft.payMin.fen, draft.payMax.fen)
    }

    package var skillList: [String] { skills.split(separator: "\n").map(String.init) }

    /// The entry as the difference between editions reads it.
    package var draft: CatalogueEntryDraft {
        CatalogueEntryDraft(
            key: CatalogueKey(occupationCode: occupationCode, chainCode: chainCode), headcount: headcount,
            employerCount: employerCount, urgency: urgency, education: education, skills: skillList,
            experienceYears: experienceYears, payMin: Money(fen: payMinFen), payMax: Money(fen: payMaxFen))
    }
}
