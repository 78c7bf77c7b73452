import Foundation

/// What the platform knows that a row is checked against: codes and names of districts,
/// occupations, organisations, categories and key groups, and today's date.
public struct TalentImportLookups: Sendable {
    /// District code, Chinese name and English name (lower case) → code.
    public var districts: [String: String]
    public var occupations: Set<String>
    /// Organisation credit code → organisation id.
    public var employers: [String: UUID]
    /// Code or name → code.
    public var categories: [String: String]
    public var keyGroups: [String: String]
    public var today: CalendarDate

    public init(
        districts: [String: String], occupations: Set<String>, employers: [String: UUID],
        categories: [String: String], keyGroups: [String: String], today: CalendarDate
    ) {
        self.districts = districts
        self.occupations = occupations
        self.employers = employers
        self.categories = categories
        self.keyGroups = keyGroups
        self.today = today
    }
}

/// Why one cell of an import row is refused. The App words each in Chinese and English.
public enum TalentImportProblem: Equatable, Sendable {
    case missing
    case tooLong(max: Int)
    /// The cell starts like a spreadsheet formula (`=`, `+`, `-`, `@`): refused rather
    /// than stored, so it cannot run when the pool is exported and opened.
    case formula
    case residentID(ResidentIDError)
    /// 性别 or 出生日期 is not a value, or is not what the ID number says.
    case person(PersonCellsCheck.Problem)
    case mobileInvalid
    case emailInvalid
    case districtUnknown
    case educationUnknown
    case graduationYearInvalid(max: Int)
    case employerUnknown
    case occupationUnknown(String)
    case skillsInvalid
    case categoryUnknown(String)
    case keyGroupUnknown(String)
    /// The same resident ID number appears on an earlier row of the file.
    case duplicateInFile(row: Int)
    /// The number is already in the pool and the import does not update.
    case existsInPool
}

public struct TalentImportRowProblem: Equatable, Sendable {
    /// The row number as the user sees it in their spreadsheet (a title above the header
    /// counts: the rows are numbered as the spreadsheet numbers them).
    public let row: Int
    public let column: TalentImportColumn?
    public let problem: TalentImportProblem

    public init(row: Int, column: TalentImportColumn?, problem: TalentImportProblem) {
        (self.row, self.column, self.problem) = (row, column, problem)
    }
}

/// Checks import rows one by one against `TalentImportLookups`, without any database
/// access, so a million rows are checked in seconds; it also remembers every resident
/// ID number seen, to report a number repeated inside the file with both rows.
public struct TalentImportValidator: Sendable {
    public let header: TalentImportHeader
    public let lookups: TalentImportLookups
    private var seen: [String: Int] = [:]

    public enum Outcome: Sendable {
        case valid(TalentRecord)
        case invalid([TalentImportRowProblem])
    }

    public init(header: TalentImportHeader, lookups: TalentImportLookups) {
        self.header = header
        self.lookups = lookups
    }

    /// 学历 as offices write it, in Chinese or English, or the stored code.
    static let educationNames: [String: EducationLevel] = {
        var names: [String: EducationLevel] = [
            "初中及以下": .juniorSecondaryOrBelow, "初中": .juniorSecondaryOrBelow, "小学": .juniorSecondaryOrBelow,
            "高中": .highSchool, "普通高中": .highSchool,
            "中专": .secondaryVocational, "中职": .secondaryVocational, "技校": .secondaryVocational,
            "大专": .associate, "专科": .associate, "高职": .associate,
            "本科": .bachelor, "大学本科": .bachelor, "学士": .bachelor,
            "硕士": .master, "硕士研究生": .master, "研究生": .master,
            "博士": .doctorate, "博士研究生": .doctorate,
            "junior secondary or below": .juniorSecondaryOrBelow, "high school": .highSchool,
            "secondary vocational": .secondaryVocational, "associate": .associate, "bachelor": .bachelor,
            "master": .master, "doctorate": .doctorate, "phd": .doctorate,
        ]
        for level in EducationLevel.allCases { names[level.rawValue] = level }
        return names
    }()

