/// Decoder of raw DEFLATE streams (RFC 1951), the compression of ZIP method 8 and so of
/// almost every part of an `.xlsx` file. Written here because no zlib binding is
/// available to the project; it decodes all three block kinds and checks what a damaged
/// or hostile stream could get wrong (reserved codes, distances before the start,
/// over-subscribed codes, truncation), throwing instead of trapping.
enum Inflate {
    /// The bytes that `input` (a raw stream: no zlib or gzip wrapper) decompresses to.
    /// - Parameters:
    ///   - maxOutput: more output than this throws `.tooLarge`, so a few kilobytes that
    ///     expand to gigabytes (a "zip bomb") cost no more than this much memory.
    ///   - expectedSize: the size the container declares, used only to allocate once.
    static func decompress(
        _ input: ArraySlice<UInt8>, maxOutput: Int, expectedSize: Int = 0
    ) throws(XLSXError) -> [UInt8] {
        let capacity = min(maxOutput, max(expectedSize, input.count * 4, 4096))
        var output = InflateOutput(capacity: capacity, limit: maxOutput)
        defer { output.deallocate() }
        try input.withUnsafeBufferPointer { (input) throws(XLSXError) in
            var stream = InflateStream(input: input)
            try stream.inflate(into: &output)
        }
        return output.bytes
    }
}

/// The decoding state of one stream: a little-endian bit reader (RFC 1951 §3.1.1 packs
/// data elements starting from the least significant bit) and the block loop.
private struct InflateStream {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Bits read ahead from `input`, the next one in bit 0.
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    /// Zero bits appended to `bitBuffer` after the input ran out, so that decoding never
    /// checks for the end per bit; consuming any of them means the stream was truncated.
    private var paddingBits = 0

    init(input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// RFC 1951 §3.2.3: blocks follow one another until the one whose BFINAL bit is set.
    mutating func inflate(into output: inout InflateOutput) throws(XLSXError) {
        var isFinal = false
        while !isFinal {
            isFinal = try bits(1) == 1
            switch try bits(2) {
            case 0: try copyStoredBlock(into: &output)
            case 1:
                try decodeBlock(
                    literals: HuffmanCode.fixedLiterals, distances: HuffmanCode.fixedDistances, into: &output)
            case 2:
                let (literals, distances) = try readDynamicCodes()
                try decodeBlock(literals: literals, distances: distances, into: &output)
            default: throw .corrupt("deflate: reserved block type")
            }
        }
        try checkNotTruncated()
    }

    // MARK: Bits

    private mutating func refill() throws(XLSXError) {
        try checkNotTruncated()
        while bitCount <= 56 {
            if position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
            } else {
                paddingBits += 8
            }
            bitCount += 8
        }
    }

    private func checkNotTruncated() throws(XLSXError) {
        if bitCount < paddingBits { throw .corrupt("deflate: stream is truncated") }
    }

    /// The next `count` (at most 32) bits as a number, first bit least significant.
    private mutating func bits(_ count: Int) throws(XLSXError) -> Int {
        if bitCount < count { try refill() }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    /// One symbol of `code`. Codes up to `HuffmanCode.fastBits` long, nearly all of them
    /// in practice, take one table lookup; longer ones are walked bit by bit.
    private mutating func symbol(_ code: HuffmanCode) throws(XLSXError) -> Int {
        if bitCount < HuffmanCode.maxBits { try refill() }
        let entry = code.fast[Int(bitBuffer & UInt64(HuffmanCode.fastMask))]
        if entry != 0 {
            let length = Int(entry >> 9)
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry & 0x1FF)
        }
        // Canonical decoding (RFC 1951 §3.2.2): codes of each length are consecutive
        // integers, so the code read so far is compared with each length's range. Huffman
        // codes are packed most significant bit first (§3.1.1), hence the bit order.
        var codeSoFar = 0
        var first = 0
        var index = 0
        for length in 1...HuffmanCode.maxBits {
            codeSoFar |= Int((bitBuffer >> UInt64(length - 1)) & 1)
            let count = code.counts[length]
            if codeSoFar - first < count {
                bitBuffer >>= UInt64(length)
                bitCount -= length
                return Int(code.symbols[index + codeSoFar - first])
            }
            index += count
            first = (first + count) << 1
            codeSoFar <<= 1
        }
        throw .corrupt("deflate: invalid Huffman code")
    }

