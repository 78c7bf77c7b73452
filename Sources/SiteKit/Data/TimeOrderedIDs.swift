import Foundation

/// Version 7 UUIDs (RFC 9562) for rows written in bulk: 48 bits of milliseconds since
/// 1970, then bits fixed for this generator, then a counter. The ids one generator makes
/// sort in the order it made them — as numbers and as the upper-case text SQLite stores —
/// so a bulk insert appends to its primary-key index instead of writing at a random
/// place for every row. Foundation's `UUID()` also opens `/dev/urandom` for each id on
/// Linux, a thirtieth of an import's time; this takes randomness once per generator.
package struct TimeOrderedIDs: Sendable {
    /// Milliseconds, version and the generator's 12 random bits: bytes 0–7.
    private let high: UInt64
    /// The variant (`10`) and a counter that starts at a random value: bytes 8–15.
    private var low: UInt64

    package init(now: Date) {
        var random = SystemRandomNumberGenerator()
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        high = milliseconds << 16 | 0x7000 | (random.next() & 0x0FFF)
        // Half the counter's range is left above the start, so it never runs into the variant.
        low = random.next() & 0x1FFF_FFFF_FFFF_FFFF
    }

    package mutating func next() -> UUID {
        low += 1
        let low = self.low | 0x8000_0000_0000_0000
        func byte(_ word: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: word >> (56 - 8 * index)) }
        return UUID(
            uuid: (
                byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5),
                byte(high, 6), byte(high, 7), byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4),
                byte(low, 5), byte(low, 6), byte(low, 7)
            ))
    }
}
