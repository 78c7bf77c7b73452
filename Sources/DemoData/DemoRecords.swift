import TalentDomain

/// An invented organisation for a demo database. Its name always contains 示例
/// ("example") and its credit code reads `XX` where a real organisation code starts, so
/// nobody can mistake a demo record for a real company.
public struct DemoOrganization: Sendable, Equatable {
    /// e.g. 淄博数智云科技有限公司（示例）.
    public let name: String
    public let creditCode: CreditCode
    /// A code of the district list: six digits, or `ZONE-…` for a functional zone.
    public let districtCode: String
    public let kind: Kind
    /// The key industry chain an employer belongs to; `nil` when none (always for
    /// providers and colleges).
    public let chainCode: String?

    public enum Kind: String, Sendable, CaseIterable {
        /// An enterprise that employs talents.
        case employer
        /// A training provider (培训机构).
        case provider
        /// A college (院校).
        case college
    }
}

/// An invented person for a demo database. Names are common real names and numbers are
/// valid, so the App treats them like real input; use them only in demo databases.
public struct DemoTalent: Sendable, Equatable {
    public let name: String
    public let gender: ResidentID.Gender
    /// Unique among the talents of one generator (see `DemoIdentityNumbers`).
    public let residentID: ResidentID
    /// Eleven digits, unique among the talents of one generator.
    public let mobile: String
    /// `demo{index}@example.com` for about 60 % of talents.
    public let email: String?
    public let districtCode: String
    public let educationLevel: EducationLevel
    public let school: String
    public let major: String
    /// Between 18 and 30 years after the birth year, never after the current year.
    public let graduationYear: Int
    /// Index into the organisations generated alongside; `nil` for about 10 %.
    public let employerIndex: Int?
    /// One to three distinct occupation codes, about 80 % of picks digital.
    public let occupations: [String]
    /// Two to six distinct skill tags.
    public let skills: [String]
    /// High-level talent category codes: one for about 1 % of talents.
    public let categories: [String]
    /// Key-group codes: one for about 15 % of talents.
    public let keyGroups: [String]
}