    // MARK: Blocks

    /// RFC 1951 §3.2.4: after the header bits, skip to a byte boundary; LEN, then its one's
    /// complement NLEN, then LEN literal bytes.
    private mutating func copyStoredBlock(into output: inout InflateOutput) throws(XLSXError) {
        _ = try bits(bitCount % 8)
        let length = try bits(16)
        guard try bits(16) == length ^ 0xFFFF else { throw .corrupt("deflate: stored block length check failed") }
        try checkNotTruncated()
        // The whole bytes still in the bit buffer are the start of the block: give them back.
        position -= (bitCount - paddingBits) / 8
        (bitBuffer, bitCount, paddingBits) = (0, 0, 0)
        guard length <= input.count - position else { throw .corrupt("deflate: stream is truncated") }
        try output.append(UnsafeBufferPointer(rebasing: input[position..<(position + length)]))
        position += length
    }

    /// RFC 1951 §3.2.5: literal bytes, an end-of-block symbol, and <length, distance>
    /// pairs that repeat earlier output.
    private mutating func decodeBlock(
        literals: HuffmanCode, distances: HuffmanCode, into output: inout InflateOutput
    ) throws(XLSXError) {
        while true {
            let symbol = try symbol(literals)
            if symbol < 256 {
                try output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < DeflateTables.lengthBase.count else { throw .corrupt("deflate: invalid length code") }
            let length = DeflateTables.lengthBase[lengthCode] + (try bits(DeflateTables.lengthExtraBits[lengthCode]))
            let distanceCode = try self.symbol(distances)
            guard distanceCode < DeflateTables.distanceBase.count else {
                throw .corrupt("deflate: invalid distance code")
            }
            let distance =
                DeflateTables.distanceBase[distanceCode] + (try bits(DeflateTables.distanceExtraBits[distanceCode]))
            try output.repeatEarlier(distance: distance, length: length)
        }
    }

    /// RFC 1951 §3.2.7: the code lengths of both codes, themselves Huffman-coded with a
    /// code-length code whose lengths come first, in a fixed permuted order.
    private mutating func readDynamicCodes() throws(XLSXError) -> (literals: HuffmanCode, distances: HuffmanCode) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .corrupt("deflate: too many codes") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in DeflateTables.codeLengthOrder.prefix(codeLengthCount) {
            codeLengthLengths[index] = UInt8(try bits(3))
        }
        let codeLengthCode = try HuffmanCode(lengths: codeLengthLengths[...])

        var lengths = [UInt8]()
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try symbol(codeLengthCode)
            let (value, repeats): (UInt8, Int)
            switch symbol {
            case 0...15: (value, repeats) = (UInt8(symbol), 1)
            case 16:
                guard let previous = lengths.last else { throw .corrupt("deflate: repeat with no previous length") }
                (value, repeats) = (previous, 3 + (try bits(2)))
            case 17: (value, repeats) = (0, 3 + (try bits(3)))
            default: (value, repeats) = (0, 11 + (try bits(7)))
            }
            guard lengths.count + repeats <= literalCount + distanceCount else {
                throw .corrupt("deflate: code lengths overflow")
            }
            lengths.append(contentsOf: repeatElement(value, count: repeats))
        }
        guard lengths[256] != 0 else { throw .corrupt("deflate: no end-of-block code") }
        return (
            try HuffmanCode(lengths: lengths[..<literalCount]),
            try HuffmanCode(lengths: lengths[literalCount...])
        )
    }
}

/// A canonical Huffman code (RFC 1951 §3.2.2) given by the code length of each symbol.
private struct HuffmanCode {
    static let maxBits = 15
    /// Codes this long or shorter decode with one lookup in `fast`. 2^10 entries cost
    /// little to build per dynamic block and cover the common literals.
    static let fastBits = 10
    static let fastMask = (1 << fastBits) - 1

    /// Indexed by the next `fastBits` input bits: `length << 9 | symbol` of the code they
    /// start with, or 0 when that code is longer than `fastBits`.
    let fast: [UInt16]
    /// How many codes have each length, 0...maxBits.
    let counts: [Int]
    /// Symbols ordered by code length, then by value: the canonical code order.
    let symbols: [UInt16]

