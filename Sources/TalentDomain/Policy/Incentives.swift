/// M4: a start-up loan product and its cap for one kind of borrower.
public struct LoanProduct: Codable, Hashable, Sendable {
    public var id: String
    public var product: Kind
    public var borrower: Borrower
    /// Cap in whole yuan as the policy states it; use `cap` for arithmetic.
    public var capYuan: Int
    public var measure: String
    public var label: LocalizedText

    public var cap: Money { Money(yuan: Int64(capYuan)) }

    /// The engine's rule for it: `loan-<id>`.
    public var ruleID: String { "loan-\(id)" }

    enum CodingKeys: String, CodingKey {
        case id, product, borrower, measure, label
        case capYuan = "cap_yuan"
    }

    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// 创业担保贷款
        case guaranteed
        /// 创业提振贷
        case boost
    }

    public enum Borrower: String, Codable, Hashable, Sendable, CaseIterable {
        /// 小微企业
        case enterprise
        /// 个人 (a digital talent)
        case individual
    }
}

/// M10: a subsidy and the constraints on claiming it.
public struct Subsidy: Codable, Hashable, Sendable {
    public var kind: Kind
    public var measure: String
    public var label: LocalizedText
    /// What a claim is made for: a certificate, or a completed training.
    public var basis: Basis
    /// The certificates a claim may be based on (`basis: certificate`).
    public var certificateKinds: [CertificateKind]?
    /// Whether the occupation must be in the training demand catalogue.
    public var catalogueOnly: Bool?
    /// Amounts by certificate level, in whole yuan, where the policy fixes them.
    public var amountsYuan: [String: Int]?
    public var applyWithinMonths: Int?
    public var maxClaimsPerYear: Int?
    public var oncePerOccupationAndLevel: Bool?
    /// Subsidies that may not be claimed together with this one for the same course.
    public var exclusiveWith: [Kind]?
    public var minInsuredMonths: Int?
    /// Where the numbers come from (some are provincial defaults, not in the city text).
    public var source: LocalizedText

    enum CodingKeys: String, CodingKey {
        case kind, measure, label, source, basis
        case certificateKinds = "certificate_kinds"
        case catalogueOnly = "catalogue_only"
        case amountsYuan = "amounts_yuan"
        case applyWithinMonths = "apply_within_months"
        case maxClaimsPerYear = "max_claims_per_year"
        case oncePerOccupationAndLevel = "once_per_occupation_and_level"
        case exclusiveWith = "exclusive_with"
        case minInsuredMonths = "min_insured_months"
    }

    /// The amount for a certificate level, in fen, if the policy fixes one.
    public func amount(for level: CertificateLevel) -> Money? { amount(levelCode: level.code) }

    /// The amount for a level by its code (`junior`, …), in fen, if the policy fixes one.
    public func amount(levelCode: String) -> Money? { amountsYuan?[levelCode].map { Money(yuan: Int64($0)) } }

    public enum Basis: String, Codable, Hashable, Sendable {
        case certificate
        case completedTraining = "completed_training"
    }

    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// 职业培训补贴
        case training
        /// 职业技能评价补贴
        case evaluation
        /// 失业保险技能提升补贴
        case skillUpgrade = "skill_upgrade"
    }
}
