/// How much of the symbol may be damaged and still be read: about 7, 15, 25 and 30 percent.
public enum QRErrorCorrection: Sendable {
    case low
    case medium
    case quartile
    case high
}

public enum QRCodeError: Error, Equatable, Sendable {
    /// The text's UTF-8 bytes exceed what a version 40 symbol holds at the chosen level.
    case tooLong
}

/// A QR Code (ISO/IEC 18004) of a text in byte mode, in the smallest version that holds it.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    public let size: Int
    /// Row-major, `true` for dark.
    private let modules: [Bool]

    public init(encoding text: String, correction: QRErrorCorrection = .medium) throws(QRCodeError) {
        let bytes = Array(text.utf8)
        guard let version = (1...40).first(where: { bytes.count <= byteCapacity(version: $0, correction: correction) })
        else {
            throw .tooLong
        }
        var grid = ModuleGrid(version: version)
        grid.place(codewords(of: bytes, version: version, correction: correction))
        let penalties = maskConditions.indices.map { grid.masked(by: $0).penalty }
        // The first of equal penalties: ties go to the lowest mask number.
        let mask = penalties.firstIndex(of: penalties.min()!)!
        grid = grid.masked(by: mask)
        grid.drawFormatInformation(correction: correction, mask: mask)
        grid.drawVersionInformation(version: version)
        self.version = version
        self.size = grid.size
        self.modules = grid.modules
    }

    public subscript(x: Int, y: Int) -> Bool {
        // Row-major storage would otherwise turn a column past the edge into the next row.
        precondition((0..<size).contains(x) && (0..<size).contains(y), "module (\(x), \(y)) is outside the symbol")
        return modules[y * size + x]
    }
}
