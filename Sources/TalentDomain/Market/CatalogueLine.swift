/// One line of an employer's urgent-need declaration (急需紧缺数字工程师需求申报, M3): how
/// many people of an occupation it needs in an industry chain, with what it asks of them
/// and offers. Pay is monthly, in fen.
public struct CatalogueLine: Hashable, Sendable {
    public var occupationCode: String
    public var chainCode: String
    public var headcount: Int
    /// The lowest education the employer asks for; nil when it asks none.
    public var education: EducationLevel?
    public var skills: [String]
    /// The least experience the employer asks for, in years; nil when it asks none.
    public var experienceYears: Int?
    public var payMin: Money
    public var payMax: Money
    public var urgency: ShortageUrgency
    /// Who declared it, so a merged entry counts employers rather than lines.
    public var employer: String

    public init(
        occupationCode: String, chainCode: String, headcount: Int, education: EducationLevel?, skills: [String],
        experienceYears: Int?, payMin: Money, payMax: Money, urgency: ShortageUrgency, employer: String
    ) {
        self.occupationCode = occupationCode
        self.chainCode = chainCode
        self.headcount = headcount
        self.education = education
        self.skills = skills
        self.experienceYears = experienceYears
        self.payMin = payMin
        self.payMax = payMax
        self.urgency = urgency
        self.employer = employer
    }

    /// The catalogue keeps one entry per occupation and chain.
    public var key: CatalogueKey { CatalogueKey(occupationCode: occupationCode, chainCode: chainCode) }
}

/// An occupation within an industry chain: what identifies an entry of the catalogue.
public struct CatalogueKey: Hashable, Comparable, Sendable {
    public var occupationCode: String
    public var chainCode: String

    public init(occupationCode: String, chainCode: String) {
        self.occupationCode = occupationCode
        self.chainCode = chainCode
    }

    /// By chain, then occupation: the order the catalogue is printed in.
    public static func < (lhs: CatalogueKey, rhs: CatalogueKey) -> Bool {
        (lhs.chainCode, lhs.occupationCode) < (rhs.chainCode, rhs.occupationCode)
    }
}
