import Foundation

/// A talent profile that passed every check, ready to store: what staff entry,
/// self-registration and bulk import all produce.
public struct TalentRecord: Sendable {
    public var name: String
    public var residentID: ResidentID
    public var mobile: MobileNumber?
    public var email: String?
    public var districtCode: String
    public var educationLevel: EducationLevel?
    public var school: String?
    public var major: String?
    public var graduationYear: Int?
    public var employerID: UUID?
    public var occupations: [String]
    public var skills: [String]
    public var categories: [String]
    public var keyGroups: [String]
    /// When professional work in the field began (M8's years in the field).
    public var fieldWorkSince: FieldWorkStart?
    /// Whether `fieldWorkSince` is part of this record: a form and the API declare it (an
    /// empty field clears it); an import file has no such column and leaves it as it is.
    public var declaresFieldWork: Bool

    public init(
        name: String, residentID: ResidentID, mobile: MobileNumber?, email: String?, districtCode: String,
        educationLevel: EducationLevel?, school: String?, major: String?, graduationYear: Int?,
        employerID: UUID?, occupations: [String], skills: [String], categories: [String], keyGroups: [String],
        fieldWorkSince: FieldWorkStart? = nil, declaresFieldWork: Bool = false
    ) {
        self.fieldWorkSince = fieldWorkSince
        self.declaresFieldWork = declaresFieldWork
        self.name = name
        self.residentID = residentID
        self.mobile = mobile
        self.email = email
        self.districtCode = districtCode
        self.educationLevel = educationLevel
        self.school = school
        self.major = major
        self.graduationYear = graduationYear
        self.employerID = employerID
        self.occupations = occupations
        self.skills = skills
        self.categories = categories
        self.keyGroups = keyGroups
    }
}

/// The small text rules every way in shares.
public enum TalentText {
    /// Trimmed of white space (including the ideographic space), or nil when nothing is
    /// left. Works on scalars: Foundation's `trimmingCharacters` bridges through NSString
    /// and was a quarter of the time of a million-row import.
    public static func trimmed<Text: StringProtocol>(_ text: Text?) -> String? {
        guard let text else { return nil }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return nil }
        // Most cells have nothing to trim: no copy scalar by scalar then.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(text) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }

    /// Unicode white space; ASCII answered without the property tables.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// A list typed into one field: split on any of `separators`, trimmed, each once.
    public static func list(_ text: String?, separators: String) -> [String] {
        guard let text else { return [] }
        let separators = Set(separators.unicodeScalars)
        var seen = Set<String>()
        return text.unicodeScalars.split(whereSeparator: { separators.contains($0) })
            .compactMap { part in trimmed(String(String.UnicodeScalarView(part))) }
            .filter { seen.insert($0).inserted }
    }

    /// One `@`, something before it, a dot in the domain, no spaces: the check a form can
    /// make; the real proof is a message that arrives.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(" ") && text.count <= 254
    }

    public static let occupationSeparators = " ,，、;；\n"
    public static let skillSeparators = ",，、;；\n"
    public static let maxNameLength = 50
    public static let maxTextLength = 100
    public static let maxSkills = 30
    public static let maxSkillLength = 30
}
