import TalentDomain

/// A keyed bijection of `0..<size` onto itself: it turns record indices 0, 1, 2, … into
/// distinct but scattered values, so identifiers derived from them are unique by
/// construction (no set of used values to keep) yet do not count up visibly.
///
/// Each round is invertible on `bits`-bit words — adding the key, multiplying by an odd
/// constant modulo 2^bits, xor with a right shift — so together they permute
/// `0..<2^bits`. Values that land at or above `size` are permuted again (cycle walking):
/// the cycle through a value below `size` must come back below `size`, so this restricts
/// the permutation to `0..<size` and stays a bijection.
struct IndexPermutation: Sendable {
    let size: Int
    private let bits: Int
    private let mask: UInt64
    private let key: UInt64

    init(size: Int, key: UInt64) {
        precondition(size > 1, "size must be at least 2")
        self.size = size
        bits = Int.bitWidth - (size - 1).leadingZeroBitCount
        mask = (1 << UInt64(bits)) - 1
        self.key = key
    }

    func callAsFunction(_ index: Int) -> Int {
        precondition((0..<size).contains(index), "index \(index) outside 0..<\(size)")
        var value = UInt64(index)
        repeat {
            value = scramble(value)
        } while value >= UInt64(size)
        return Int(value)
    }

    private func scramble(_ input: UInt64) -> UInt64 {
        let shift = UInt64(bits / 2 + 1)
        var value = (input &+ key) & mask
        value = (value &* 0x9E37_79B9_7F4A_7C15) & mask
        value ^= value >> shift
        value = (value &* 0xBF58_476D_1CE4_E5B9) & mask
        value ^= value >> shift
        return value
    }
}
