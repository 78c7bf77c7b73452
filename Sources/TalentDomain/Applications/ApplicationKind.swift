/// A kind of application (申报) the platform takes, from the policy file: which rule of the
/// engine decides it, which department reviews it and in how many working days, what must
/// be attached. Titles, loans, subsidies and recommendations are all kinds; a new one
/// needs a line in the file, not code.
public struct ApplicationKind: Codable, Hashable, Sendable {
    /// `skill-upgrade-subsidy`, …
    public var id: String
    public var measure: String
    public var label: LocalizedText
    /// The engine's rules it is made under (`subsidy-skill_upgrade`; title pathways'
    /// ids, `crossover-technician`, …): the applicant picks one when the kind has several.
    /// The file writes `rule:` for one or `rules:` for several.
    public var rules: [String]
    /// The department whose officers review it.
    public var department: String
    /// Working days the department has to decide, counted from submission.
    public var workingDays: Int
    public var attachments: [Attachment]

    enum CodingKeys: String, CodingKey {
        case id, measure, label, rule, rules, department, attachments
        case workingDays = "working_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        measure = try c.decode(String.self, forKey: .measure)
        label = try c.decode(LocalizedText.self, forKey: .label)
        if let one = try c.decodeIfPresent(String.self, forKey: .rule) {
            rules = [one]
        } else {
            rules = try c.decode([String].self, forKey: .rules)
        }
        department = try c.decode(String.self, forKey: .department)
        workingDays = try c.decode(Int.self, forKey: .workingDays)
        attachments = try c.decode([Attachment].self, forKey: .attachments)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(measure, forKey: .measure)
        try c.encode(label, forKey: .label)
        try c.encode(rules, forKey: .rules)
        try c.encode(department, forKey: .department)
        try c.encode(workingDays, forKey: .workingDays)
        try c.encode(attachments, forKey: .attachments)
    }

    /// The subsidy it claims, when its rule is a subsidy's (`subsidy-<kind>`).
    public var subsidy: Subsidy.Kind? {
        rules.lazy.compactMap(ApplicationKind.subsidy(ofRule:)).first
    }

    /// The subsidy a rule id names, when it is a subsidy's.
    public static func subsidy(ofRule rule: String) -> Subsidy.Kind? {
        rule.hasPrefix("subsidy-") ? Subsidy.Kind(rawValue: String(rule.dropFirst("subsidy-".count))) : nil
    }

    /// A document the applicant attaches.
    public struct Attachment: Codable, Hashable, Sendable {
        public var code: String
        public var label: LocalizedText
        public var required: Bool
    }
}
