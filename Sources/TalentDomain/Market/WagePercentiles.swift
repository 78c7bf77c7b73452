/// 工资价位的分位值 (M9): the pay at the 10th, 25th, 50th, 75th and 90th percentiles of
/// a cell's employees, computed exactly from integer fen.
///
/// **Method** (stated on the public page): the same as Excel's `PERCENTILE.INC` and
/// Hyndman–Fan type 7 — sort the n annual pays; the k-th percentile lies at position
/// 1 + (n − 1)·k/100 of the sorted list, between two neighbours when that is not a whole
/// number, and is interpolated linearly between them; the result is rounded half up to
/// the fen. All arithmetic is in integers: no floating point ever touches money.
public struct WagePercentiles: Hashable, Sendable, Codable {
    public var p10: Money
    public var p25: Money
    public var p50: Money
    public var p75: Money
    public var p90: Money

    public static let ranks = [10, 25, 50, 75, 90]

    public init(p10: Money, p25: Money, p50: Money, p75: Money, p90: Money) {
        (self.p10, self.p25, self.p50, self.p75, self.p90) = (p10, p25, p50, p75, p90)
    }

    /// The percentiles of `pays`, which must be sorted ascending; nil when empty.
    public init?(sorted pays: [Int64]) {
        guard !pays.isEmpty else { return nil }
        let values = Self.ranks.map { Money(fen: Self.percentile($0, ofSorted: pays)) }
        self.init(p10: values[0], p25: values[1], p50: values[2], p75: values[3], p90: values[4])
    }

    /// The `rank`-th percentile (0…100) of sorted `pays`, in fen, rounded half up.
    public static func percentile(_ rank: Int, ofSorted pays: [Int64]) -> Int64 {
        precondition(!pays.isEmpty && (0...100).contains(rank))
        // Position (n − 1)·rank/100 from the first, as a whole part and hundredths.
        let scaled = (pays.count - 1) * rank
        let (index, hundredths) = (scaled / 100, Int64(scaled % 100))
        guard hundredths > 0 else { return pays[index] }
        let (low, high) = (pays[index], pays[index + 1])
        // low + (high − low)·hundredths/100, rounded half up (high ≥ low: never negative).
        let numerator = low * 100 + (high - low) * hundredths
        return (numerator + 50) / 100
    }

    public var all: [Money] { [p10, p25, p50, p75, p90] }
}

/// 小样本保护: a cell is shown only with at least 5 reporting enterprises and at least
/// 10 employees, so that no single employer's pay can be read back from it. A suppressed
/// cell keeps its counts' existence but no figure, anywhere it is shown or downloaded.
public struct WageDisclosure: Hashable, Sendable {
    public var minEmployers: Int
    public var minEmployees: Int

    public static let standard = WageDisclosure(minEmployers: 5, minEmployees: 10)

    public init(minEmployers: Int, minEmployees: Int) {
        (self.minEmployers, self.minEmployees) = (minEmployers, minEmployees)
    }

    public func allows(employers: Int, employees: Int) -> Bool {
        employers >= minEmployers && employees >= minEmployees
    }
}

/// One published cell: an occupation (with a skill level, or within an industry chain,
/// or on its own), how many enterprises and employees it holds, and its percentiles
/// unless it is suppressed.
public struct WageCell: Hashable, Sendable {
    public enum Dimension: String, CaseIterable, Codable, Sendable {
        /// An occupation, all levels and chains together.
        case occupation
        /// An occupation at one skill level.
        case level
        /// An occupation within one industry chain.
        case chain
    }

    public var dimension: Dimension
    public var occupationCode: String
    public var skillLevel: SkillLevel?
    public var chainCode: String?
    public var employers: Int
    public var employees: Int
    /// Nil when the cell is suppressed.
    public var percentiles: WagePercentiles?

    public init(
        dimension: Dimension, occupationCode: String, skillLevel: SkillLevel? = nil, chainCode: String? = nil,
        employers: Int, employees: Int, percentiles: WagePercentiles?
    ) {
        (self.dimension, self.occupationCode, self.skillLevel, self.chainCode) = (
            dimension, occupationCode, skillLevel, chainCode
        )
        (self.employers, self.employees, self.percentiles) = (employers, employees, percentiles)
    }

    public var isSuppressed: Bool { percentiles == nil }
}

