/// The talent market's limits (M3, M9), from the policy file's `market` section: what
/// the platform refuses as an absurd figure. Optional in the file; the defaults below
/// apply when it is absent.
public struct MarketRules: Codable, Hashable, Sendable {
    /// The most a need, a post or a report may state as monthly pay, in yuan: a figure
    /// above it is a typing error (an extra zero), not an offer.
    public var monthlyPayCeilingYuan: Int
    /// The most people one line of a declaration or one post may ask for.
    public var maxHeadcount: Int
    /// M9: the departments whose officers read employers' wage reports and publish the
    /// year (the HR bureau in the Zibo file). Administrators always may.
    public var wageDepartments: [String]
    /// M3 job zone: the departments whose officers run the campaigns of 淄博—高校人才直通车
    /// and take posts down (EDU and HRSS in the Zibo file). Administrators always may.
    public var jobZoneDepartments: [String]
    /// M3 job zone: the points of each reason a talent fits a post.
    public var matching: MatchWeights

    public static let defaults = MarketRules(
        monthlyPayCeilingYuan: 300_000, maxHeadcount: 10_000, wageDepartments: ["HRSS"],
        jobZoneDepartments: ["HRSS"], matching: .defaults)

    public init(
        monthlyPayCeilingYuan: Int, maxHeadcount: Int, wageDepartments: [String], jobZoneDepartments: [String],
        matching: MatchWeights
    ) {
        self.monthlyPayCeilingYuan = monthlyPayCeilingYuan
        self.maxHeadcount = maxHeadcount
        self.wageDepartments = wageDepartments
        self.jobZoneDepartments = jobZoneDepartments
        self.matching = matching
    }

    /// The most an annual pay may be: twelve months at the monthly ceiling.
    public var annualPayCeiling: Money { Money(yuan: Int64(monthlyPayCeilingYuan) * 12) }

    /// The ceiling in fen.
    public var monthlyPayCeiling: Money { Money(yuan: Int64(monthlyPayCeilingYuan)) }

    /// Each limit the file leaves out keeps its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self.defaults
        monthlyPayCeilingYuan =
            try container.decodeIfPresent(Int.self, forKey: .monthlyPayCeilingYuan) ?? defaults.monthlyPayCeilingYuan
        maxHeadcount = try container.decodeIfPresent(Int.self, forKey: .maxHeadcount) ?? defaults.maxHeadcount
        wageDepartments =
            try container.decodeIfPresent([String].self, forKey: .wageDepartments) ?? defaults.wageDepartments
        jobZoneDepartments =
            try container.decodeIfPresent([String].self, forKey: .jobZoneDepartments) ?? defaults.jobZoneDepartments
        matching = try container.decodeIfPresent(MatchWeights.self, forKey: .matching) ?? defaults.matching
    }

    enum CodingKeys: String, CodingKey {
        case monthlyPayCeilingYuan = "monthly_pay_ceiling_yuan"
        case maxHeadcount = "max_headcount"
        case wageDepartments = "wage_departments"
        case jobZoneDepartments = "job_zone_departments"
        case matching
    }
}

extension PolicyDocument {
    /// The market's limits: the file's, or the defaults.
    public var marketRules: MarketRules { market ?? .defaults }

    /// The departments that compile the urgent-need catalogue: those the policy gives
    /// its yearly target (MIIT and HRSS in the Zibo file).
    public var catalogueDepartments: [String] {
        targets.first { $0.metric == .urgentNeedCatalogueEditions }?.departments ?? []
    }
}
