import Testing

@testable import TalentDomain

/// 目录汇编 (M3): lines of the same occupation and chain merge into one entry, and a
/// correction lists what it changed against the edition it supersedes.
@Suite("Urgent-need catalogue: compilation and corrections")
struct CatalogueCompilationTests {
    static func line(
        _ headcount: Int, occupation: String = "2-02-38-03", chain: String = "next-gen-it",
        education: EducationLevel? = nil, skills: [String] = [], experience: Int? = nil,
        pay: (Int64, Int64) = (8_000, 12_000), urgency: ShortageUrgency = .general, employer: String
    ) -> CatalogueLine {
        CatalogueLine(
            occupationCode: occupation, chainCode: chain, headcount: headcount, education: education,
            skills: skills, experienceYears: experience, payMin: Money(yuan: pay.0), payMax: Money(yuan: pay.1),
            urgency: urgency, employer: employer)
    }

    @Test func linesOfOneOccupationAndChainMergeIntoOneEntry() {
        let entries = CatalogueCompilation.entries([
            Self.line(
                3, education: .bachelor, skills: ["Python", "SQL"], experience: 3, pay: (8_000, 15_000),
                urgency: .urgent, employer: "a"),
            Self.line(
                5, education: .associate, skills: ["python ", "Spark"], experience: 1, pay: (6_000, 12_000),
                employer: "b"),
            Self.line(
                2, education: .bachelor, skills: ["sql"], pay: (10_000, 20_000), urgency: .shortage,
                employer: "a"),
            Self.line(4, occupation: "2-02-38-04", employer: "c"),
            Self.line(1, chain: "artificial-intelligence", employer: "c"),
        ])
        #expect(entries.map(\.key.chainCode) == ["artificial-intelligence", "next-gen-it", "next-gen-it"])
        let merged = entries[1]
        #expect(merged.key == CatalogueKey(occupationCode: "2-02-38-03", chainCode: "next-gen-it"))
        #expect(merged.headcount == 10)
        // two employers, though three lines
        #expect(merged.employerCount == 2)
        // 紧缺 is the most pressing of 急需, 一般 and 紧缺
        #expect(merged.urgency == .shortage)
        // 本科 asked for 5 people, 大专 for 5: a tie goes to the lower level
        #expect(merged.education == .associate)
        // the least experience asked, ignoring lines that ask none
        #expect(merged.experienceYears == 1)
        #expect(merged.payMin == Money(yuan: 6_000) && merged.payMax == Money(yuan: 20_000))
        // Python and SQL twice each (in other cases and spaces), Spark once: by count, then first named
        #expect(merged.skills == ["Python", "SQL", "Spark"])
        #expect(entries[2].headcount == 4 && entries[2].education == nil && entries[2].experienceYears == nil)
    }

    @Test func theEducationAskedForMostPeopleWins() {
        let entry = CatalogueCompilation.entries([
            Self.line(2, education: .master, employer: "a"), Self.line(3, education: .bachelor, employer: "b"),
            Self.line(4, employer: "c"),
        ])[0]
        #expect(entry.education == .bachelor)
    }

    @Test func atMostEightSkillsAreKept() {
        let skills = (1...12).map { "技能\($0)" }
        let entry = CatalogueCompilation.entries([Self.line(1, skills: skills, employer: "a")])[0]
        #expect(entry.skills == Array(skills.prefix(CatalogueCompilation.maxSkills)))
    }

    @Test func aCorrectionListsWhatItAddedRemovedAndChanged() {
        let old = CatalogueCompilation.entries([
            Self.line(3, employer: "a"), Self.line(2, occupation: "2-02-38-04", employer: "a"),
            Self.line(1, occupation: "2-02-38-05", employer: "b"),
        ])
        let new = CatalogueCompilation.entries([
            Self.line(3, employer: "a"), Self.line(6, occupation: "2-02-38-04", urgency: .urgent, employer: "a"),
            Self.line(1, occupation: "2-02-38-06", employer: "b"),
        ])
        let difference = CatalogueDifference(from: old, to: new)
        #expect(difference.added.map(\.key.occupationCode) == ["2-02-38-06"])
        #expect(difference.removed.map(\.key.occupationCode) == ["2-02-38-05"])
        #expect(difference.changed.map(\.new.key.occupationCode) == ["2-02-38-04"])
        #expect(difference.changed.first?.fields == [.headcount, .urgency])
        #expect(CatalogueDifference(from: old, to: old).isEmpty)
    }

    @Test func urgencyIsOrderedMostPressingFirst() {
        #expect(ShortageUrgency.allCases.sorted() == [.shortage, .urgent, .general])
    }
}
