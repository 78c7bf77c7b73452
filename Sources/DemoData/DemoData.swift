import TalentDomain

/// Deterministic synthetic demo data: the same seed and inputs give the same organisations
/// and talents on every platform, so a demo database can be rebuilt exactly.
///
/// Every record has its own `SeededGenerator`, seeded from the seed and the record's
/// index, so `talent(index:organizationCount:)` costs the same for index 999,999 as for
/// index 0 and talents can be streamed in any order or in parallel. Identifiers that must
/// be unique come from the index itself, not from the random draws (see
/// `DemoIdentityNumbers`).
public struct DemoDataGenerator: Sendable {
    private let seed: UInt64
    /// Each district with the six-digit code its ID numbers and credit codes use,
    /// worked out once rather than per record.
    private let districts: [(code: String, numericCode: String)]
    private let digitalOccupations: [String]
    private let otherOccupations: [String]
    private let categoryCodes: [String]
    private let keyGroupCodes: [String]
    private let industryChainCodes: [String]
    private let currentYear: Int
    private let identityNumbers: DemoIdentityNumbers
    private let organizationNames: IndexPermutation

    /// How many organisations can have distinct names: one per (trade name, ending).
    public static let maximumOrganizationCount =
        DemoVocabulary.brandWords.count
        * DemoVocabulary.brandCharacters.count * DemoVocabulary.organizationEndings.count
    /// How many talents can have distinct resident ID numbers (about 4.6 million).
    public static let maximumTalentCount = DemoIdentityNumbers.residentIDCapacity

    /// `districtCodes` and `occupations` must not be empty; the other code lists may be.
    /// `currentYear` bounds graduation years and must be 2022 or later, since the
    /// youngest demo talents are born in 2004 and graduate at 18 at the earliest.
    public init(
        seed: UInt64, districtCodes: [String], occupations: [(code: String, digital: Bool)],
        categoryCodes: [String], keyGroupCodes: [String], industryChainCodes: [String],
        currentYear: Int
    ) {
        precondition(!districtCodes.isEmpty, "districtCodes must not be empty")
        precondition(!occupations.isEmpty, "occupations must not be empty")
        precondition(currentYear >= 2022, "currentYear must be 2022 or later")
        self.seed = seed
        districts = districtCodes.map { ($0, Self.numericCode(ofDistrict: $0)) }
        digitalOccupations = occupations.filter(\.digital).map(\.code)
        otherOccupations = occupations.filter { !$0.digital }.map(\.code)
        self.categoryCodes = categoryCodes
        self.keyGroupCodes = keyGroupCodes
        self.industryChainCodes = industryChainCodes
        self.currentYear = currentYear
        identityNumbers = DemoIdentityNumbers(seed: seed)
        organizationNames = IndexPermutation(
            size: Self.maximumOrganizationCount,
            key: SeededGenerator.mix(seed ^ 0x4E4D))  // arbitrary, ≠ other keys
    }

    /// Organisations 0..<count, with distinct names and credit codes (serial = index).
    public func organizations(count: Int) -> [DemoOrganization] {
        precondition(
            (0...Self.maximumOrganizationCount).contains(count),
            "at most \(Self.maximumOrganizationCount) organisations have distinct names")
        return (0..<count).map(organization(index:))
    }

    /// Talent number `index` (0 ≤ index < `maximumTalentCount`). `organizationCount` is
    /// how many organisations were generated, so `employerIndex` points at one of them.
    public func talent(index: Int, organizationCount: Int) -> DemoTalent {
        var random = generator(stream: 0x7A1, index: index)
        let gender: ResidentID.Gender = random.chance(0.5) ? .male : .female
        let district = random.pick(from: districts)
        let name = personName(gender: gender, using: &random)
        let residentID = identityNumbers.residentID(index: index, areaCode: district.numericCode, gender: gender)
        let mobile = identityNumbers.mobile(index: index, prefix: random.pick(from: DemoIdentityNumbers.mobilePrefixes))
        let email = random.chance(0.6) ? "demo\(index)@\(DemoVocabulary.emailDomain)" : nil
        let education = DemoEducation(birthYear: residentID.birthDate.year, currentYear: currentYear, using: &random)
        return DemoTalent(
            name: name, gender: gender, residentID: residentID, mobile: mobile, email: email,
            districtCode: district.code, educationLevel: education.level, school: education.school,
            major: random.pick(from: DemoVocabulary.majors), graduationYear: education.graduationYear,
            employerIndex: organizationCount > 0 && random.chance(0.9) ? random.int(in: 0..<organizationCount) : nil,
            occupations: occupations(using: &random),
            skills: distinct(random.int(in: 2...6), of: DemoVocabulary.skills, using: &random),
            categories: oneOf(categoryCodes, probability: 0.01, using: &random),
            keyGroups: oneOf(keyGroupCodes, probability: 0.15, using: &random))
    }