    public mutating func validate(row: Int, cells: [String]) -> Outcome {
        var problems: [TalentImportRowProblem] = []
        func fail(_ column: TalentImportColumn?, _ problem: TalentImportProblem) {
            problems.append(TalentImportRowProblem(row: row, column: column, problem: problem))
        }
        func value(_ column: TalentImportColumn) -> String? { header.value(column, in: cells) }
        /// Free text: refused when it starts like a formula or is too long.
        func text(_ column: TalentImportColumn, max: Int) -> String? {
            guard let text = value(column) else { return nil }
            if let first = text.first, "=+-@".contains(first) {
                fail(column, .formula)
                return nil
            }
            if text.count > max {
                fail(column, .tooLong(max: max))
                return nil
            }
            return text
        }

        let name = text(.name, max: TalentText.maxNameLength)
        if value(.name) == nil { fail(.name, .missing) }

        var residentID: ResidentID?
        if let raw = value(.residentID) {
            do {
                let parsed = try ResidentID(raw, today: lookups.today)
                if let first = seen[parsed.value] {
                    fail(.residentID, .duplicateInFile(row: first))
                } else {
                    seen[parsed.value] = row
                    residentID = parsed
                }
            } catch {
                fail(.residentID, .residentID(error))
            }
        } else {
            fail(.residentID, .missing)
        }
        let person = PersonCellsCheck.check(
            gender: value(.gender), birthDate: value(.birthDate), against: residentID)
        if let problem = person.gender { fail(.gender, .person(problem)) }
        if let problem = person.birthDate { fail(.birthDate, .person(problem)) }

        var mobile: MobileNumber?
        if let raw = value(.mobile) {
            do { mobile = try MobileNumber(raw) } catch { fail(.mobile, .mobileInvalid) }
        }
        let email = value(.email)?.lowercased()
        if let email, !TalentText.looksLikeEmail(email) { fail(.email, .emailInvalid) }

        var district: String?
        if let raw = value(.district) {
            district = lookups.districts[raw.lowercased()]
            if district == nil { fail(.district, .districtUnknown) }
        } else {
            fail(.district, .missing)
        }

        var education: EducationLevel?
        if let raw = value(.education) {
            education = Self.educationNames[raw.lowercased()]
            if education == nil { fail(.education, .educationUnknown) }
        }
        var year: Int?
        if let raw = value(.graduationYear) {
            let latest = lookups.today.year + 6
            // 2012, 2012年, 2012.0 (a number cell of a spreadsheet) all mean the year.
            let digits =
                raw.hasSuffix("年") ? String(raw.dropLast()) : raw.hasSuffix(".0") ? String(raw.dropLast(2)) : raw
            year = Int(digits)
            if year == nil || !(1950...latest).contains(year!) {
                fail(.graduationYear, .graduationYearInvalid(max: latest))
                year = nil
            }
        }

        var employer: UUID?
        if let raw = value(.employerCreditCode) {
            let code = (try? CreditCode(raw))?.value ?? raw
            employer = lookups.employers[code]
            if employer == nil { fail(.employerCreditCode, .employerUnknown) }
        }

        let occupations = TalentText.list(value(.occupations), separators: TalentText.occupationSeparators)
        if let unknown = occupations.first(where: { !lookups.occupations.contains($0) }) {
            fail(.occupations, .occupationUnknown(unknown))
        }
        var skills: [String] = []
        if let raw = text(.skills, max: 2000) {
            skills = TalentText.list(raw, separators: TalentText.skillSeparators)
            if skills.count > TalentText.maxSkills || skills.contains(where: { $0.count > TalentText.maxSkillLength }) {
                fail(.skills, .skillsInvalid)
            }
        }
        let categories = codes(
            value(.categories), in: lookups.categories, column: .categories, fail: fail,
            unknown: TalentImportProblem.categoryUnknown)
        let keyGroups = codes(
            value(.keyGroups), in: lookups.keyGroups, column: .keyGroups, fail: fail,
            unknown: TalentImportProblem.keyGroupUnknown)
        let school = text(.school, max: TalentText.maxTextLength)
        let major = text(.major, max: TalentText.maxTextLength)

        guard problems.isEmpty, let name, let residentID, let district else { return .invalid(problems) }
        return .valid(
            TalentRecord(
                name: name, residentID: residentID, mobile: mobile, email: email, districtCode: district,
                educationLevel: education, school: school, major: major, graduationYear: year, employerID: employer,
                occupations: occupations, skills: skills, categories: categories, keyGroups: keyGroups))
    }

    private func codes(
        _ raw: String?, in known: [String: String], column: TalentImportColumn,
        fail: (TalentImportColumn?, TalentImportProblem) -> Void,
        unknown: (String) -> TalentImportProblem
    ) -> [String] {
        var codes: [String] = []
        for item in TalentText.list(raw, separators: TalentText.skillSeparators) {
            guard let code = known[item] ?? known[item.lowercased()] else {
                fail(column, unknown(item))
                return []
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.sorted()
    }
}
