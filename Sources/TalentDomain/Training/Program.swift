/// The kinds of training a provider runs (DESIGN.md glossary), each serving a measure by
/// default: M1 for engineer training, seminars and exchange; M2 for skill training; M3
/// for school–enterprise order-based training (订单培养).
public enum ProgramKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// 数字技术工程师培训: by occupation, direction and level 初级/中级/高级.
    case engineerTraining = "engineer_training"
    /// 数字技术高级研修: themed lectures and workshops for high-level and shortage talent.
    case advancedSeminar = "advanced_seminar"
    /// 学术技术交流 at continuing-education bases, universities and institutes.
    case exchange
    /// 职业技能培训 toward a level of the eight-level ladder.
    case skillTraining = "skill_training"
    /// 校企订单培养.
    case orderTraining = "order_training"

    public var defaultMeasure: String {
        switch self {
        case .engineerTraining, .advancedSeminar, .exchange: "M1"
        case .skillTraining: "M2"
        case .orderTraining: "M3"
        }
    }

    /// Engineer training is organised by occupation and level; skill training aims at a
    /// level of the ladder. The other kinds have a theme instead.
    public var needsOccupation: Bool { self == .engineerTraining || self == .skillTraining }
    public var needsEngineerLevel: Bool { self == .engineerTraining }
    public var needsSkillLevel: Bool { self == .skillTraining }
    public var needsTheme: Bool { self == .advancedSeminar || self == .exchange }
}

/// A program's life: 草稿 → 报名中 → 进行中 → 已结束 → 已归档. Only an open program takes
/// enrolments; a draft that never opens can be archived directly.
public enum ProgramStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case draft, open, running, finished, archived

    public var next: [ProgramStatus] {
        switch self {
        case .draft: [.open, .archived]
        case .open: [.running, .draft]
        case .running: [.finished]
        case .finished: [.archived]
        case .archived: []
        }
    }

    public func canMove(to other: ProgramStatus) -> Bool { next.contains(other) }

    /// Enrolment is taken while the program is open; a provider may still enrol people
    /// into a running program (late joiners), a talent may not.
    public var takesApplications: Bool { self == .open }
    public var takesProviderEnrolments: Bool { self == .open || self == .running }
}

/// Where a program happens.
public enum DeliveryMode: String, Codable, Hashable, Sendable, CaseIterable {
    case onSite = "on_site"
    case online
    case blended
}