/// 发布工资价位: every cell of a year from its employee rows — each occupation, each
/// occupation × level (where a level was reported), each occupation × chain (where the
/// employer has one) — with the percentiles where the disclosure rule allows them.
///
/// A million rows are a `Table` of numbers: occupations and chains by their place in the
/// table's lists, so grouping is indexing arrays, never hashing text (issue 18: publishing
/// a year of 1,000,000 employees within 5 s).
public enum WageTabulation {
    /// The year's employees as columns of numbers.
    public struct Table: Sendable {
        public private(set) var occupationCodes: [String] = []
        public private(set) var chainCodes: [String] = []
        private var occupationIndex: [String: Int32] = [:]
        private var chainIndex: [String: Int32] = [:]
        var occupation: [Int32] = []
        /// `SkillLevel.allCases` index, or -1.
        var level: [Int8] = []
        /// -1 when the employer has no chain.
        var chain: [Int32] = []
        var employer: [Int32] = []
        var pay: [Int64] = []

        public init() {}

        public var count: Int { pay.count }

        public mutating func append(
            employer: Int, occupationCode: String, skillLevel: SkillLevel?, chainCode: String?, annualPay: Int64
        ) {
            occupation.append(Self.index(occupationCode, &occupationIndex, &occupationCodes))
            level.append(skillLevel.flatMap { SkillLevel.allCases.firstIndex(of: $0) }.map(Int8.init) ?? -1)
            chain.append(chainCode.map { Self.index($0, &chainIndex, &chainCodes) } ?? -1)
            self.employer.append(Int32(truncatingIfNeeded: employer))
            pay.append(annualPay)
        }

        private static func index(_ code: String, _ index: inout [String: Int32], _ codes: inout [String]) -> Int32 {
            if let known = index[code] { return known }
            let next = Int32(codes.count)
            index[code] = next
            codes.append(code)
            return next
        }
    }

    public static func cells(_ table: Table, disclosure: WageDisclosure = .standard) -> [WageCell] {
        let (occupations, levels, chains) = (
            table.occupationCodes.count, SkillLevel.allCases.count, table.chainCodes.count
        )
        // One slot per occupation, then per occupation × level, then per occupation × chain.
        let slots = occupations * (1 + levels + chains)
        var pays = [[Int64]](repeating: [], count: slots)
        var employers = [Set<Int32>](repeating: [], count: slots)
        for row in 0..<table.count {
            let (occupation, pay, employer) = (Int(table.occupation[row]), table.pay[row], table.employer[row])
            pays[occupation].append(pay)
            employers[occupation].insert(employer)
            if table.level[row] >= 0 {
                let slot = occupations + occupation * levels + Int(table.level[row])
                pays[slot].append(pay)
                employers[slot].insert(employer)
            }
            if table.chain[row] >= 0 {
                let slot = occupations * (1 + levels) + occupation * chains + Int(table.chain[row])
                pays[slot].append(pay)
                employers[slot].insert(employer)
            }
        }
        var cells: [WageCell] = []
        for slot in 0..<slots where !pays[slot].isEmpty {
            let (dimension, occupation, level, chain): (WageCell.Dimension, Int, SkillLevel?, String?) =
                if slot < occupations {
                    (.occupation, slot, nil, nil)
                } else if slot < occupations * (1 + levels) {
                    (.level, (slot - occupations) / levels, SkillLevel.allCases[(slot - occupations) % levels], nil)
                } else {
                    (
                        .chain, (slot - occupations * (1 + levels)) / chains, nil,
                        table.chainCodes[(slot - occupations * (1 + levels)) % chains]
                    )
                }
            let allowed = disclosure.allows(employers: employers[slot].count, employees: pays[slot].count)
            cells.append(
                WageCell(
                    dimension: dimension, occupationCode: table.occupationCodes[occupation], skillLevel: level,
                    chainCode: chain, employers: employers[slot].count, employees: pays[slot].count,
                    percentiles: allowed ? WagePercentiles(sorted: pays[slot].sorted()) : nil))
        }
        return cells.sorted {
            ($0.occupationCode, $0.dimension.rawValue, $0.skillLevel?.rawValue ?? "", $0.chainCode ?? "")
                < ($1.occupationCode, $1.dimension.rawValue, $1.skillLevel?.rawValue ?? "", $1.chainCode ?? "")
        }
    }
}
