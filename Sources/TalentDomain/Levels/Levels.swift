/// 初级 / 中级 / 高级: levels of digital technology engineer training and certificates.
public enum EngineerLevel: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case junior, intermediate, senior

    public static func < (lhs: EngineerLevel, rhs: EngineerLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// 新八级工: the eight-level vocational skill ladder, lowest first.
public enum SkillLevel: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case apprentice
    case junior
    case intermediate
    case senior
    case technician
    case seniorTechnician = "senior_technician"
    case principalTechnician = "principal_technician"
    case chiefTechnician = "chief_technician"

    /// M2 counts talents at 技师 (technician) or above as high-skill talents.
    public var isHighSkill: Bool { self >= .technician }

    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// 职称: 员级 / 助理级 / 中级 / 副高级 / 正高级, lowest first.
public enum TitleLevel: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    case technician
    case assistant
    case intermediate
    case associateSenior = "associate_senior"
    case senior

    public static func < (lhs: TitleLevel, rhs: TitleLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
