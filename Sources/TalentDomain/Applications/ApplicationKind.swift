/// A kind of application (申报) the platform takes, from the policy file: which rule of the
/// engine decides it, which department reviews it and in how many working days, what must
/// be attached. Titles, loans, subsidies and recommendations are all kinds; a new one
/// needs a line in the file, not code.
public struct ApplicationKind: Codable, Hashable, Sendable {
    /// `skill-upgrade-subsidy`, …
    public var id: String
    public var measure: String
    public var label: LocalizedText
    /// The engine's rule (`subsidy-skill_upgrade`, a title pathway's id, …).
    public var rule: String
    /// The department whose officers review it.
    public var department: String
    /// Working days the department has to decide, counted from submission.
    public var workingDays: Int
    public var attachments: [Attachment]

    enum CodingKeys: String, CodingKey {
        case id, measure, label, rule, department, attachments
        case workingDays = "working_days"
    }

    /// The subsidy it claims, when its rule is a subsidy's (`subsidy-<kind>`).
    public var subsidy: Subsidy.Kind? {
        rule.hasPrefix("subsidy-") ? Subsidy.Kind(rawValue: String(rule.dropFirst("subsidy-".count))) : nil
    }

    /// A document the applicant attaches.
    public struct Attachment: Codable, Hashable, Sendable {
        public var code: String
        public var label: LocalizedText
        public var required: Bool
    }
}
