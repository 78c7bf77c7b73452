/// 年度目标: a yearly quantitative target of a measure, e.g. M1 "≥ 200 engineers trained".
public struct Target: Codable, Hashable, Sendable {
    public var id: String
    public var measure: String
    /// What it counts, e.g. `engineers_trained`.
    public var metric: TargetMetric
    public var label: LocalizedText
    public var comparison: Comparison
    public var value: Int
    public var unit: TargetUnit
    public var period: TargetPeriod
    public var departments: [String]

    /// Whether `actual` meets the target.
    public func isMet(by actual: Int) -> Bool {
        switch comparison {
        case .atLeast: actual >= value
        case .atMost: actual <= value
        case .exactly: actual == value
        }
    }

    public enum Comparison: String, Codable, Hashable, Sendable, CaseIterable {
        case atLeast = "at_least"
        case atMost = "at_most"
        case exactly

        /// The mathematical sign shown before the number on pages.
        public var symbol: String {
            switch self {
            case .atLeast: "≥"
            case .atMost: "≤"
            case .exactly: "="
            }
        }
    }
}

public enum TargetUnit: String, Codable, Hashable, Sendable, CaseIterable {
    case person, session, event, edition, percent
}

public enum TargetPeriod: String, Codable, Hashable, Sendable, CaseIterable {
    case year
}
