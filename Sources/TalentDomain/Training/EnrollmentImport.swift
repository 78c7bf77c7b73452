import Foundation

/// The columns of a provider's enrolment file: each row names one talent, by profile id
/// or by resident ID number, optionally with the name (checked against the profile, to
/// catch a row pasted against the wrong number) and the years in the field (for entry
/// requirements that count them).
public enum EnrollmentImportColumn: String, ImportColumn {
    case profileID, residentID, name, gender, birthDate, yearsInField

    public static let required: [[EnrollmentImportColumn]] = [[.profileID, .residentID]]
    public static let identifiers: Set<EnrollmentImportColumn> = [.residentID]

    public var header: String {
        switch self {
        case .profileID: "档案编号"
        case .residentID: TalentImportColumn.residentID.header
        case .name: TalentImportColumn.name.header
        case .gender: TalentImportColumn.gender.header
        case .birthDate: TalentImportColumn.birthDate.header
        case .yearsInField: "从业年限"
        }
    }

    public var aliases: [String] {
        switch self {
        case .profileID: ["档案编号", "人才档案编号", "人才编号", "profileid", "talentid"]
        case .residentID: TalentImportColumn.residentID.aliases
        case .name: TalentImportColumn.name.aliases
        case .gender: TalentImportColumn.gender.aliases
        case .birthDate: TalentImportColumn.birthDate.aliases
        case .yearsInField: ["从业年限", "从业年数", "工作年限", "yearsinfield", "years"]
        }
    }
}

public typealias EnrollmentImportHeader = ImportHeader<EnrollmentImportColumn>

/// Why one row of an enrolment file is refused. The App words each in Chinese and English.
public enum EnrollmentImportProblem: Equatable, Sendable {
    /// Neither a profile id nor an ID number.
    case talentMissing
    case profileIDInvalid
    case residentID(ResidentIDError)
    /// 性别 or 出生日期 is not a value, or is not what the ID number says.
    case person(PersonCellsCheck.Problem)
    case yearsInvalid(max: Int)
    /// No profile has this id.
    case talentUnknown
    /// By ID number: no profile that can be enrolled has this number and this name. One
    /// answer for "no such number", "another name" and "not active", so a file of
    /// guessed numbers and names learns nothing about who is in the pool (issue 14).
    case noMatchingTalent
    /// By ID number, the name is needed too (it is what makes the number a match).
    case nameRequired
    /// The row's name is not the profile's.
    case nameMismatch
    case talentInactive
    /// The same talent is on an earlier row of the file.
    case duplicateInFile(row: Int)
    /// The talent already holds a place in the cohort or waits for one.
    case alreadyEnrolled
    /// The talent meets none of these alternatives.
    case requirementNotMet([EntryRequirement.Clause])
}

public struct EnrollmentImportRowProblem: Equatable, Sendable {
    /// The row number as the user sees it in their spreadsheet (a title above the header
    /// counts: the rows are numbered as the spreadsheet numbers them).
    public let row: Int
    public let column: EnrollmentImportColumn?
    public let problem: EnrollmentImportProblem

    public init(row: Int, column: EnrollmentImportColumn?, problem: EnrollmentImportProblem) {
        (self.row, self.column, self.problem) = (row, column, problem)
    }
}

/// How a row names its talent.
public enum TalentReference: Hashable, Sendable {
    case profile(UUID)
    /// The normalised 18-character number.
    case residentID(String)
}

/// One well-formed row, before it is checked against the pool.
public struct EnrollmentImportRow: Sendable {
    public let row: Int
    public let talent: TalentReference
    public let name: String?
    public let yearsInField: Int?
}

/// What the pool and the cohort say about the talent a row names.
public struct EnrollmentCandidate: Sendable {
    public var talentID: UUID
    public var name: String
    public var active: Bool
    /// Their enrolment in the cohort if any, and whether it still counts (a withdrawn
    /// one does not, and is reused).
    public var enrolledAlready: Bool
    public var applicant: EntryRequirement.Applicant

    public init(
        talentID: UUID, name: String, active: Bool, enrolledAlready: Bool, applicant: EntryRequirement.Applicant
    ) {
        (self.talentID, self.name, self.active, self.enrolledAlready, self.applicant) =
            (talentID, name, active, enrolledAlready, applicant)
    }
}

/// The rules of an enrolment file, with no database access: reading a row's cells, then
/// deciding each row against what the pool and the cohort hold.
public enum EnrollmentImportRules {
    public static let maxYearsInField = 60

    public enum ReadOutcome: Sendable {
        case valid(EnrollmentImportRow)
        case invalid([EnrollmentImportRowProblem])
    }

