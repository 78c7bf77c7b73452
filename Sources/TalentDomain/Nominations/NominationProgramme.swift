/// A programme the city recommends candidates to (推荐), from the policy file: the
/// 淄博英才计划 high-skill nominations of M8, the talent programmes of M3 (泰山人才工程,
/// 政府特殊津贴专家, 省柔性引才, 公派出国留学), the enterprise recognitions of M9 and the
/// research funding of M10. An officer of its department assembles a list of candidates
/// for a year (and a district, where the programme is nominated district by district),
/// submits it, and later records who was selected. A new programme is a few lines in the
/// file, not code.
public struct NominationProgramme: Codable, Hashable, Sendable {
    /// `zibo-elite-high-skill`, `taishan`, …
    public var id: String
    public var measure: String
    public var name: LocalizedText
    /// The department whose officers assemble and submit the lists.
    public var department: String
    public var candidates: CandidateKind
    /// An organisation is recommended with a project (the R&D subsidy, the natural
    /// science fund): the list asks its title.
    public var asksProject: Bool
    /// The organisations that may be candidates, by kind (`enterprise`, `institute`, …);
    /// any kind when absent.
    public var organizationKinds: [String]?
    /// One list a district and year (各区县推荐), each of the district's own people.
    public var perDistrict: Bool
    /// The list must meet the policy's `nomination_rule` (the digital-field share).
    public var followsNominationRule: Bool
    /// Candidates hold at least this skill level (高技能人才: 高级工 and above).
    public var minSkillLevel: SkillLevel?
    /// The high-level category (`talent_categories`) a selected talent then carries.
    public var selectedCategory: String?
    /// The policy's sentence that names the programme.
    public var source: LocalizedText

    public enum CandidateKind: String, Codable, Hashable, Sendable, CaseIterable {
        case talent
        case organization
    }

    enum CodingKeys: String, CodingKey {
        case id, measure, name, department, candidates, source
        case asksProject = "asks_project"
        case organizationKinds = "organization_kinds"
        case perDistrict = "per_district"
        case followsNominationRule = "follows_nomination_rule"
        case minSkillLevel = "min_skill_level"
        case selectedCategory = "selected_category"
    }

    public init(
        id: String, measure: String, name: LocalizedText, department: String, candidates: CandidateKind,
        asksProject: Bool = false, organizationKinds: [String]? = nil, perDistrict: Bool = false,
        followsNominationRule: Bool = false, minSkillLevel: SkillLevel? = nil, selectedCategory: String? = nil,
        source: LocalizedText
    ) {
        (self.id, self.measure, self.name, self.department, self.candidates) = (
            id, measure, name, department, candidates
        )
        (self.asksProject, self.organizationKinds, self.perDistrict) = (asksProject, organizationKinds, perDistrict)
        (self.followsNominationRule, self.minSkillLevel, self.selectedCategory, self.source) = (
            followsNominationRule, minSkillLevel, selectedCategory, source
        )
    }

    /// The flags default to false, so a programme says only what it has.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        measure = try c.decode(String.self, forKey: .measure)
        name = try c.decode(LocalizedText.self, forKey: .name)
        department = try c.decode(String.self, forKey: .department)
        candidates = try c.decode(CandidateKind.self, forKey: .candidates)
        asksProject = try c.decodeIfPresent(Bool.self, forKey: .asksProject) ?? false
        organizationKinds = try c.decodeIfPresent([String].self, forKey: .organizationKinds)
        perDistrict = try c.decodeIfPresent(Bool.self, forKey: .perDistrict) ?? false
        followsNominationRule = try c.decodeIfPresent(Bool.self, forKey: .followsNominationRule) ?? false
        minSkillLevel = try c.decodeIfPresent(SkillLevel.self, forKey: .minSkillLevel)
        selectedCategory = try c.decodeIfPresent(String.self, forKey: .selectedCategory)
        source = try c.decode(LocalizedText.self, forKey: .source)
    }
}

/// The digital-field share of a nomination list (M8 "数字领域技能人才占比不低于20%"), as
/// it is built: how many more digital candidates it needs, or how many others would
/// have to leave it, to meet the rule. Integer arithmetic: 1 of 5 is exactly 20 %.
public struct NominationShare: Hashable, Sendable {
    public let digital: Int
    public let total: Int
    public let minPercent: Int

    public init(digital: Int, total: Int, rule: NominationRule) {
        (self.digital, self.total, minPercent) = (digital, total, rule.minDigitalSharePercent)
    }

    public var isSatisfied: Bool { total == 0 || digital * 100 >= minPercent * total }

    /// The share in whole percent, rounded down (so a list shown at 20 % meets 20 %).
    public var percent: Int { total == 0 ? 0 : digital * 100 / total }

    /// Digital candidates to add: the least k with (d + k)·100 ≥ p·(n + k). Nil when no
    /// number of them would do (a rule of 100 % with any other candidate on the list).
    public var digitalNeeded: Int? {
        if isSatisfied { return 0 }
        guard minPercent < 100 else { return nil }
        let gap = minPercent * total - 100 * digital
        return (gap + (100 - minPercent) - 1) / (100 - minPercent)
    }

    /// Other candidates to take off instead: the least r with d·100 ≥ p·(n − r).
    public var othersToRemove: Int {
        if isSatisfied || minPercent == 0 { return 0 }
        return total - digital * 100 / minPercent
    }
}
