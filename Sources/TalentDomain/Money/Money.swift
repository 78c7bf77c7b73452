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

extension Money {
    /// Reads an amount typed in yuan — `1200`, `1,200.5`, `¥1,200.50` — exactly, without
    /// floating point. Nil for a negative, more than two decimals, or anything not a number.
    public init?(yuanText text: String, maximumYuan: Int64 = 100_000_000) {
        var digits = Substring(text.filter { $0 != "," && $0 != " " })
        if digits.first == "¥" || digits.first == "￥" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 12,
            parts[0].allSatisfy({ $0.isASCII && $0.isNumber }), let yuan = Int64(parts[0]), yuan <= maximumYuan
        else { return nil }
        var fen: Int64 = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(decimals)
            else { return nil }
            fen = decimals.count == 1 ? value * 10 : value
        }
        self.init(fen: yuan * 100 + fen)
    }

    /// The amount as typed back into a form or read by a spreadsheet as a number: `1200`,
    /// `1200.50`, `-0.50` (the sign kept for amounts under a yuan, which `fen / 100` lost).
    public var yuanText: String {
        let (sign, magnitude) = (fen < 0 ? "-" : "", fen.magnitude)
        let cents = magnitude % 100
        return cents == 0 ? "\(sign)\(magnitude / 100)" : "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
