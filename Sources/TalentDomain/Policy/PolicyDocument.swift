/// The policy the platform runs, decoded from a versioned YAML file (`zibo-2025.yaml`).
///
/// Everything numeric about the 12 measures — targets, caps, amounts, years — lives here as
/// data, so next year's targets or another city's measures need a new file, not a rebuild.
public struct PolicyDocument: Codable, Hashable, Sendable {
    /// Stable across versions of the same policy, e.g. `zibo-digital-talent-2025`.
    public var id: String
    public var version: Int
    /// `YYYY-MM-DD`; validated by `PolicyValidator`.
    public var effectiveDate: String
    public var title: LocalizedText
    public var issuer: LocalizedText
    public var basis: [LocalizedText]
    public var departments: [Department]
    public var measures: [Measure]
    public var targets: [Target]
    public var loanProducts: [LoanProduct]
    /// M4: who may borrow (符合条件). Optional; the caps alone apply when absent.
    public var loanBorrowers: LoanBorrowers?
    public var subsidies: [Subsidy]
    public var titlePathways: [TitlePathway]
    public var exceptionalSenior: ExceptionalSeniorRule
    public var crossover: Crossover
    public var nominationRule: NominationRule
    public var keyGroups: [KeyGroup]
    /// High-level talent categories a profile may carry (泰山人才, 政府特殊津贴专家 …).
    public var talentCategories: [TalentCategory]
    /// M3: the catalogue of urgent-need engineers covers this many key industry chains.
    public var keyIndustryChainCount: Int
    /// M10 职业技能培训需求指导目录: the occupations (national codes) whose training
    /// qualifies for vouchers and subsidies. Optional in the file; none when absent.
    public var trainingDemandCatalogue: [String]?
    /// The kinds of application (申报) the platform takes. Optional; none when absent.
    public var applicationKinds: [ApplicationKind]?
    /// The departments' working days, for deadlines. Optional; weekends only when absent.
    public var workingCalendar: WorkingCalendar?
    /// The programmes the city recommends candidates to (推荐). Optional; none when absent.
    public var nominationProgrammes: [NominationProgramme]?
    /// Whose officers read full ID and mobile numbers. Optional; administrators only when absent.
    public var identifierReaders: IdentifierReaders?
    /// The talent market's limits (M3, M9). Optional; `MarketRules.defaults` when absent.
    public var market: MarketRules?

    enum CodingKeys: String, CodingKey {
        case id, version, title, issuer, basis, departments, measures, targets, subsidies, crossover
        case effectiveDate = "effective_date"
        case loanProducts = "loan_products"
        case loanBorrowers = "loan_borrowers"
        case titlePathways = "title_pathways"
        case exceptionalSenior = "exceptional_senior"
        case nominationRule = "nomination_rule"
        case keyGroups = "key_groups"
        case talentCategories = "talent_categories"
        case keyIndustryChainCount = "key_industry_chain_count"
        case trainingDemandCatalogue = "training_demand_catalogue"
        case applicationKinds = "application_kinds"
        case workingCalendar = "working_calendar"
        case nominationProgrammes = "nomination_programmes"
        case identifierReaders = "identifier_readers"
        case market
    }

    /// The application kind `id`, if the policy has it.
    public func applicationKind(_ id: String) -> ApplicationKind? {
        applicationKinds?.first { $0.id == id }
    }

    /// The kind an application under `rule` is made as (the validator lets a rule be in
    /// one kind at most).
    public func applicationKind(forRule rule: String) -> ApplicationKind? {
        applicationKinds?.first { $0.rules.contains(rule) }
    }

    /// Whether an application of `kind` asks an amount that the department then sets: a
    /// loan, or a subsidy whose amounts the policy does not fix. (A fixed subsidy asks
    /// none; a title involves no money.)
    public func amountIsAsked(for kind: ApplicationKind) -> Bool {
        if let subsidy = kind.subsidy { return subsidies.first { $0.kind == subsidy }?.amountsYuan == nil }
        return loanProducts.contains { kind.rules.contains($0.ruleID) }
    }

