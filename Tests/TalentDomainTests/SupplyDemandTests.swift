import Foundation
import Testing

@testable import TalentDomain

/// 供需图谱 (issue 18): an occupation's demand (catalogue + open posts) against its supply
/// (the chains' talents and those employed in no key chain), the gap between them, what
/// the map suggests and how its table is ordered — every figure worked out by hand.
@Suite("Supply and demand: sums, gaps, suggestions, order")
struct SupplyDemandTests {
    typealias Row = SupplyDemand.Row
    typealias Cell = SupplyDemand.Cell

    /// 2-02-38-03 大数据: 5 in the catalogue and 3 in posts in next-gen-it, where 2 talents
    /// work (1 qualified); 2 in the catalogue in artificial-intelligence, where none work;
    /// 2 talents employed in no key chain (1 qualified).
    static let bigData = Row(
        occupationCode: "2-02-38-03",
        cells: [
            Cell(chainCode: "artificial-intelligence", catalogue: 2),
            Cell(chainCode: "next-gen-it", catalogue: 5, posts: 3, talents: 2, qualified: 1),
        ],
        unattached: 2, unattachedQualified: 1)

    /// A row whose demand sits in one chain and whose supply is all unattached, so that
    /// demand, supply and gap can be read off its arguments.
    static func row(
        _ code: String, demand: Int, supply: Int, qualified: Int = 0, inTraining: Int = 0, openPrograms: Int = 0
    ) -> Row {
        Row(
            occupationCode: code, cells: [Cell(chainCode: "next-gen-it", catalogue: demand)], unattached: supply,
            unattachedQualified: qualified, inTraining: inTraining, openPrograms: openPrograms)
    }

    // MARK: - Cells and rows

    @Test func aCellsDemandIsCatalogueAndPostsAndItsGapWhatTheChainsOwnTalentsLeave() {
        let cell = Cell(chainCode: "next-gen-it", catalogue: 5, posts: 3, talents: 2, qualified: 1)
        #expect(cell.demand == 8)
        #expect(cell.gap == 6, "8 asked − 2 in the chain")

        let crowded = Cell(chainCode: "next-gen-it", catalogue: 2, posts: 1, talents: 10)
        #expect(crowded.demand == 3 && crowded.gap == -7, "more talents than asked: a negative gap")

        let empty = Cell(chainCode: "modern-marine")
        #expect(empty.catalogue == 0 && empty.posts == 0 && empty.talents == 0 && empty.qualified == 0)
        #expect(empty.demand == 0 && empty.gap == 0)
    }

    @Test func aRowAddsItsCellsAndCountsTheUnattachedInSupplyAndGapButInNoCell() {
        let row = Self.bigData
        #expect(row.catalogue == 7, "5 + 2")
        #expect(row.posts == 3)
        #expect(row.demand == 10, "7 + 3")
        #expect(row.supply == 4, "2 in next-gen-it + 2 unattached")
        #expect(row.qualified == 2, "1 in next-gen-it + 1 unattached")
        #expect(row.gap == 6, "10 − 4")
        // the cells know nothing of the unattached: their gaps add up to more than the row's
        #expect(row.cells.map(\.gap) == [2, 6])
        #expect(row.cells.reduce(0) { $0 + $1.gap } == 8)
        #expect(row.cells.reduce(0) { $0 + $1.talents } == 2)

        #expect(row.cell("next-gen-it")?.talents == 2)
        #expect(row.cell("artificial-intelligence")?.demand == 2)
        #expect(row.cell("modern-marine") == nil)
    }

    @Test func aRowWithoutCellsIsItsUnattachedTalentsAndItsTraining() {
        let row = Row(
            occupationCode: "2-02-38-04", cells: [], unattached: 3, unattachedQualified: 1, inTraining: 4, trained: 2,
            openPrograms: 1)
        #expect(row.catalogue == 0 && row.posts == 0 && row.demand == 0)
        #expect(row.supply == 3 && row.qualified == 1)
        #expect(row.gap == -3, "a surplus of 3")
        #expect(row.inTraining == 4 && row.trained == 2 && row.openPrograms == 1)
    }

