/// When a person began professional technical work in their field (从事本专业技术工作起始
/// 年月), declared by the talent or recorded by staff: the fact behind the M8 rule "从事本
/// 专业技术工作满3年". Kept to the month: a year alone cannot tell whether three full
/// years have passed (2022 could be January or December).
public struct FieldWorkStart: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// Nobody starts professional work before this age (the Labour Law's minimum age
    /// of employment is 16).
    public static let minimumAge = 16

    public init?(year: Int, month: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        (self.year, self.month) = (year, month)
    }

    /// `2022-03` as a month field sends it; also `2022-3`, `2022/03`, `2022.03` and
    /// `2022年3月` as people type it.
    public init?(_ text: String) {
        var trimmed = Substring(text)
        if trimmed.hasSuffix("月") { trimmed = trimmed.dropLast() }
        let parts = trimmed.split(omittingEmptySubsequences: false) { "-/.年".contains($0) }
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// `YYYY-MM`, as stored and sent.
    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(month)"
    }

    /// Full years of work by `date`: the months since the start, divided by 12 and
    /// rounded down. From March 2022, 2025-02-28 is 2 full years and 2025-03-01 is 3.
    public func fullYears(on date: CalendarDate) -> Int {
        max(0, (date.year * 12 + date.month) - (year * 12 + month)) / 12
    }

    /// Why this start cannot be true for someone born on `birthDate`, by `today`.
    public func problem(birthDate: CalendarDate?, today: CalendarDate) -> Problem? {
        if (year, month) > (today.year, today.month) { return .inFuture }
        if let birthDate, year - birthDate.year < Self.minimumAge { return .tooYoung(minimumAge: Self.minimumAge) }
        return nil
    }

    public enum Problem: Hashable, Sendable {
        case inFuture
        /// Before the person could have worked (younger than `minimumAge` that year).
        case tooYoung(minimumAge: Int)
    }

    public static func < (lhs: FieldWorkStart, rhs: FieldWorkStart) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
