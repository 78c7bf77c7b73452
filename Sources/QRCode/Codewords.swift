/// The final message: byte-mode data with terminator and pad codewords, split into blocks, each block's
/// Reed–Solomon codewords appended, the data and then the error correction interleaved block by block.
func codewords(of bytes: [UInt8], version: Int, correction: QRErrorCorrection) -> [UInt8] {
    let layout = BlockLayout(version: version, correction: correction)
    let data = dataCodewords(of: bytes, version: version, capacity: layout.dataCodewords)

    // Where the codewords do not divide evenly, the last blocks hold one more data codeword each.
    let shortBlockLength = layout.totalCodewords / layout.blockCount - layout.eccPerBlock
    let longBlocks = layout.totalCodewords % layout.blockCount
    let divisor = generatorPolynomial(degree: layout.eccPerBlock)
    var dataBlocks: [[UInt8]] = []
    var eccBlocks: [[UInt8]] = []
    var start = 0
    for index in 0..<layout.blockCount {
        let length = shortBlockLength + (index >= layout.blockCount - longBlocks ? 1 : 0)
        let block = Array(data[start..<(start + length)])
        dataBlocks.append(block)
        eccBlocks.append(remainder(of: block, dividedBy: divisor))
        start += length
    }
    return interleaved(dataBlocks) + interleaved(eccBlocks)
}

/// Mode indicator, character count, the bytes, up to four terminator bits, zero bits to the codeword
/// boundary, then 0xEC and 0x11 alternately to the level's capacity.
private func dataCodewords(of bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
    var bits: [Bool] = []
    func append(_ value: Int, width: Int) {
        for shift in (0..<width).reversed() {
            bits.append((value >> shift) & 1 == 1)
        }
    }
    append(0b0100, width: 4)
    append(bytes.count, width: characterCountBits(version: version))
    for byte in bytes {
        append(Int(byte), width: 8)
    }
    append(0, width: min(4, capacity * 8 - bits.count))
    // Only to the boundary: no whole zero codeword when already on it (segno 1.6.6 adds one, issue #123).
    append(0, width: (8 - bits.count % 8) % 8)

    var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
        bits[start..<(start + 8)].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
    }
    for index in 0..<(capacity - codewords.count) {
        codewords.append(index.isMultiple(of: 2) ? 0xEC : 0x11)
    }
    return codewords
}

/// The i-th codeword of every block that has one, for each i in turn.
private func interleaved(_ blocks: [[UInt8]]) -> [UInt8] {
    let longest = blocks.map(\.count).max() ?? 0
    return (0..<longest).flatMap { index in blocks.compactMap { index < $0.count ? $0[index] : nil } }
}
