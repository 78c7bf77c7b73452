/// 目录汇编: how an edition of the urgent-need catalogue is made from the year's
/// declarations (M3). Lines of the same occupation and chain merge into one entry:
///
/// - **headcount**: the sum of the lines; **employers**: how many declared it;
/// - **urgency**: the most pressing of the lines;
/// - **education**: what most of the people asked for must have — the level asked for
///   the largest headcount, the lower level on a tie; none when no line asks one;
/// - **experience**: the least asked, so the entry does not ask more than any employer;
/// - **pay**: from the lowest minimum to the highest maximum offered;
/// - **skills**: the most often named, up to `maxSkills`, the same skill written with
///   other capitals or spaces counted once, in the order first named on a tie.
public enum CatalogueCompilation {
    public static let maxSkills = 8

    /// The merged entries, in catalogue order (chain, then occupation).
    public static func entries(_ lines: [CatalogueLine]) -> [CatalogueEntryDraft] {
        Dictionary(grouping: lines, by: \.key).map { key, lines in merge(key, lines) }.sorted { $0.key < $1.key }
    }

    static func merge(_ key: CatalogueKey, _ lines: [CatalogueLine]) -> CatalogueEntryDraft {
        var headcountByEducation: [EducationLevel: Int] = [:]
        for line in lines {
            if let level = line.education { headcountByEducation[level, default: 0] += line.headcount }
        }
        let education = headcountByEducation.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        return CatalogueEntryDraft(
            key: key,
            headcount: lines.reduce(0) { $0 + $1.headcount },
            employerCount: Set(lines.map(\.employer)).count,
            urgency: lines.map(\.urgency).min() ?? .general,
            education: education,
            skills: commonSkills(lines),
            experienceYears: lines.compactMap(\.experienceYears).min(),
            payMin: lines.map(\.payMin).min() ?? Money(fen: 0),
            payMax: lines.map(\.payMax).max() ?? Money(fen: 0))
    }

    /// The skills named on most lines (each line counts a skill once).
    static func commonSkills(_ lines: [CatalogueLine]) -> [String] {
        var counts: [String: (count: Int, first: Int, text: String)] = [:]
        var order = 0
        for line in lines {
            var seen = Set<String>()
            for skill in line.skills {
                let folded = skill.lowercased().filter { !$0.isWhitespace }
                guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
                if let known = counts[folded] {
                    counts[folded] = (known.count + 1, known.first, known.text)
                } else {
                    counts[folded] = (1, order, skill)
                    order += 1
                }
            }
        }
        return counts.values.sorted { a, b in a.count != b.count ? a.count > b.count : a.first < b.first }
            .prefix(maxSkills).map(\.text)
    }
}

/// One entry of an edition, as compiled: an occupation in a chain with what the
/// employers who declared it need.
public struct CatalogueEntryDraft: Hashable, Sendable {
    public var key: CatalogueKey
    public var headcount: Int
    public var employerCount: Int
    public var urgency: ShortageUrgency
    public var education: EducationLevel?
    public var skills: [String]
    public var experienceYears: Int?
    public var payMin: Money
    public var payMax: Money

    public init(
        key: CatalogueKey, headcount: Int, employerCount: Int, urgency: ShortageUrgency, education: EducationLevel?,
        skills: [String], experienceYears: Int?, payMin: Money, payMax: Money
    ) {
        self.key = key
        self.headcount = headcount
        self.employerCount = employerCount
        self.urgency = urgency
        self.education = education
        self.skills = skills
        self.experienceYears = experienceYears
        self.payMin = payMin
        self.payMax = payMax
    }
}

extension CatalogueCompilation {
    /// One line as an entry of its own (a declaration's page prints its lines this way).
    public static func single(_ line: CatalogueLine) -> CatalogueEntryDraft { merge(line.key, [line]) }
}