    /// The name is a trade name and an ending chosen together by a permutation of the
    /// index, so names are distinct; the ending decides the kind.
    private func organization(index: Int) -> DemoOrganization {
        var random = generator(stream: 0x0A9, index: index)
        let brandCount = DemoVocabulary.brandWords.count * DemoVocabulary.brandCharacters.count
        let nameNumber = organizationNames(index)
        let brand = nameNumber % brandCount
        let (ending, kind) = DemoVocabulary.organizationEndings[nameNumber / brandCount]
        let characters = DemoVocabulary.brandCharacters
        let name =
            "淄博" + DemoVocabulary.brandWords[brand / characters.count] + characters[brand % characters.count]
            + ending + "（示例）"
        let district = random.pick(from: districts)
        let chainCode =
            kind == .employer && !industryChainCodes.isEmpty && random.chance(0.7)
            ? random.pick(from: industryChainCodes) : nil
        return DemoOrganization(
            name: name, creditCode: CreditCode.fake(divisionCode: district.numericCode, serial: index),
            districtCode: district.code, kind: kind, chainCode: chainCode)
    }

    /// Seeding with a hash of the index keeps records' random streams unrelated (see
    /// `SeededGenerator.mix`); `stream`, an arbitrary constant per record type, keeps
    /// organisation i's stream apart from talent i's.
    private func generator(stream: UInt64, index: Int) -> SeededGenerator {
        SeededGenerator(seed: SeededGenerator.mix(SeededGenerator.mix(seed ^ stream) &+ UInt64(index)))
    }

    /// Functional zones (`ZONE-…`) have no administrative division code, yet an ID number
    /// and a credit code need one: they use 370303 (Zhangdian, the central district).
    private static func numericCode(ofDistrict code: String) -> String {
        code.utf8.count == 6 && code.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            ? code : "370303"
    }

    private func personName(gender: ResidentID.Gender, using random: inout SeededGenerator) -> String {
        let characters = gender == .male ? DemoVocabulary.maleGivenCharacters : DemoVocabulary.femaleGivenCharacters
        let surname = random.weightedPick(from: DemoVocabulary.surnames)
        let given = random.pick(from: characters)
        // Most given names today have two characters.
        return random.chance(0.8) ? surname + given + random.pick(from: characters) : surname + given
    }

    /// One to three picks, each digital with probability 0.8 (when both kinds exist); a
    /// repeated pick is dropped, so small lists still terminate. Duplicates are found by
    /// position, since comparing strings means Unicode-normalising them.
    private func occupations(using random: inout SeededGenerator) -> [String] {
        var picks: [(digital: Bool, position: Int)] = []
        for _ in 0..<random.int(in: 1...3) {
            let digital = (random.chance(0.8) && !digitalOccupations.isEmpty) || otherOccupations.isEmpty
            let pick = (digital, random.int(in: 0..<(digital ? digitalOccupations : otherOccupations).count))
            if !picks.contains(where: { $0 == pick }) { picks.append(pick) }
        }
        return picks.map { $0.digital ? digitalOccupations[$0.position] : otherOccupations[$0.position] }
    }

    /// `count` distinct elements of `items` (at most `items.count`, which must hold no
    /// duplicates), in the order drawn; compared by position, as in `occupations`.
    private func distinct(_ count: Int, of items: [String], using random: inout SeededGenerator) -> [String] {
        var positions: [Int] = []
        while positions.count < count {
            let position = random.int(in: 0..<items.count)
            if !positions.contains(position) { positions.append(position) }
        }
        return positions.map { items[$0] }
    }

    private func oneOf(_ codes: [String], probability: Double, using random: inout SeededGenerator) -> [String] {
        !codes.isEmpty && random.chance(probability) ? [random.pick(from: codes)] : []
    }
}
