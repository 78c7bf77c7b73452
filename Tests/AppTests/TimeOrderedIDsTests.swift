import Foundation
import SiteKit
import Testing

@Suite("Time-ordered ids for bulk writes")
struct TimeOrderedIDsTests {
    @Test func idsSortInTheOrderTheyWereMadeAsTextAndAsBytes() {
        var ids = TimeOrderedIDs(now: Date(timeIntervalSince1970: 1_796_000_000))
        let made = (0..<2_000).map { _ in ids.next() }
        let text = made.map(\.uuidString)
        #expect(text == text.sorted())
        #expect(Set(made).count == made.count)
        // RFC 9562: version 7, variant 10, the milliseconds first.
        for id in made.prefix(50) {
            #expect(id.uuid.6 >> 4 == 7)
            #expect(id.uuid.8 >> 6 == 0b10)
        }
        #expect(text[0].replacingOccurrences(of: "-", with: "").prefix(12) == "01A229F12800")
    }

    @Test func twoGeneratorsInTheSameMillisecondMakeDifferentIDs() {
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        var first = TimeOrderedIDs(now: now)
        var second = TimeOrderedIDs(now: now)
        let a = Set((0..<1_000).map { _ in first.next() })
        let b = Set((0..<1_000).map { _ in second.next() })
        #expect(a.isDisjoint(with: b))
    }

    @Test func aLaterGeneratorsIDsSortAfterAnEarlierOnes() {
        var earlier = TimeOrderedIDs(now: Date(timeIntervalSince1970: 1_796_000_000))
        var later = TimeOrderedIDs(now: Date(timeIntervalSince1970: 1_796_000_000.002))
        let last = (0..<1_000).map { _ in earlier.next() }.last!
        #expect(later.next().uuidString > last.uuidString)
    }
}