    /// The rules an application can be made under: every subsidy, the title pathways that
    /// open a review or examination, the skill→title crossover, the 破格 route and the
    /// loans, a person's and an enterprise's. A title recognised directly, a condition
    /// towards one and the skill certification the reverse crossover opens are not
    /// applied for here.
    public var applicableRuleIDs: [String] {
        titlePathways.filter { $0.outcome == .mayApplyReviewOrExam }.map(\.id)
            + crossover.skillToTitle.map { "crossover-\($0.skillLevel.rawValue)" } + ["exceptional-senior"]
            + subsidies.map { "subsidy-\($0.kind.rawValue)" }
            + loanProducts.map(\.ruleID)
    }

    /// The departments' calendar: the file's, or every weekday a working day.
    public var calendar: WorkingCalendar { workingCalendar ?? WorkingCalendar() }

    /// The ids of the engine's rules an application kind may name.
    public var ruleIDs: [String] {
        titlePathways.map(\.id) + crossover.skillToTitle.map { "crossover-\($0.skillLevel.rawValue)" }
            + ["exceptional-senior"]
            + (crossover.titleToSkill ?? []).map { Crossover.ReverseMapping.ruleID($0.titleLevel) }
            + subsidies.map { "subsidy-\($0.kind.rawValue)" } + loanProducts.map(\.ruleID)
    }

    /// The programme `id`, if the policy has it.
    public func nominationProgramme(_ id: String) -> NominationProgramme? {
        nominationProgrammes?.first { $0.id == id }
    }

    /// The occupations of the training demand catalogue (empty when the file lists none).
    public var demandOccupations: [String] { trainingDemandCatalogue ?? [] }

    public func department(_ code: String) -> Department? {
        departments.first { $0.code == code }
    }

    public func measure(_ code: String) -> Measure? {
        measures.first { $0.code == code }
    }

    public func targets(of measure: String) -> [Target] {
        targets.filter { $0.measure == measure }
    }

    public func loanProducts(of measure: String) -> [LoanProduct] {
        loanProducts.filter { $0.measure == measure }
    }

    public func subsidies(of measure: String) -> [Subsidy] {
        subsidies.filter { $0.measure == measure }
    }

    /// The measures a department is responsible for, in measure order.
    public func measures(of department: String) -> [Measure] {
        measures.filter { $0.departmentCodes.contains(department) }
    }
}

/// 责任单位: one of the city departments responsible for the measures.
public struct Department: Codable, Hashable, Sendable {
    /// Short upper-case code used everywhere else in the file, e.g. `HRSS`.
    public var code: String
    public var shortName: LocalizedText
    public var fullName: LocalizedText
    /// The lead department (牵头单位) that issued the policy.
    public var lead: Bool

    enum CodingKeys: String, CodingKey {
        case code, lead
        case shortName = "short_name"
        case fullName = "full_name"
    }
}

/// 措施: one of the numbered measures of the policy.
public struct Measure: Codable, Hashable, Sendable {
    /// `M1` … `M12`.
    public var code: String
    public var number: Int
    public var title: LocalizedText
    public var summary: LocalizedText
    /// The measure's text split at each 责任单位 clause, so every sentence keeps the
    /// departments the policy names for it.
    public var tasks: [MeasureTask]

    /// Every department responsible for some task of the measure, in first-named order.
    public var departmentCodes: [String] {
        var seen = Set<String>()
        return tasks.flatMap(\.departments).filter { seen.insert($0).inserted }
    }
}

public struct MeasureTask: Codable, Hashable, Sendable {
    public var text: LocalizedText
    public var departments: [String]
}

/// 重点群体: a group that training vouchers are issued to (M2).
public struct KeyGroup: Codable, Hashable, Sendable {
    public var code: String
    public var name: LocalizedText
}

extension PolicyDocument {
    /// M2: training vouchers (培训券) go to the key groups (重点群体).
    public static let voucherMeasure = "M2"
}

/// 高层次人才类别: a programme or honour that marks a talent as high-level (M3, M12).
public struct TalentCategory: Codable, Hashable, Sendable {
    public var code: String
    public var name: LocalizedText
}
