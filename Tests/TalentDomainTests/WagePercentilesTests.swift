import Testing

@testable import TalentDomain

/// 工资价位 (M9): the percentile method against values computed by hand (and by Excel's
/// PERCENTILE.INC), ties, rounding to the fen, and the disclosure rule exactly at its
/// thresholds of 5 enterprises and 10 employees.
@Suite("Wage price information: percentiles and disclosure")
struct WagePercentilesTests {
    static func p(_ values: [Int64]) -> [Int64] { WagePercentiles(sorted: values.sorted())!.all.map(\.fen) }

    @Test func percentilesInterpolateLinearlyAsExcelsPercentileInc() {
        // PERCENTILE.INC({1…10}, k) = 1.9, 3.25, 5.5, 7.75, 9.1 — here in hundreds of fen
        #expect(Self.p((1...10).map { Int64($0) * 100 }) == [190, 325, 550, 775, 910])
        // five values: positions 0.4, 1, 2, 3, 3.6 from the first
        #expect(Self.p([100, 200, 300, 400, 500]) == [140, 200, 300, 400, 460])
    }

    @Test func tiesAndASingleEmployee() {
        #expect(Self.p([5, 5, 5, 5, 10]) == [5, 5, 5, 5, 8])
        #expect(Self.p([1_234_567]) == Array(repeating: 1_234_567, count: 5))
        #expect(WagePercentiles(sorted: []) == nil)
    }

    @Test func aHalfFenRoundsUp() {
        // between 0 and 1 fen: 0.1 → 0, 0.25 → 0, 0.5 → 1, 0.75 → 1, 0.9 → 1
        #expect(Self.p([0, 1]) == [0, 0, 1, 1, 1])
        // 0.5 of the way from 10 to 13 is 11.5 → 12
        #expect(WagePercentiles.percentile(50, ofSorted: [10, 13]) == 12)
    }

    @Test func aCellIsShownFromFiveEnterprisesAndTenEmployees() {
        let rule = WageDisclosure.standard
        #expect(rule.allows(employers: 5, employees: 10))
        #expect(!rule.allows(employers: 4, employees: 10))
        #expect(!rule.allows(employers: 5, employees: 9))
        #expect(!rule.allows(employers: 4, employees: 100))
    }

    @Test func tabulationMakesOccupationLevelAndChainCellsAndSuppressesSmallOnes() {
        var employees = WageTabulation.Table()
        for employer in 1...5 {
            for pay in [100_000, 200_000] as [Int64] {
                employees.append(
                    employer: employer, occupationCode: "2-02-38-03", skillLevel: employer == 1 ? .technician : nil,
                    chainCode: employer <= 4 ? "next-gen-it" : nil, annualPay: pay * Int64(employer))
            }
        }
        let cells = WageTabulation.cells(employees)
        let overall = cells.first { $0.dimension == .occupation }!
        #expect(overall.employers == 5 && overall.employees == 10 && !overall.isSuppressed)
        #expect(overall.percentiles?.p50 == Money(fen: 400_000))
        // four employers in the chain, one at the level: both suppressed, counts kept
        let chain = cells.first { $0.dimension == .chain }!
        #expect(chain.employers == 4 && chain.employees == 8 && chain.isSuppressed)
        let level = cells.first { $0.dimension == .level }!
        #expect(level.skillLevel == .technician && level.employees == 2 && level.isSuppressed)
        #expect(cells.count == 3)
    }
}
