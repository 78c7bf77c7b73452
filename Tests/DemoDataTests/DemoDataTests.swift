import TalentDomain
import Testing

@testable import DemoData

/// The Zibo district list and codes shaped like the shipped reference and policy data.
enum DemoFixture {
    static let districtCodes = [
        "370302", "370303", "370304", "370305", "370306", "370321", "370322", "370323",
        "ZONE-HT", "ZONE-ED", "ZONE-WCH",
    ]
    /// Twenty digital and twenty other occupations, so the 80 % digital share is not
    /// skewed by one list being much shorter.
    static let occupations: [(code: String, digital: Bool)] =
        (1...20).map { ("2-02-38-\($0)", true) } + (1...20).map { ("6-18-02-\($0)", false) }
    static let categoryCodes = ["taishan", "special_allowance", "provincial_flexible", "zibo_elite"]
    static let keyGroupCodes = ["college_graduates", "rural_migrant_workers", "veterans", "disabled"]
    static let chainCodes = ["next-gen-it", "artificial-intelligence", "modern-marine", "high-end-equipment"]
    static let today = CalendarDate("2025-06-30")!

    static func generator(seed: UInt64 = 2025, currentYear: Int = 2025) -> DemoDataGenerator {
        DemoDataGenerator(
            seed: seed, districtCodes: districtCodes, occupations: occupations,
            categoryCodes: categoryCodes, keyGroupCodes: keyGroupCodes,
            industryChainCodes: chainCodes, currentYear: currentYear)
    }

    static func talents(_ count: Int, seed: UInt64 = 2025) -> [DemoTalent] {
        let generator = generator(seed: seed)
        return (0..<count).map { generator.talent(index: $0, organizationCount: 500) }
    }
}

@Suite("Seeded random number generator")
struct SeededGeneratorTests {
    @Test("SplitMix64 gives the published reference sequence for seed 0")
    func referenceSequence() {
        var generator = SeededGenerator(seed: 0)
        #expect(
            [generator.next(), generator.next(), generator.next()]
                == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test("Integers stay in range and every value of a small range occurs about equally")
    func integersAreUniform() {
        var generator = SeededGenerator(seed: 7)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 {
            counts[generator.int(in: 10..<16) - 10] += 1
        }
        #expect(counts.allSatisfy { (9_500...10_500).contains($0) })
        #expect((0..<1_000).allSatisfy { _ in (-3...3).contains(generator.int(in: -3...3)) })
    }

    @Test("Weighted picks and chances follow their weights and probability")
    func weightsAreFollowed() {
        var generator = SeededGenerator(seed: 11)
        let list = WeightedList([("rare", weight: 1), ("common", weight: 3)])
        let common = (0..<40_000).count { _ in generator.weightedPick(from: list) == "common" }
        let heads = (0..<40_000).count { _ in generator.chance(0.25) }
        #expect((29_400...30_600).contains(common))
        #expect((9_600...10_400).contains(heads))
    }

    @Test("An index permutation maps 0..<size onto itself one to one, including sizes that are not powers of two")
    func permutationIsBijective() {
        for size in [2, 1_000, 1_024, 4_097] {
            let permutation = IndexPermutation(size: size, key: 99)
            #expect(Set((0..<size).map { permutation($0) }) == Set(0..<size))
        }
    }
}

@Suite("Demo data generator")
struct DemoDataTests {
    @Test(
        """
        Every resident ID parses, records the talent's gender, uses the district's code (370303 for a zone) \
        and comes from the unique-number scheme
        """)
    func residentIDsAreValid() throws {
        let numbers = DemoIdentityNumbers(seed: 2025)
        for (index, talent) in DemoFixture.talents(5_000).enumerated() {
            let parsed = try ResidentID(talent.residentID.value, today: DemoFixture.today)
            #expect(parsed.gender == talent.gender)
            #expect(numbers.residentID(index: index, areaCode: parsed.areaCode, gender: parsed.gender) == parsed)
            #expect(parsed.areaCode == (talent.districtCode.hasPrefix("ZONE-") ? "370303" : talent.districtCode))
            #expect((1965...2004).contains(parsed.birthDate.year))
        }
    }

    @Test("Resident IDs and mobile numbers are unique across 200,000 indices, whatever the area code and gender")
    func identifiersAreUnique() {
        // setup: the numbers straight from the scheme (the talent test above checks talents
        // carry exactly these), with area codes and genders varied against the index.
        let numbers = DemoIdentityNumbers(seed: 2025)
        let areaCodes = ["370302", "370323"]
        var residentIDs = Set<String>(minimumCapacity: 200_000)
        var mobiles = Set<String>(minimumCapacity: 200_000)
        // MUT
        for index in 0..<200_000 {
            let gender: ResidentID.Gender = index % 3 == 0 ? .male : .female
            residentIDs.insert(numbers.residentID(index: index, areaCode: areaCodes[index % 2], gender: gender).value)
            mobiles.insert(numbers.mobile(index: index, prefix: "13\(index % 7)"))
        }
        // validate
        #expect(residentIDs.count == 200_000)
        #expect(mobiles.count == 200_000)
    }

