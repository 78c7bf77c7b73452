import TalentDomain

/// A demo talent's education: a level weighted as on a digital-talent platform (大专 and
/// 本科 most), a school of that level and a graduation year that fits the birth year.
struct DemoEducation {
    let level: EducationLevel
    let school: String
    let graduationYear: Int

    private static let levels = WeightedList<EducationLevel>([
        (.secondaryVocational, weight: 10), (.associate, weight: 35), (.bachelor, weight: 42),
        (.master, weight: 11), (.doctorate, weight: 2),
    ])

    /// Usual age in the year of graduation, within the 18–30 the demo data promises.
    private static func graduationAges(_ level: EducationLevel) -> ClosedRange<Int> {
        switch level {
        // Never drawn (the demo's people studied at least 中专); here for completeness.
        case .juniorSecondaryOrBelow: 15...16
        case .highSchool: 18...19
        case .secondaryVocational: 18...19
        case .associate: 20...22
        case .bachelor: 21...23
        case .master: 24...26
        case .doctorate: 27...30
        }
    }

    /// Someone too young to have finished the level drawn gets the highest level they
    /// could have finished by `currentYear`, so no graduation lies in the future.
    init(birthYear: Int, currentYear: Int, using generator: inout SeededGenerator) {
        let maximumAge = currentYear - birthYear
        precondition(maximumAge >= 18, "born too late to have graduated")
        var level = generator.weightedPick(from: Self.levels)
        while Self.graduationAges(level).lowerBound > maximumAge {
            level = EducationLevel.allCases[EducationLevel.allCases.firstIndex(of: level)! - 1]
        }
        let ages = Self.graduationAges(level)
        self.level = level
        let schools = level >= .bachelor ? DemoVocabulary.universities : DemoVocabulary.vocationalSchools
        school = generator.pick(from: schools)
        graduationYear = birthYear + generator.int(in: ages.lowerBound...min(ages.upperBound, maximumAge))
    }
}
