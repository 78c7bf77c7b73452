/// CRC-32 as ZIP uses it (APPNOTE.TXT §4.4.7): the IEEE 802.3 polynomial, reflected
/// (0xEDB88320), initial value and final XOR 0xFFFFFFFF. The reader checks every entry
/// against it and the writer stamps it into both headers.
enum CRC32 {
    /// Slicing-by-8 tables, 8 × 256 entries: table 0 is the remainder of each byte value;
    /// table k the remainder of a byte followed by k zero bytes. Eight bytes then cost
    /// eight independent lookups instead of a chain of eight dependent ones; an `.xlsx`
    /// import checks tens of megabytes of XML, where the byte-wise loop was a tenth of
    /// the reading time.
    private static let tables: [UInt32] = {
        var tables = (0..<256).map { (byte: UInt32) -> UInt32 in
            (0..<8).reduce(byte) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        for index in 256..<(8 * 256) {
            let previous = tables[index - 256]
            tables.append((previous >> 8) ^ tables[Int(previous & 0xFF)])
        }
        return tables
    }()

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        tables.withUnsafeBufferPointer { table in
            bytes.withUnsafeBytes { bytes in
                func lookup(_ slice: Int, _ byte: UInt32) -> UInt32 { table[slice << 8 | Int(byte & 0xFF)] }
                var crc = UInt32.max
                var offset = 0
                while bytes.count - offset >= 8 {
                    let low = crc ^ UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                    let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                    let lowPart = lookup(7, low) ^ lookup(6, low >> 8) ^ lookup(5, low >> 16) ^ lookup(4, low >> 24)
                    let highPart =
                        lookup(3, high) ^ lookup(2, high >> 8) ^ lookup(1, high >> 16) ^ lookup(0, high >> 24)
                    crc = lowPart ^ highPart
                    offset += 8
                }
                for byte in bytes[offset...] { crc = lookup(0, crc ^ UInt32(byte)) ^ (crc >> 8) }
                return ~crc
            }
        }
    }
}
