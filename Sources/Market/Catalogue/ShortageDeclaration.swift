import Fluent
import Foundation
import Organizations
import TalentDomain

/// 急需紧缺数字工程师需求申报: what one employer says it needs for a year (M3), as lines
/// of occupation and chain. One per employer and year. The employer keeps it as a draft,
/// submits it, and may change it again only when the catalogue's departments return it.
package final class ShortageDeclaration: Model, @unchecked Sendable {
    package static let schema = "shortage_declarations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: Organization
    @Field(key: "year") package var year: Int
    @Enum(key: "state") package var state: State
    /// Why the departments returned it, shown to the employer; cleared when resubmitted.
    @OptionalField(key: "return_reason") package var returnReason: String?
    @Field(key: "created_by") package var createdBy: UUID
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Children(for: \.$declaration) package var lines: [ShortageDeclarationLine]

    package init() {}

    package init(organizationID: UUID, year: Int, createdBy: UUID) {
        $organization.id = organizationID
        (self.year, self.state, self.createdBy) = (year, .draft, createdBy)
    }

    package enum State: String, Codable, CaseIterable, Sendable {
        /// The employer is writing it; nobody else counts it.
        case draft
        /// Sent: the next compiled edition includes it.
        case submitted
        /// Sent back with a reason: the employer changes it and submits it again.
        case returned
    }

    /// Whether the employer may change its lines.
    package var isEditable: Bool { state != .submitted }
}

/// One need of a declaration: an occupation in a chain, how many, what is asked and
/// offered. Unique per occupation and chain on its declaration.
package final class ShortageDeclarationLine: Model, @unchecked Sendable {
    package static let schema = "shortage_declaration_lines"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "declaration_id") package var declaration: ShortageDeclaration
    @Field(key: "occupation_code") package var occupationCode: String
    @Field(key: "chain_code") package var chainCode: String
    @Field(key: "headcount") package var headcount: Int
    @OptionalEnum(key: "education") package var education: EducationLevel?
    /// The skills asked, one per line of text.
    @Field(key: "skills") package var skills: String
    @OptionalField(key: "experience_years") package var experienceYears: Int?
    /// Monthly pay offered, in fen.
    @Field(key: "pay_min_fen") package var payMinFen: Int64
    @Field(key: "pay_max_fen") package var payMaxFen: Int64
    @Enum(key: "urgency") package var urgency: ShortageUrgency
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var skillList: [String] { skills.split(separator: "\n").map(String.init) }

    /// The line as the compilation reads it, declared by `employer`.
    package func catalogueLine(employer: UUID) -> CatalogueLine {
        CatalogueLine(
            occupationCode: occupationCode, chainCode: chainCode, headcount: headcount, education: education,
            skills: skillList, experienceYears: experienceYears, payMin: Money(fen: payMinFen),
            payMax: Money(fen: payMaxFen), urgency: urgency, employer: employer.uuidString)
    }
}
