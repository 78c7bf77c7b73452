/// What a yearly target counts (年度目标的指标): every metric a policy file may name
/// (issue 15: it was any string, and a misspelt one silently showed no figure). A policy
/// naming another is refused by `talent policy check`. The platform computes the figure
/// of a `tracked` metric from its records; the others wait for the measure they count.
public enum TargetMetric: String, CaseIterable, Sendable, Codable {
    /// M1: distinct talents who completed (结业) digital technology engineer training in
    /// the year (by completion date).
    case engineersTrained = "engineers_trained"
    /// M1: advanced seminar cohorts (期) held in the year: cohorts of advanced-seminar
    /// programs with at least one participant completing in the year.
    case advancedSeminarsHeld = "advanced_seminars_held"
    /// M1: distinct talents who completed an advanced seminar in the year.
    case seminarTrainees = "seminar_trainees"
    /// M2: distinct talents who obtained, in the year, a valid vocational skill level
    /// certificate at 技师 (technician) or above in a digital occupation.
    case highSkillTalents = "high_skill_talents_cultivated"
    /// M2: distinct talents who obtained, in the year, a valid vocational skill level
    /// certificate of any level in a digital occupation.
    case digitalSkillTalents = "digital_skill_talents_cultivated"
    /// M3: the urgent-need digital engineer catalogue compiled for the year: its published
    /// editions, a correction counting with the edition it supersedes (so a year with a
    /// corrected catalogue still has one).
    case urgentNeedCatalogueEditions = "urgent_need_catalogue_editions"
    /// M11: digital events in the city's skill competitions (not built yet).
    case skillCompetitionDigitalEvents = "skill_competition_digital_events"
    /// M8: the share of digital-field talents in the 淄博英才计划 high-skill nominations, in
    /// whole percent (rounded down): of the lists submitted for the year under the
    /// nomination rule, as they were sent.
    case digitalShareOfHighSkillNominations = "digital_share_of_high_skill_nominations"

    /// Whether the platform computes the figure from its records.
    public var isTracked: Bool {
        switch self {
        case .engineersTrained, .advancedSeminarsHeld, .seminarTrainees, .highSkillTalents, .digitalSkillTalents,
            .digitalShareOfHighSkillNominations, .urgentNeedCatalogueEditions:
            true
        case .skillCompetitionDigitalEvents: false
        }
    }

    /// An unknown metric is refused naming the ones there are.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let metric = TargetMetric(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "unknown metric \"\(text)\"; one of: "
                    + TargetMetric.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = metric
    }

    /// Whether the figure counts cohorts rather than people.
    public var countsCohorts: Bool { self == .advancedSeminarsHeld }

    /// The figures a completed enrolment in a program of `kind` counts toward.
    public static func forCompletion(of kind: ProgramKind) -> [TargetMetric] {
        switch kind {
        case .engineerTraining: [.engineersTrained]
        case .advancedSeminar: [.seminarTrainees, .advancedSeminarsHeld]
        case .exchange, .skillTraining, .orderTraining: []
        }
    }

    /// The figures a valid certificate counts toward. Only skill-level certificates in a
    /// digital occupation make skill talents (M2 数字技能人才); at 技师 or above, high-skill.
    public static func forCertificate(kind: CertificateKind, level: CertificateLevel?, digitalOccupation: Bool)
        -> [TargetMetric]
    {
        guard kind == .skillLevel, digitalOccupation, case let .skill(skill)? = level else { return [] }
        return skill.isHighSkill ? [.digitalSkillTalents, .highSkillTalents] : [.digitalSkillTalents]
    }
}

extension Target {
    /// Progress toward the target in whole percent (rounded down), for "at least"
    /// targets; 100 when the target is zero.
    public func progressPercent(actual: Int) -> Int {
        guard value > 0 else { return 100 }
        return actual * 100 / value
    }
}
