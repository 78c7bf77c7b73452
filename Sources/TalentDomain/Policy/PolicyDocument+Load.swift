import Foundation

extension PolicyDocument {
    /// Decodes and validates a policy file's text. Throws `PolicyFileError` listing every
    /// problem; `file` names the source in that message.
    public static func load(yaml text: String, file: String) throws(PolicyFileError) -> PolicyDocument {
        switch YAMLFile.decode(PolicyDocument.self, from: text) {
        case let .failure(problem):
            throw PolicyFileError(file: file, problems: [problem])
        case let .success(policy):
            let problems = PolicyValidator.problems(in: policy)
            guard problems.isEmpty else { throw PolicyFileError(file: file, problems: problems) }
            return policy
        }
    }
}

/// A calendar date `YYYY-MM-DD` without time zone, as policy files write them.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public var description: String {
        // Not `String(format:)`: a bulk import writes a date for every row, and the
        // formatter (a locale, C varargs) was a fiftieth of its time.
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