    // MARK: - Suggestions

    @Test func aShortageWithNoOpenProgrammeSuggestsOpeningOne() {
        #expect(
            SupplyDemand.suggestions([Self.bigData]) == [
                .openProgram(occupation: "2-02-38-03", demand: 10, supply: 4, inTraining: 0)
            ])
        // people still in training do not stop it while no programme is open
        let trained = Self.row("2-02-38-04", demand: 9, supply: 2, inTraining: 3)
        #expect(
            SupplyDemand.suggestions([trained]) == [
                .openProgram(occupation: "2-02-38-04", demand: 9, supply: 2, inTraining: 3)
            ])
    }

    @Test func aShortageWithAnOpenProgrammeTooSmallForTheGapSuggestsTrainingMore() {
        var row = Self.bigData
        row.openPrograms = 1
        row.inTraining = 2
        #expect(SupplyDemand.suggestions([row]) == [.trainMore(occupation: "2-02-38-03", gap: 6, inTraining: 2)])
        row.inTraining = 5
        #expect(SupplyDemand.suggestions([row]) == [.trainMore(occupation: "2-02-38-03", gap: 6, inTraining: 5)])
    }

    @Test func trainingThatCoversTheGapSuggestsNothing() {
        var row = Self.bigData
        row.openPrograms = 2
        row.inTraining = 6
        #expect(SupplyDemand.suggestions([row]).isEmpty, "6 in training for a gap of 6")
        row.inTraining = 9
        #expect(SupplyDemand.suggestions([row]).isEmpty)
    }

    @Test func enoughTalentsOfWhomFewerThanAFifthAreQualifiedSuggestCertifying() {
        // supply 10 ≥ demand 10; 20% of 10 is 2
        #expect(
            SupplyDemand.suggestions([Self.row("2-02-38-03", demand: 10, supply: 10, qualified: 1)]) == [
                .certify(occupation: "2-02-38-03", supply: 10, qualified: 1)
            ])
        #expect(
            SupplyDemand.suggestions([Self.row("2-02-38-03", demand: 10, supply: 10, qualified: 2)]).isEmpty,
            "exactly a fifth is enough")
        // a surplus: 20% of 12 is 2.4, so 2 is too few
        #expect(
            SupplyDemand.suggestions([Self.row("2-02-38-03", demand: 10, supply: 12, qualified: 2)]) == [
                .certify(occupation: "2-02-38-03", supply: 12, qualified: 2)
            ])
        #expect(SupplyDemand.suggestions([Self.row("2-02-38-03", demand: 10, supply: 12, qualified: 3)]).isEmpty)
        // the share is a parameter
        let half = Self.row("2-02-38-03", demand: 4, supply: 10, qualified: 4)
        #expect(SupplyDemand.suggestions([half]).isEmpty)
        #expect(
            SupplyDemand.suggestions([half], certifiedShare: 0.5) == [
                .certify(occupation: "2-02-38-03", supply: 10, qualified: 4)
            ])
    }

    @Test func noDemandOrNoShortageAndEnoughQualifiedSuggestNothing() {
        // talents nobody asks for: nothing to certify them for
        #expect(SupplyDemand.suggestions([Self.row("2-02-38-04", demand: 0, supply: 5)]).isEmpty)
        // supply just meets demand, a gap of 0: no programme asked for, and half are qualified
        #expect(SupplyDemand.suggestions([Self.row("2-02-38-04", demand: 6, supply: 6, qualified: 3)]).isEmpty)
        // a gap of 0 with nobody qualified is a certify, not an open-programme
        #expect(
            SupplyDemand.suggestions([Self.row("2-02-38-04", demand: 6, supply: 6)]) == [
                .certify(occupation: "2-02-38-04", supply: 6, qualified: 0)
            ])
        #expect(SupplyDemand.suggestions([]).isEmpty)
    }

    @Test func suggestionsComeLargestFirstByGapOrTheGapTrainingLeavesAndCertifyingLast() {
        let rows = [
            // certify: weight 0
            Self.row("1-certify", demand: 5, supply: 20),
            // open a programme: weight its gap, 3
            Self.row("2-open-small", demand: 5, supply: 2),
            // train more: weight the gap less those in training, 10 − 4 = 6
            Self.row("3-train", demand: 12, supply: 2, inTraining: 4, openPrograms: 1),
            // open a programme: weight 8
            Self.row("4-open-large", demand: 9, supply: 1),
            // covered: none
            Self.row("5-covered", demand: 9, supply: 1, inTraining: 8, openPrograms: 1),
        ]
        #expect(
            SupplyDemand.suggestions(rows) == [
                .openProgram(occupation: "4-open-large", demand: 9, supply: 1, inTraining: 0),
                .trainMore(occupation: "3-train", gap: 10, inTraining: 4),
                .openProgram(occupation: "2-open-small", demand: 5, supply: 2, inTraining: 0),
                .certify(occupation: "1-certify", supply: 20, qualified: 0),
            ])
    }

    // MARK: - Order

    /// gap / demand / supply: A 6 / 10 / 4, B −6 / 3 / 9, C 9 / 10 / 1, D −7 / 2 / 9.
    static let orderRows = [
        SupplyDemandTests.row("2-02-38-03", demand: 10, supply: 4),  // A
        SupplyDemandTests.row("2-02-10-01", demand: 3, supply: 9),  // B
        SupplyDemandTests.row("4-04-05-01", demand: 10, supply: 1),  // C
        SupplyDemandTests.row("2-02-38-04", demand: 2, supply: 9),  // D
    ]

    static func codes(_ order: SupplyDemand.Order) -> [String] {
        SupplyDemand.sorted(orderRows, by: order).map(\.occupationCode)
    }

    @Test func theTableIsOrderedLargestFirstWithTiesByOccupationCode() {
        #expect(Self.codes(.gap) == ["4-04-05-01", "2-02-38-03", "2-02-10-01", "2-02-38-04"], "9, 6, −6, −7")
        // A and C both ask for 10: the lower code first
        #expect(Self.codes(.demand) == ["2-02-38-03", "4-04-05-01", "2-02-10-01", "2-02-38-04"], "10, 10, 3, 2")
        // B and D both have 9: the lower code first
        #expect(Self.codes(.supply) == ["2-02-10-01", "2-02-38-04", "2-02-38-03", "4-04-05-01"], "9, 9, 4, 1")
        #expect(Self.codes(.occupation) == ["2-02-10-01", "2-02-38-03", "2-02-38-04", "4-04-05-01"])
    }

    @Test func equalGapsAreOrderedByCodeWhateverOrderTheyCameIn() {
        let rows = [
            Self.row("4-04-05-01", demand: 5, supply: 2), Self.row("2-02-38-03", demand: 4, supply: 1),
            Self.row("2-02-10-01", demand: 3, supply: 0),
        ]
        for permutation in [rows, Array(rows.reversed()), [rows[1], rows[2], rows[0]]] {
            #expect(
                SupplyDemand.sorted(permutation, by: .gap).map(\.occupationCode) == [
                    "2-02-10-01", "2-02-38-03", "4-04-05-01",
                ])
        }
    }

    @Test func theOrdersAreNamedAsTheQueryStringNamesThem() {
        #expect(SupplyDemand.Order.allCases.map(\.rawValue) == ["gap", "demand", "supply", "occupation"])
        #expect(SupplyDemand.Order(rawValue: "demand") == .demand)
        #expect(SupplyDemand.Order(rawValue: "Gap") == nil)
        #expect(SupplyDemand.sorted([], by: .gap).isEmpty)
    }
}
