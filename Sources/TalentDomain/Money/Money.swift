/// An amount of renminbi in integer fen (分). Money never uses floating point.
public struct Money: Hashable, Comparable, Codable, Sendable {
    public var fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }

    /// `¥4,000,000.00`: grouped yuan and two fen digits, as on Chinese forms.
    public var formatted: String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let yuan = String(magnitude / 100)
        var grouped = ""
        for (index, digit) in yuan.enumerated() {
            if index > 0, (yuan.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let cents = magnitude % 100
        return "\(sign)¥\(grouped).\(cents < 10 ? "0" : "")\(cents)"
    }
}
