/// The yearly target figures the platform computes from its own records (issue 5). A
/// policy target whose `metric` is one of these shows an actual figure; the others are
/// not yet tracked. Each figure counts something once per year — a person, or a cohort —
/// however many records qualify it, in the year of the record that first did.
public enum TrackedMetric: String, CaseIterable, Sendable {
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

    /// Whether the figure counts cohorts rather than people.
    public var countsCohorts: Bool { self == .advancedSeminarsHeld }

    /// The figures a completed enrolment in a program of `kind` counts toward.
    public static func forCompletion(of kind: ProgramKind) -> [TrackedMetric] {
        switch kind {
        case .engineerTraining: [.engineersTrained]
        case .advancedSeminar: [.seminarTrainees, .advancedSeminarsHeld]
        case .exchange, .skillTraining, .orderTraining: []
        }
    }

    /// The figures a valid certificate counts toward. Only skill-level certificates in a
    /// digital occupation make skill talents (M2 数字技能人才); at 技师 or above, high-skill.
    public static func forCertificate(kind: CertificateKind, level: CertificateLevel?, digitalOccupation: Bool)
        -> [TrackedMetric]
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
