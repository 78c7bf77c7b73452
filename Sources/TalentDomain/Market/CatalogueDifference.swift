/// 修订对照: what a correcting edition changes against the edition it supersedes, entry
/// by entry (an entry is an occupation in a chain), so readers see what was corrected
/// and both editions stay as they were published.
public struct CatalogueDifference: Hashable, Sendable {
    public var added: [CatalogueEntryDraft]
    public var removed: [CatalogueEntryDraft]
    /// Entries in both whose figures differ: the old and the new.
    public var changed: [Change]

    public struct Change: Hashable, Sendable {
        public var old: CatalogueEntryDraft
        public var new: CatalogueEntryDraft
        /// Which figures differ, in the order the catalogue prints them.
        public var fields: [Field]
    }

    /// A figure of an entry that a correction may change.
    public enum Field: String, CaseIterable, Sendable {
        case headcount, employerCount, urgency, education, skills, experienceYears, pay
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    public init(from old: [CatalogueEntryDraft], to new: [CatalogueEntryDraft]) {
        let before = Dictionary(old.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        added = new.filter { before[$0.key] == nil }.sorted { $0.key < $1.key }
        removed = old.filter { after[$0.key] == nil }.sorted { $0.key < $1.key }
        changed = new.compactMap { entry -> Change? in
            guard let previous = before[entry.key] else { return nil }
            let fields = Field.allCases.filter { Self.differs($0, previous, entry) }
            return fields.isEmpty ? nil : Change(old: previous, new: entry, fields: fields)
        }.sorted { $0.new.key < $1.new.key }
    }

    static func differs(_ field: Field, _ a: CatalogueEntryDraft, _ b: CatalogueEntryDraft) -> Bool {
        switch field {
        case .headcount: a.headcount != b.headcount
        case .employerCount: a.employerCount != b.employerCount
        case .urgency: a.urgency != b.urgency
        case .education: a.education != b.education
        case .skills: a.skills != b.skills
        case .experienceYears: a.experienceYears != b.experienceYears
        case .pay: a.payMin != b.payMin || a.payMax != b.payMax
        }
    }
}
