import Foundation

/// Study time kept in whole minutes, so that hours add up exactly (1.5 h + 0.5 h = 2 h)
/// and never drift as floating point would. Entered and shown as hours with at most
/// one decimal place — "3", "1.5" — the way training records state them.
public struct StudyHours: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    /// "3", "1.5", "0.5"; nil for anything else, a negative, or more than `maximum` hours.
    public init?(hoursText text: String, maximum: Int = 1_000) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
            let whole = Int(parts[0]), whole <= maximum
        else { return nil }
        var tenths = 0
        if parts.count == 2 {
            guard parts[1].count == 1, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let digit = Int(parts[1])
            else { return nil }
            tenths = digit
        }
        minutes = whole * 60 + tenths * 6
        if minutes > maximum * 60 { return nil }
    }

    /// Hours with one decimal place when not whole: "2", "1.5".
    public var description: String {
        let tenths = (minutes * 10 + 30) / 60
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    public static func < (lhs: StudyHours, rhs: StudyHours) -> Bool { lhs.minutes < rhs.minutes }
    public static func + (lhs: StudyHours, rhs: StudyHours) -> StudyHours {
        StudyHours(minutes: lhs.minutes + rhs.minutes)
    }
    public static let zero = StudyHours(minutes: 0)
}
