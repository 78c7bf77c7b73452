import TalentDomain

/// A SplitMix64 random number generator: the same seed gives the same sequence on every
/// platform and Swift version, so a demo database is reproducible from its seed alone.
///
/// The standard library's `Int.random(in:using:)`, `shuffled(using:)` and
/// `randomElement(using:)` do not promise a stable algorithm across Swift versions, so
/// demo code draws only through the methods here, which use nothing but `UInt64`
/// arithmetic.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64 (Steele, Lea & Flood 2014): a Weyl sequence run through a mixing function.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser, a bijective 64-bit hash. Seeding per-record generators
    /// with `mix(seed ^ mix(index))` keeps their streams unrelated: seeding with
    /// `seed + index` would make record i's stream record 0's shifted by i draws.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (Lemire 2019, multiply-shift with rejection, so no
    /// value is favoured).
    public mutating func int(in range: Range<Int>) -> Int {
        precondition(!range.isEmpty, "range must not be empty")
        let bound = UInt64(range.upperBound - range.lowerBound)
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            // 2^64 mod bound: the low products below it belong to an incomplete last lap.
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return range.lowerBound + Int(product.high)
    }

    public mutating func int(in range: ClosedRange<Int>) -> Int {
        int(in: range.lowerBound..<(range.upperBound + 1))
    }

    /// A uniformly chosen element of a non-empty collection.
    public mutating func pick<C: RandomAccessCollection>(from items: C) -> C.Element where C.Index == Int {
        items[int(in: items.startIndex..<items.endIndex)]
    }

    /// An element chosen with probability proportional to its weight.
    public mutating func weightedPick<Element>(from list: WeightedList<Element>) -> Element {
        list.element(at: int(in: 0..<list.totalWeight))
    }

    /// True with probability `probability` (0…1), from the top 53 bits of one draw.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }
}

/// Elements with integer weights, their running totals computed once so each weighted
/// pick is a binary search. Integer weights keep picks exact on every platform.
public struct WeightedList<Element>: Sendable where Element: Sendable {
    private let elements: [Element]
    /// `cumulative[i]` is the sum of the weights of elements 0…i.
    private let cumulative: [Int]

    public init(_ entries: [(Element, weight: Int)]) {
        precondition(!entries.isEmpty && entries.allSatisfy { $0.weight > 0 }, "weights must be positive")
        elements = entries.map(\.0)
        var total = 0
        cumulative = entries.map {
            total += $0.weight
            return total
        }
    }

    var totalWeight: Int { cumulative[cumulative.count - 1] }

    /// The element whose weight interval holds `point` (0 ≤ point < totalWeight).
    func element(at point: Int) -> Element {
        var (low, high) = (0, cumulative.count - 1)
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > point { high = middle } else { low = middle + 1 }
        }
        return elements[low]
    }
}
