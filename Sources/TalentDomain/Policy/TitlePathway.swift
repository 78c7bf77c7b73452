/// M8: how a digital technology engineer certificate leads to a professional title (职称).
///
/// The seed text: 取得初、中级专业技术等级证书的，可直接认定相应级别职称；取得高级专业技术等级
/// 证书的，可作为申报高级职称的业绩成果条件；取得初级培训合格证书的，可直接申报初级职称评审或
/// 考试；取得中级培训合格证书且从事本专业技术工作满3年的，可直接申报中级职称评审或考试。
public struct TitlePathway: Codable, Hashable, Sendable {
    public var id: String
    public var certificate: CertificateKind
    public var level: EngineerLevel
    public var minYearsInField: Int
    public var outcome: Outcome
    public var titleLevel: TitleLevel
    public var description: LocalizedText

    enum CodingKeys: String, CodingKey {
        case id, certificate, level, outcome, description
        case minYearsInField = "min_years_in_field"
        case titleLevel = "title_level"
    }

    public enum Outcome: String, Codable, Hashable, Sendable, CaseIterable {
        /// 直接认定相应级别职称
        case recognizedAsTitle = "recognized_as_title"
        /// 可直接申报职称评审或考试
        case mayApplyReviewOrExam = "may_apply_review_or_exam"
        /// 可作为申报高级职称的业绩成果条件
        case countsAsSeniorAchievement = "counts_as_senior_achievement"
    }
}

/// M8: 破格申报高级职称 — outstanding performers outside the normal rules.
public struct ExceptionalSeniorRule: Codable, Hashable, Sendable {
    /// Always true in the shipped policy: such an application is never decided automatically.
    public var requiresReview: Bool
    public var description: LocalizedText

    enum CodingKeys: String, CodingKey {
        case description
        case requiresReview = "requires_review"
    }
}

/// M8: skill talents may apply for titles, and technical talents may take skill-level
/// certification (贯通); both mappings are configurable defaults.
public struct Crossover: Codable, Hashable, Sendable {
    public var description: LocalizedText
    public var skillToTitle: [Mapping]
    /// 数字技术人才可参加职业技能等级认定; optional, as files before it lack it.
    public var titleToSkill: [ReverseMapping]?

    enum CodingKeys: String, CodingKey {
        case description
        case skillToTitle = "skill_to_title"
        case titleToSkill = "title_to_skill"
    }

    /// A title of `titleLevel` (or higher), held `minYears`, opens the skill-level
    /// certification of `skillLevel`.
    public struct ReverseMapping: Codable, Hashable, Sendable {
        public var titleLevel: TitleLevel
        public var skillLevel: SkillLevel
        public var minYears: Int

        enum CodingKeys: String, CodingKey {
            case titleLevel = "title_level"
            case skillLevel = "skill_level"
            case minYears = "min_years"
        }

        public init(titleLevel: TitleLevel, skillLevel: SkillLevel, minYears: Int) {
            (self.titleLevel, self.skillLevel, self.minYears) = (titleLevel, skillLevel, minYears)
        }

        /// `crossover-title-intermediate`, …
        public static func ruleID(_ level: TitleLevel) -> String { "crossover-title-\(level.rawValue)" }
    }

    public struct Mapping: Codable, Hashable, Sendable {
        public var skillLevel: SkillLevel
        public var titleLevel: TitleLevel
        public var minYears: Int

        enum CodingKeys: String, CodingKey {
            case skillLevel = "skill_level"
            case titleLevel = "title_level"
            case minYears = "min_years"
        }
    }
}

/// M8: each district's 淄博英才计划 high-skill nominations include at least this share of
/// digital-field skill talents.
public struct NominationRule: Codable, Hashable, Sendable {
    public var measure: String
    public var minDigitalSharePercent: Int
    public var scope: Scope
    public var description: LocalizedText

    enum CodingKeys: String, CodingKey {
        case measure, scope, description
        case minDigitalSharePercent = "min_digital_share_percent"
    }

    public enum Scope: String, Codable, Hashable, Sendable, CaseIterable {
        case district
    }

    /// Whether `digital` of `total` nominations satisfies the rule (integer arithmetic).
    public func isSatisfied(digital: Int, total: Int) -> Bool {
        guard total > 0 else { return true }
        return digital * 100 >= minDigitalSharePercent * total
    }
}
