/// 供需图谱 (issue 18): demand, supply and training of digital occupations side by side,
/// per occupation and industry chain, for one year — and what it suggests.
///
/// Demand in a chain is the year's published catalogue headcount plus the open posts'
/// headcount there. Supply in a chain is the pool's talents of the occupation employed by
/// an organisation of that chain; talents with no employer in a key chain (graduates,
/// the self-employed) are supply for every chain, so they are counted on the
/// occupation's row (`SupplyDemand.Row.unattached`) and the occupation's gap, not a cell's.
public enum SupplyDemand {
    /// One occupation in one chain.
    public struct Cell: Sendable, Equatable {
        public var chainCode: String
        public var catalogue: Int
        public var posts: Int
        public var talents: Int
        /// Of `talents`, those with a certificate for the occupation or a recognised level.
        public var qualified: Int

        public init(chainCode: String, catalogue: Int = 0, posts: Int = 0, talents: Int = 0, qualified: Int = 0) {
            (self.chainCode, self.catalogue, self.posts, self.talents, self.qualified) = (
                chainCode, catalogue, posts, talents, qualified
            )
        }

        public var demand: Int { catalogue + posts }
        /// Demand not met by the chain's own talents (negative: more talents than asked).
        public var gap: Int { demand - talents }
    }

    /// One occupation across chains, with its training pipeline.
    public struct Row: Sendable, Equatable {
        public var occupationCode: String
        public var cells: [Cell]
        /// Talents of the occupation not employed in a key chain.
        public var unattached: Int
        public var unattachedQualified: Int
        /// Enrolled in (not yet finished) and completed training for the occupation this year.
        public var inTraining: Int
        public var trained: Int
        /// Training programmes for the occupation still open to enrolment.
        public var openPrograms: Int

        public init(
            occupationCode: String, cells: [Cell], unattached: Int = 0, unattachedQualified: Int = 0,
            inTraining: Int = 0, trained: Int = 0, openPrograms: Int = 0
        ) {
            (self.occupationCode, self.cells, self.unattached, self.unattachedQualified) = (
                occupationCode, cells, unattached, unattachedQualified
            )
            (self.inTraining, self.trained, self.openPrograms) = (inTraining, trained, openPrograms)
        }

        public var catalogue: Int { cells.reduce(0) { $0 + $1.catalogue } }
        public var posts: Int { cells.reduce(0) { $0 + $1.posts } }
        public var demand: Int { catalogue + posts }
        public var supply: Int { cells.reduce(unattached) { $0 + $1.talents } }
        public var qualified: Int { cells.reduce(unattachedQualified) { $0 + $1.qualified } }
        /// Demand the whole pool of the occupation does not cover (negative: a surplus).
        public var gap: Int { demand - supply }

        public func cell(_ chain: String) -> Cell? { cells.first { $0.chainCode == chain } }
    }

    /// What the map suggests doing about one occupation.
    public enum Suggestion: Sendable, Equatable {
        /// Demand exceeds supply and no programme is open for it: open one.
        case openProgram(occupation: String, demand: Int, supply: Int, inTraining: Int)
        /// Demand exceeds supply, training is under way but less than the gap.
        case trainMore(occupation: String, gap: Int, inTraining: Int)
        /// Plenty of talents but few qualified: certify them.
        case certify(occupation: String, supply: Int, qualified: Int)
    }

    /// The suggestions for `rows`, the largest gaps first: an occupation in short supply
    /// gets "open a programme" when none is open, "train more" when the people in training
    /// do not cover the gap; one with enough talents of whom fewer than `certifiedShare`
    /// hold a certificate or level gets "certify".
    public static func suggestions(_ rows: [Row], certifiedShare: Double = 0.2) -> [Suggestion] {
        var found: [(weight: Int, suggestion: Suggestion)] = []
        for row in rows {
            if row.gap > 0, row.openPrograms == 0 {
                found.append(
                    (
                        row.gap,
                        .openProgram(
                            occupation: row.occupationCode, demand: row.demand, supply: row.supply,
                            inTraining: row.inTraining)
                    ))
            } else if row.gap > 0, row.inTraining < row.gap {
                found.append(
                    (
                        row.gap - row.inTraining,
                        .trainMore(occupation: row.occupationCode, gap: row.gap, inTraining: row.inTraining)
                    ))
            } else if row.demand > 0, row.supply >= row.demand,
                Double(row.qualified) < Double(row.supply) * certifiedShare
            {
                found.append(
                    (0, .certify(occupation: row.occupationCode, supply: row.supply, qualified: row.qualified)))
            }
        }
        return found.sorted { $0.weight > $1.weight }.map(\.suggestion)
    }

    /// How the table may be ordered.
    public enum Order: String, Sendable, CaseIterable {
        case gap, demand, supply, occupation
    }

    public static func sorted(_ rows: [Row], by order: Order) -> [Row] {
        rows.sorted { a, b in
            switch order {
            case .gap: (a.gap, b.occupationCode) > (b.gap, a.occupationCode)
            case .demand: (a.demand, b.occupationCode) > (b.demand, a.occupationCode)
            case .supply: (a.supply, b.occupationCode) > (b.supply, a.occupationCode)
            case .occupation: a.occupationCode < b.occupationCode
            }
        }
    }
}
