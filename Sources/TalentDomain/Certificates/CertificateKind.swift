/// The three certificates the platform issues or records (DESIGN.md glossary).
public enum CertificateKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// 培训合格证书: issued by a provider on completing a program; for engineer training
    /// it carries the level 初级/中级/高级.
    case trainingCompletion = "training_completion"
    /// 专业技术等级证书: the engineer programme's grade certificate, 初级/中级/高级.
    case technicalGrade = "technical_grade"
    /// 职业技能等级证书: a level of the eight-level ladder (新八级工).
    case skillLevel = "skill_level"

    /// Which level a certificate of this kind states: an engineer level, a skill level,
    /// or (for a training certificate of a seminar or skill course) possibly none.
    public var levelKind: LevelKind {
        switch self {
        case .trainingCompletion: .optionalEngineer
        case .technicalGrade: .engineer
        case .skillLevel: .skill
        }
    }

    public enum LevelKind: Sendable {
        case engineer, optionalEngineer, skill
    }
}

/// The level a certificate states.
public enum CertificateLevel: Hashable, Sendable {
    case engineer(EngineerLevel)
    case skill(SkillLevel)

    /// As stored: the raw value of the level (`junior`, `technician`, …).
    public var code: String {
        switch self {
        case let .engineer(level): level.rawValue
        case let .skill(level): level.rawValue
        }
    }

    /// The stored `code` read back for a certificate of `kind`; nil when it does not fit.
    public init?(kind: CertificateKind, code: String?) {
        switch kind.levelKind {
        case .engineer, .optionalEngineer:
            guard let level = code.flatMap(EngineerLevel.init(rawValue:)) else { return nil }
            self = .engineer(level)
        case .skill:
            guard let level = code.flatMap(SkillLevel.init(rawValue:)) else { return nil }
            self = .skill(level)
        }
    }
}