    /// Reads one row. Every problem of the row is reported, not only the first.
    public static func read(row: Int, cells: [String], header: EnrollmentImportHeader, today: CalendarDate)
        -> ReadOutcome
    {
        var problems: [EnrollmentImportRowProblem] = []
        func fail(_ column: EnrollmentImportColumn?, _ problem: EnrollmentImportProblem) {
            problems.append(EnrollmentImportRowProblem(row: row, column: column, problem: problem))
        }
        var reference: TalentReference?
        var residentID: ResidentID?
        if let text = header.value(.profileID, in: cells) {
            if let id = UUID(uuidString: text) { reference = .profile(id) } else { fail(.profileID, .profileIDInvalid) }
        } else if let text = header.value(.residentID, in: cells) {
            do {
                residentID = try ResidentID(text, today: today)
                reference = residentID.map { .residentID($0.value) }
            } catch {
                fail(.residentID, .residentID(error))
            }
        } else {
            fail(header.positions[.profileID] == nil ? .residentID : .profileID, .talentMissing)
        }
        let person = PersonCellsCheck.check(
            gender: header.value(.gender, in: cells), birthDate: header.value(.birthDate, in: cells),
            against: residentID)
        if let problem = person.gender { fail(.gender, .person(problem)) }
        if let problem = person.birthDate { fail(.birthDate, .person(problem)) }
        var years: Int?
        if let text = header.value(.yearsInField, in: cells) {
            // Full-width digits (３) as typed with a Chinese input method.
            if let value = Int(text) ?? Int(text.precomposedStringWithCompatibilityMapping),
                (0...maxYearsInField).contains(value)
            {
                years = value
            } else {
                fail(.yearsInField, .yearsInvalid(max: maxYearsInField))
            }
        }
        guard problems.isEmpty, let reference else { return .invalid(problems) }
        return .valid(
            EnrollmentImportRow(row: row, talent: reference, name: header.value(.name, in: cells), yearsInField: years))
    }

    /// Decides every row: accepted rows in file order, and the refusals. `candidate`
    /// finds what the pool holds for a reference (nil: no such profile); `measure` is the
    /// program's.
    public static func decide(
        _ rows: [EnrollmentImportRow], requirement: EntryRequirement, occupationCode: String?, measure: String,
        candidate: (TalentReference) -> EnrollmentCandidate?
    )
        -> (accepted: [(row: EnrollmentImportRow, talentID: UUID)], problems: [EnrollmentImportRowProblem])
    {
        var accepted: [(row: EnrollmentImportRow, talentID: UUID)] = []
        var problems: [EnrollmentImportRowProblem] = []
        var firstRow: [UUID: Int] = [:]
        for row in rows {
            let column: EnrollmentImportColumn = if case .profile = row.talent { .profileID } else { .residentID }
            func fail(_ column: EnrollmentImportColumn?, _ problem: EnrollmentImportProblem) {
                problems.append(EnrollmentImportRowProblem(row: row.row, column: column, problem: problem))
            }
            if case .residentID = row.talent {
                guard row.name != nil else {
                    fail(.name, .nameRequired)
                    continue
                }
                guard let found = candidate(row.talent), found.active, sameName(row.name ?? "", found.name) else {
                    fail(column, .noMatchingTalent)
                    continue
                }
            }
            guard var found = candidate(row.talent) else {
                fail(column, .talentUnknown)
                continue
            }
            // A row whose name is wrong names nobody: a later correct row for that
            // profile is not its duplicate.
            if let name = row.name, !sameName(name, found.name) {
                fail(.name, .nameMismatch)
                continue
            }
            if let first = firstRow[found.talentID] {
                fail(column, .duplicateInFile(row: first))
                continue
            }
            firstRow[found.talentID] = row.row
            if !found.active {
                fail(column, .talentInactive)
                continue
            }
            if found.enrolledAlready {
                fail(column, .alreadyEnrolled)
                continue
            }
            found.applicant.yearsInField = row.yearsInField
            let decision = requirement.check(found.applicant, occupationCode: occupationCode, measure: measure)
            if !decision.isEligible {
                fail(.yearsInField, .requirementNotMet(decision.reasons))
                continue
            }
            accepted.append((row, found.talentID))
        }
        return (accepted, problems)
    }

    /// Names compare without spaces and with full-width letters folded (张 伟, ＺＨＡＮＧ).
    static func sameName(_ a: String, _ b: String) -> Bool {
        func folded(_ text: String) -> String {
            String(
                text.precomposedStringWithCompatibilityMapping.lowercased().filter {
                    !$0.isWhitespace && $0 != "·" && $0 != "•"
                })
        }
        return a == b || folded(a) == folded(b)
    }
}
