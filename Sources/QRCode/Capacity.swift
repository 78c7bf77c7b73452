extension QRErrorCorrection {
    /// The level's two bits in the format information: the standard numbers the levels M, L, H, Q.
    var formatBits: Int {
        switch self {
        case .low: 0b01
        case .medium: 0b00
        case .quartile: 0b11
        case .high: 0b10
        }
    }

    /// Error-correction codewords in each block, versions 1...40 (ISO/IEC 18004 Table 9).
    fileprivate var codewordsPerBlock: [Int] {
        switch self {
        case .low:
            [
                7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
                28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        case .medium:
            [
                10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
                26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
            ]
        case .quartile:
            [
                13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
                28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        case .high:
            [
                17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
                30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
            ]
        }
    }

    /// Error-correction blocks, versions 1...40 (ISO/IEC 18004 Table 9).
    fileprivate var blockCounts: [Int] {
        switch self {
        case .low:
            [
                1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
                8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
            ]
        case .medium:
            [
                1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
                17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
            ]
        case .quartile:
            [
                1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
                23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
            ]
        case .high:
            [
                1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
                25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
            ]
        }
    }
}

/// How one version's codewords divide into blocks at one level.
struct BlockLayout {
    let blockCount: Int
    let eccPerBlock: Int
    let totalCodewords: Int

    init(version: Int, correction: QRErrorCorrection) {
        blockCount = correction.blockCounts[version - 1]
        eccPerBlock = correction.codewordsPerBlock[version - 1]
        totalCodewords = dataModuleCount(version: version) / 8
    }

    var dataCodewords: Int { totalCodewords - blockCount * eccPerBlock }
}

/// Modules that carry codewords and remainder bits: the whole square less the finders with their separators
/// and the format areas (the constant terms), the timing rows, the alignment patterns and the version blocks.
func dataModuleCount(version: Int) -> Int {
    var count = (16 * version + 128) * version + 64
    if version >= 2 {
        let alignments = version / 7 + 2
        count -= (25 * alignments - 10) * alignments - 55
        if version >= 7 {
            count -= 36
        }
    }
    return count
}

/// The byte-mode character count is 8 bits wide up to version 9 and 16 bits from version 10 on.
func characterCountBits(version: Int) -> Int {
    version < 10 ? 8 : 16
}

/// Bytes that fit after the 4-bit mode indicator and the character count.
func byteCapacity(version: Int, correction: QRErrorCorrection) -> Int {
    let dataBits = BlockLayout(version: version, correction: correction).dataCodewords * 8
    return (dataBits - 4 - characterCountBits(version: version)) / 8
}

/// Centres of the alignment patterns on either axis: evenly spaced back from the far edge, with the
/// spacing rounded up to an even number so that they fall on dark timing modules, and the first at 6.
func alignmentCenters(version: Int) -> [Int] {
    guard version >= 2 else {
        return []
    }
    let count = version / 7 + 2
    let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
    let last = 4 * version + 10
    return [6] + (0..<(count - 1)).reversed().map { last - $0 * step }
}
