/// What a rule decided about someone, and why: the one shape every rule of the platform
/// returns (DESIGN.md), so a page, the API and a policy simulation show any rule the same
/// way. `Reason` is the rule's own vocabulary — data, such as a missing certificate or
/// hours short, that the edge puts into words in the user's language — never a sentence
/// baked into the rule.
public struct Decision<Reason: Hashable & Sendable>: Hashable, Sendable {
    public typealias Outcome = RuleOutcome

    public var outcome: Outcome
    /// The measure whose rule this is, e.g. `M2`.
    public var measure: String
    /// Why it is not eligible or needs review, every reason found; empty when eligible.
    public var reasons: [Reason]

    public init(_ outcome: Outcome, under measure: String, reasons: [Reason] = []) {
        self.outcome = outcome
        self.measure = measure
        self.reasons = outcome == .eligible ? [] : reasons
    }

    /// Eligible when nothing stands in the way, else not eligible for every reason found.
    public init(under measure: String, refusing reasons: [Reason]) {
        self.init(reasons.isEmpty ? .eligible : .notEligible, under: measure, reasons: reasons)
    }

    public var isEligible: Bool { outcome == .eligible }
}

/// What a rule decided, whatever its reasons: `Decision.Outcome`.
public enum RuleOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    case eligible
    case notEligible = "not_eligible"
    /// The rule cannot decide alone and a person reviews (a 破格 title route, say).
    case needsReview = "needs_review"
}