    /// Throws for an over-subscribed set of lengths (more codes than bits can tell apart).
    /// Incomplete sets are allowed: §3.2.7 permits a single one-bit distance code, and an
    /// unused bit pattern throws only if it occurs.
    init(lengths: ArraySlice<UInt8>) throws(XLSXError) {
        var counts = [Int](repeating: 0, count: Self.maxBits + 1)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var unused = 1
        for length in 1...Self.maxBits {
            unused = (unused << 1) - counts[length]
            guard unused >= 0 else { throw .corrupt("deflate: over-subscribed Huffman code") }
        }

        // §3.2.2 step 2: the first code of each length.
        var nextCode = [Int](repeating: 0, count: Self.maxBits + 1)
        var offsets = [Int](repeating: 0, count: Self.maxBits + 1)
        for length in 1...Self.maxBits {
            nextCode[length] = (nextCode[length - 1] + counts[length - 1]) << 1
            offsets[length] = offsets[length - 1] + counts[length - 1]
        }
        var symbols = [UInt16](repeating: 0, count: offsets[Self.maxBits] + counts[Self.maxBits])
        var fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
        for (symbol, length) in zip(0..., lengths.lazy.map(Int.init)) where length != 0 {
            symbols[offsets[length]] = UInt16(symbol)
            offsets[length] += 1
            // §3.2.2 step 3: consecutive codes in symbol order within a length.
            let code = nextCode[length]
            nextCode[length] += 1
            guard length <= Self.fastBits else { continue }
            // Input bits arrive least significant first, so the table is indexed by the
            // code reversed, with every value of the bits beyond it.
            let reversed = Self.reverse(code, bits: length)
            let entry = UInt16(length << 9 | symbol)
            for index in stride(from: reversed, to: fast.count, by: 1 << length) { fast[index] = entry }
        }
        (self.fast, self.counts, self.symbols) = (fast, counts, symbols)
    }

    private static func reverse(_ code: Int, bits: Int) -> Int {
        (0..<bits).reduce(0) { reversed, bit in reversed << 1 | (code >> bit) & 1 }
    }

    /// §3.2.6: the fixed code of block type 1. The lengths are a valid set, hence `try!`.
    static let fixedLiterals = try! HuffmanCode(
        lengths: ([UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))[...])
    static let fixedDistances = try! HuffmanCode(lengths: [UInt8](repeating: 5, count: 30)[...])
}

/// RFC 1951 §3.2.5 and §3.2.7 constants.
private enum DeflateTables {
    /// Length symbols 257...285: base length and number of extra bits.
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    /// Distance symbols 0...29: base distance and number of extra bits.
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
        7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which the code-length code's lengths are sent.
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
}

/// The growing output, in manually managed memory: appending to an `Array` byte by byte
/// pays for uniqueness and capacity checks that dominate inflating. It never grows
/// beyond `limit`, which is what makes the zip-bomb guard hold.
private struct InflateOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let limit: Int

    init(capacity: Int, limit: Int) {
        (self.base, self.capacity, self.limit) = (.allocate(capacity: capacity), capacity, limit)
    }

    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deallocate() }

    private mutating func reserve(_ extra: Int) throws(XLSXError) {
        guard count + extra > capacity else { return }
        guard count + extra <= limit else { throw .tooLarge }
        let newCapacity = min(limit, max(capacity * 2, count + extra))
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        (base, capacity) = (newBase, newCapacity)
    }

    mutating func append(_ byte: UInt8) throws(XLSXError) {
        try reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(XLSXError) {
        try reserve(bytes.count)
        if let source = bytes.baseAddress { (base + count).initialize(from: source, count: bytes.count) }
        count += bytes.count
    }

    /// RFC 1951 §3.2.3: copy `length` bytes starting `distance` back. The two ranges may
    /// overlap (distance < length), which repeats the last `distance` bytes, so the
    /// overlapping case copies forward one byte at a time.
    mutating func repeatEarlier(distance: Int, length: Int) throws(XLSXError) {
        guard distance <= count else { throw .corrupt("deflate: distance before start of output") }
        try reserve(length)
        let target = base + count
        let source = target - distance
        if distance >= length {
            target.initialize(from: source, count: length)
        } else {
            for offset in 0..<length { target[offset] = source[offset] }
        }
        count += length
    }
}
