/// The symbol under construction: each module's colour, and whether it belongs to a function pattern, which
/// codeword placement skips and masking leaves alone.
struct ModuleGrid {
    let size: Int
    /// Row-major, `true` for dark.
    private(set) var modules: [Bool]
    private var isFunction: [Bool]

    /// Timing, finders with separators and alignment patterns drawn; the format and version areas and the
    /// dark module reserved but left light, because masks are scored without them (as segno does).
    init(version: Int) {
        size = 17 + 4 * version
        modules = Array(repeating: false, count: size * size)
        isFunction = modules
        for index in 0..<size {
            setFunction(x: 6, y: index, dark: index.isMultiple(of: 2))
            setFunction(x: index, y: 6, dark: index.isMultiple(of: 2))
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            drawSquares(centerX: x, centerY: y, radius: 4) { $0 != 2 && $0 != 4 }
        }
        let centers = alignmentCenters(version: version)
        let last = centers.last ?? 0
        for x in centers {
            // The three corners where the finders already are.
            for y in centers where !(x == 6 && y == 6) && !(x == 6 && y == last) && !(x == last && y == 6) {
                drawSquares(centerX: x, centerY: y, radius: 2) { $0 != 1 }
            }
        }
        drawFormatBits(0)
        setFunction(x: 8, y: size - 8, dark: false)
        if version >= 7 {
            drawVersionBits(0)
        }
    }

    /// The codeword bits, most significant first, up and down two-module columns from the right edge; the
    /// modules left over at the end are remainder bits and stay light.
    mutating func place(_ codewords: [UInt8]) {
        var bitIndex = 0
        var upward = true
        for right in stride(from: size - 1, to: 0, by: -2) {
            // The vertical timing column is skipped whole, shifting the columns left of it by one.
            let right = right <= 6 ? right - 1 : right
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction[y * size + x] && bitIndex < codewords.count * 8 {
                    modules[y * size + x] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                    bitIndex += 1
                }
            }
            upward.toggle()
        }
    }

    func masked(by mask: Int) -> ModuleGrid {
        var grid = self
        let inverts = maskConditions[mask]
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && inverts(x, y) {
                grid.modules[y * size + x].toggle()
            }
        }
        return grid
    }

    mutating func drawFormatInformation(correction: QRErrorCorrection, mask: Int) {
        let data = correction.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 {
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
        }
        // The fixed mask keeps the format information from ever being all light.
        drawFormatBits((data << 10 | remainder) ^ 0x5412)
        setFunction(x: 8, y: size - 8, dark: true)
    }

    mutating func drawVersionInformation(version: Int) {
        guard version >= 7 else {
            return
        }
        var remainder = version
        for _ in 0..<12 {
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
        }
        drawVersionBits(version << 12 | remainder)
    }

    /// Bit 0 first: down beside the top-left finder and back along under it, skipping the timing modules;
    /// the second copy along under the top-right finder and up beside the bottom-left one.
    private mutating func drawFormatBits(_ bits: Int) {
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 {
            setFunction(x: 8, y: index, dark: bit(index))
        }
        setFunction(x: 8, y: 7, dark: bit(6))
        setFunction(x: 8, y: 8, dark: bit(7))
        setFunction(x: 7, y: 8, dark: bit(8))
        for index in 9..<15 {
            setFunction(x: 14 - index, y: 8, dark: bit(index))
        }
        for index in 0..<8 {
            setFunction(x: size - 1 - index, y: 8, dark: bit(index))
        }
        for index in 8..<15 {
            setFunction(x: 8, y: size - 15 + index, dark: bit(index))
        }
    }

    /// Two 6×3 blocks, mirror images across the diagonal, beside the top-right and bottom-left finders.
    private mutating func drawVersionBits(_ bits: Int) {
        for index in 0..<18 {
            let dark = (bits >> index) & 1 == 1
            setFunction(x: size - 11 + index % 3, y: index / 3, dark: dark)
            setFunction(x: index / 3, y: size - 11 + index % 3, dark: dark)
        }
    }

    /// Concentric square rings around a centre, clipped to the symbol; `isDark` gets the ring's distance.
    private mutating func drawSquares(centerX: Int, centerY: Int, radius: Int, isDark: (Int) -> Bool) {
        for dy in -radius...radius {
            for dx in -radius...radius {
                let (x, y) = (centerX + dx, centerY + dy)
                if (0..<size).contains(x) && (0..<size).contains(y) {
                    setFunction(x: x, y: y, dark: isDark(max(abs(dx), abs(dy))))
                }
            }
        }
    }

    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark
        isFunction[y * size + x] = true
    }
}
