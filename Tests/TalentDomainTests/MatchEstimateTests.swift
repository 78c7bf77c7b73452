import TalentDomain
import Testing

@Suite("Match estimates: slices of the key range, scaled samples, rounded for people")
struct MatchEstimateTests {
    @Test func theKeyRangeIsCutIntoEqualSlicesNewestFirst() {
        #expect(
            MatchEstimate.slices(lowest: 1, highest: 100, count: 4) == [
                .init(above: 75, through: 100), .init(above: 50, through: 75), .init(above: 25, through: 50),
                .init(above: 0, through: 25),
            ])
        // 10 keys in 4 slices of 3: the last holds the one key left.
        #expect(
            MatchEstimate.slices(lowest: 11, highest: 20, count: 4) == [
                .init(above: 17, through: 20), .init(above: 14, through: 17), .init(above: 11, through: 14),
                .init(above: 10, through: 11),
            ])
        #expect(MatchEstimate.slices(lowest: 5, highest: 5, count: 4) == [.init(above: 4, through: 5)])
        #expect(MatchEstimate.slices(lowest: 5, highest: 4, count: 4).isEmpty)
    }

    @Test func aSliceThatRunsOutIsCountedAndAFullOneIsScaledByTheKeysWalked() {
        let newest = MatchEstimate.Slice(above: 1_000, through: 2_000)
        let oldest = MatchEstimate.Slice(above: 0, through: 1_000)
        // 4 matches walking 2000 … 1801 (200 keys) of 1,000: 4 × 1000 / 200 = 20; plus 3 counted.
        let estimate = MatchEstimate.combine(
            [(newest, nil, [2_000, 1_950, 1_900, 1_801]), (oldest, nil, [900, 500, 7])], sample: 4)
        #expect(estimate == MatchEstimate(total: 23, isExact: false))
        // Every slice ran out: a count.
        #expect(
            MatchEstimate.combine([(newest, nil, [1_500]), (oldest, nil, [900, 7])], sample: 4)
                == MatchEstimate(total: 3, isExact: true))
        // Only the newest 250 keys of the oldest slice were searched: its 2 matches there
        // stand for 2 × 1000 / 250 = 8, and the total is no longer a count.
        let part = MatchEstimate.Slice(above: 750, through: 1_000)
        #expect(
            MatchEstimate.combine([(newest, nil, [1_500]), (oldest, part, [900, 800])], sample: 4)
                == MatchEstimate(total: 9, isExact: false))
        // A walk that covered the whole slice is still a count.
        #expect(
            MatchEstimate.combine([(oldest, oldest, [900, 800])], sample: 4) == MatchEstimate(total: 2, isExact: true))
        #expect(MatchEstimate.combine([], sample: 4) == MatchEstimate(total: 0, isExact: true))
    }

    @Test(arguments: [
        (7, 7), (99, 99), (100, 100), (1_234, 1_200), (1_250, 1_300), (12_345, 12_000), (123_456, 120_000),
        (1_950_000, 2_000_000),
    ])
    func estimatesAreRoundedToTwoSignificantFigures(value: Int, rounded: Int) {
        #expect(MatchEstimate.rounded(value) == rounded)
    }

    @Test(arguments: [
        (3_456, "3,500"), (9_960, "1 万"), (12_345, "1.2 万"), (203_000, "20 万"), (1_480_000, "150 万"),
    ])
    func chineseEstimatesCountInTenThousands(value: Int, text: String) {
        #expect(MatchEstimate.chinese(value) == text)
    }

    @Test func digitsAreGroupedInThrees() {
        #expect(MatchEstimate.grouped(0) == "0")
        #expect(MatchEstimate.grouped(999) == "999")
        #expect(MatchEstimate.grouped(1_000) == "1,000")
        #expect(MatchEstimate.grouped(1_234_567) == "1,234,567")
    }
}