    @Test("Birth years lean toward 1985–2000")
    func birthYearsAreWeighted() {
        let years = DemoFixture.talents(10_000).map(\.residentID.birthDate.year)
        let core = years.count { (1985...2000).contains($0) }
        // 1985–2000 hold 63 % of the weight; uniform years would give 40 %.
        #expect((5_900...6_700).contains(core))
    }

    @Test("Every mobile number parses as a mainland mobile and comes from the unique-number scheme")
    func mobilesAreValid() throws {
        let numbers = DemoIdentityNumbers(seed: 2025)
        for (index, talent) in DemoFixture.talents(5_000).enumerated() {
            let prefix = String(talent.mobile.prefix(3))
            #expect(try MobileNumber(talent.mobile).value == talent.mobile)
            #expect(DemoIdentityNumbers.mobilePrefixes.contains(prefix))
            #expect(numbers.mobile(index: index, prefix: prefix) == talent.mobile)
        }
    }

    @Test("The same seed and index give the same talent and organisation")
    func outputIsDeterministic() {
        let (first, second) = (DemoFixture.generator(seed: 9), DemoFixture.generator(seed: 9))
        #expect(first.organizations(count: 300) == second.organizations(count: 300))
        for index in [0, 1, 17, 4_242, 999_999] {
            #expect(
                first.talent(index: index, organizationCount: 300)
                    == second.talent(index: index, organizationCount: 300))
        }
    }

    @Test("Different seeds give different names")
    func seedsChangeNames() {
        let (first, second) = (DemoFixture.talents(200, seed: 1), DemoFixture.talents(200, seed: 2))
        let same = zip(first, second).count { $0.name == $1.name }
        #expect(same < 20)
        #expect(
            DemoFixture.generator(seed: 1).organizations(count: 50).map(\.name)
                != DemoFixture.generator(seed: 2).organizations(count: 50).map(\.name))
    }

    @Test("About 80 % of occupation picks are digital; each talent has one to three distinct codes")
    func occupationsLeanDigital() {
        let digital = Set(DemoFixture.occupations.filter(\.digital).map(\.code))
        let talents = DemoFixture.talents(20_000)
        let picks = talents.flatMap(\.occupations)
        let share = Double(picks.count { digital.contains($0) }) / Double(picks.count)
        #expect((0.77...0.83).contains(share))
        #expect(
            talents.allSatisfy {
                (1...3).contains($0.occupations.count) && Set($0.occupations).count == $0.occupations.count
            })
    }

    @Test("Graduation is 18 to 30 years after birth and never after the current year, even for the youngest")
    func graduationFitsBirthYear() {
        // currentYear 2022 makes the youngest (born 2004) exactly 18, so higher levels must step down.
        for currentYear in [2022, 2025] {
            let generator = DemoFixture.generator(currentYear: currentYear)
            for index in 0..<10_000 {
                let talent = generator.talent(index: index, organizationCount: 10)
                let age = talent.graduationYear - talent.residentID.birthDate.year
                #expect((18...30).contains(age))
                #expect(talent.graduationYear <= currentYear)
            }
        }
    }

    @Test("Optional attributes appear at their stated rates and skills are two to six distinct tags")
    func attributeRates() {
        let talents = DemoFixture.talents(20_000)
        #expect((1_700...2_300).contains(talents.count { $0.employerIndex == nil }))
        #expect(talents.allSatisfy { ($0.employerIndex ?? 0) < 500 })
        #expect((2_700...3_300).contains(talents.count { !$0.keyGroups.isEmpty }))
        #expect((120...280).contains(talents.count { !$0.categories.isEmpty }))
        #expect((11_400...12_600).contains(talents.count { $0.email != nil }))
        #expect(talents.allSatisfy { $0.email?.hasSuffix("@example.com") ?? true })
        #expect(talents.allSatisfy { (2...6).contains($0.skills.count) && Set($0.skills).count == $0.skills.count })
        let levels = Dictionary(grouping: talents, by: \.educationLevel).mapValues(\.count)
        #expect(levels[.associate, default: 0] + levels[.bachelor, default: 0] > 14_000)
    }

    @Test("Every organisation is marked 示例, has a distinct name and a valid credit code of its district")
    func organizationsAreMarkedAndValid() throws {
        let organizations = DemoFixture.generator().organizations(count: 5_000)
        #expect(Set(organizations.map(\.name)).count == 5_000)
        #expect(Set(organizations.map(\.creditCode)).count == 5_000)
        for organization in organizations {
            #expect(organization.name.contains("示例"))
            let code = try CreditCode(organization.creditCode.value)
            let district = organization.districtCode
            #expect(code.divisionCode == (district.hasPrefix("ZONE-") ? "370303" : district))
            #expect(organization.kind == .employer || organization.chainCode == nil)
        }
        #expect(Set(organizations.map(\.kind)) == Set(DemoOrganization.Kind.allCases))
        // Trade names never double a character ("智联联"): the two word lists share none.
        #expect(Set(DemoVocabulary.brandWords.joined()).isDisjoint(with: DemoVocabulary.brandCharacters.joined()))
    }
}
