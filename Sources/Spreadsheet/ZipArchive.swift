/// The ZIP container of Office Open XML files (ECMA-376 Part 2 §10.2 maps packages to ZIP
/// as described in PKWARE's APPNOTE.TXT), reduced to what `.xlsx` needs: reading stored and deflated
/// entries of an archive held in memory, and writing one of stored entries.
///
/// The central directory at the end is authoritative (APPNOTE §4.3.6): local headers are
/// only used to find where each entry's data starts, since writers that stream (general
/// purpose flag bit 3) leave sizes and CRC in local headers as zero.
struct ZipArchive {
    /// One central directory record (APPNOTE §4.3.12), with what reading needs.
    private struct Entry {
        let method: Int
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    /// Keyed by `key(name)`.
    private let entries: [String: Entry]

    /// ECMA-376 Part 2 §9.1.1.2 [M1.12]: part names are equal when equal as
    /// case-insensitive ASCII, so `xl/SharedStrings.xml` is `xl/sharedStrings.xml`.
    private static func key(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    func contains(_ name: String) -> Bool { entries[Self.key(name)] != nil }

    /// The uncompressed size each entry declares, by its case-folded name.
    var entrySizes: [String: Int] { entries.mapValues(\.uncompressedSize) }

    /// Reads the directory of `bytes`. Throws `.notAZip` when they do not look like a ZIP
    /// archive at all, `.corrupt` for one that is cut short or inconsistent.
    init(_ bytes: [UInt8]) throws(XLSXError) {
        let reader = ByteReader(bytes)
        let end = try Self.findEndOfCentralDirectory(reader)
        // APPNOTE §4.4.19–20: a multi-disk ("spanned") archive has non-zero disk numbers.
        guard try reader.uint16(end + 4) == 0, try reader.uint16(end + 6) == 0 else {
            throw .unsupported("multi-disk ZIP archive")
        }
        let count = try reader.uint16(end + 10)
        let directorySize = try reader.uint32(end + 12)
        let directoryOffset = try reader.uint32(end + 16)
        // APPNOTE §4.4.1.4: 0xFFFF / 0xFFFFFFFF say the real value is in a ZIP64 record;
        // §4.3.15: a ZIP64 end of central directory locator (20 bytes) precedes this record.
        let zip64Locator = end >= 20 ? try reader.uint32(end - 20) : 0
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF,
            zip64Locator != 0x0706_4B50
        else { throw .unsupported("ZIP64 archive") }
        guard directoryOffset + directorySize <= end else { throw .corrupt("ZIP central directory out of range") }

        var entries = [String: Entry]()
        var offset = directoryOffset
        for _ in 0..<count {
            guard try reader.uint32(offset) == 0x0201_4B50 else { throw .corrupt("ZIP central directory entry") }
            let flags = try reader.uint16(offset + 8)
            let nameLength = try reader.uint16(offset + 28)
            let name = String(decoding: try reader.bytes(offset + 46, count: nameLength), as: UTF8.self)
            // APPNOTE §4.4.4: bit 0 traditional encryption, bit 6 strong encryption.
            guard flags & 0x41 == 0 else { throw .unsupported("encrypted ZIP entry \(name)") }
            let entry = Entry(
                method: try reader.uint16(offset + 10),
                crc: UInt32(try reader.uint32(offset + 16)),
                compressedSize: try reader.uint32(offset + 20),
                uncompressedSize: try reader.uint32(offset + 24),
                localHeaderOffset: try reader.uint32(offset + 42)
            )
            guard entry.compressedSize != 0xFFFF_FFFF, entry.uncompressedSize != 0xFFFF_FFFF,
                entry.localHeaderOffset != 0xFFFF_FFFF
            else { throw .unsupported("ZIP64 entry \(name)") }
            // A name given twice keeps its first entry, as the directory lists it first.
            if entries[Self.key(name)] == nil { entries[Self.key(name)] = entry }
            offset += 46 + nameLength + (try reader.uint16(offset + 30)) + (try reader.uint16(offset + 32))
        }
        (self.bytes, self.entries) = (bytes, entries)
    }

    /// APPNOTE §4.3.16: the end of central directory record is 22 bytes plus a comment of
    /// up to 65,535 bytes, so it is searched for backwards over that range. A candidate
    /// counts only if its comment length reaches exactly the end of the data, so a
    /// signature inside the comment is not mistaken for it.
    private static func findEndOfCentralDirectory(_ reader: ByteReader) throws(XLSXError) -> Int {
        let fixedSize = 22
        let count = reader.count
        if count >= fixedSize {
            for offset in stride(from: count - fixedSize, through: max(0, count - fixedSize - 0xFFFF), by: -1) {
                guard try reader.uint32(offset) == 0x0605_4B50 else { continue }
                if offset + fixedSize + (try reader.uint16(offset + 20)) == count { return offset }
            }
        }
        // A local file header signature at the start means a ZIP file that lost its end.
        if count >= 4, try reader.uint32(0) == 0x0403_4B50 { throw .corrupt("ZIP archive is truncated") }
        throw .notAZip
    }

    /// The uncompressed bytes of the entry `name`, checked against the CRC-32 and size
    /// that the central directory records.
    /// - Parameters:
    ///   - maxSize: an entry declaring or inflating to more throws `.tooLarge`.
    ///   - maxRatio: nor may an entry of more than `UnpackLimits.ratioFloor` bytes inflate
    ///     to more than this many times its compressed size. Both are checked while
    ///     inflating, before the memory is taken, whatever size the archive declares.
    func entry(named name: String, maxSize: Int, maxRatio: Int = .max) throws(XLSXError) -> [UInt8] {
        guard let entry = entries[Self.key(name)] else { throw .missingPart(name) }
        let (byRatio, overflow) = entry.compressedSize.multipliedReportingOverflow(by: maxRatio)
        let maxSize = overflow ? maxSize : min(maxSize, max(byRatio, UnpackLimits.ratioFloor))
        guard entry.uncompressedSize <= maxSize else { throw .tooLarge }
        let reader = ByteReader(bytes)
        // APPNOTE §4.3.7: the local header is 30 bytes, then the name and extra field,
        // whose lengths may differ from those in the central directory.
        let local = entry.localHeaderOffset
        guard try reader.uint32(local) == 0x0403_4B50 else { throw .corrupt("ZIP local header of \(name)") }
        let dataStart = local + 30 + (try reader.uint16(local + 26)) + (try reader.uint16(local + 28))
        let data = try reader.bytes(dataStart, count: entry.compressedSize)

        let content: [UInt8]
        switch entry.method {
        case 0: content = Array(data)
        case 8: content = try Inflate.decompress(data, maxOutput: maxSize, expectedSize: entry.uncompressedSize)
        default: throw .unsupported("ZIP compression method \(entry.method) in \(name)")
        }
        guard content.count == entry.uncompressedSize else { throw .corrupt("ZIP entry \(name) has the wrong size") }
        guard CRC32.checksum(content) == entry.crc else { throw .corrupt("ZIP entry \(name) fails its CRC check") }
        return content
    }

    /// A ZIP archive of `entries`, in the given order, stored without compression
    /// (method 0). Every header carries the same DOS time, 1980-01-01 00:00 (the earliest
    /// it can express), so the same entries always give the same bytes.
    ///
    /// Precondition: names and data fit the 32-bit fields of a non-ZIP64 archive (sizes
    /// and offsets under 4 GiB, fewer than 65,535 entries).
    static func stored(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
        // APPNOTE §4.4.6: date is (year − 1980) << 9 | month << 5 | day; time 0 is midnight.
        let dosTime: UInt16 = 0
        let dosDate: UInt16 = 1 << 5 | 1
        // APPNOTE §4.4.3: 1.0 is the version needed for stored entries; the upper byte 0
        // of "version made by" says MS-DOS attributes.
        let version: UInt16 = 10
        precondition(entries.count < 0xFFFF, "too many ZIP entries")
        var archive = ByteWriter()
        var directory = ByteWriter()
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = CRC32.checksum(data)
            let offset = archive.count
            precondition(data.count < 0xFFFF_FFFF && offset < 0xFFFF_FFFF, "ZIP archive exceeds 4 GiB")
            // The fields common to the local header (§4.3.7) and the central directory
            // entry (§4.3.12), from "version needed" to "extra field length"; flag bit 11
            // says the name is UTF-8.
            func commonFields(_ writer: inout ByteWriter) {
                writer.uint16(version)
                writer.uint16(1 << 11)
                writer.uint16(0)
                writer.uint16(dosTime)
                writer.uint16(dosDate)
                writer.uint32(crc)
                writer.uint32(UInt32(data.count))
                writer.uint32(UInt32(data.count))
                writer.uint16(UInt16(nameBytes.count))
                writer.uint16(0)
            }
            archive.uint32(0x0403_4B50)
            commonFields(&archive)
            archive.append(nameBytes)
            archive.append(data)

            directory.uint32(0x0201_4B50)
            directory.uint16(version)
            commonFields(&directory)
            directory.uint16(0)  // comment length
            directory.uint16(0)  // disk number start
            directory.uint16(0)  // internal attributes
            directory.uint32(0)  // external attributes
            directory.uint32(UInt32(offset))
            directory.append(nameBytes)
        }
        let directoryOffset = archive.count
        precondition(directoryOffset + directory.count < 0xFFFF_FFFF, "ZIP archive exceeds 4 GiB")
        archive.append(directory.bytes)
        // §4.3.16: end of central directory record, single disk, no comment.
        archive.uint32(0x0605_4B50)
        archive.uint16(0)
        archive.uint16(0)
        archive.uint16(UInt16(entries.count))
        archive.uint16(UInt16(entries.count))
        archive.uint32(UInt32(directory.count))
        archive.uint32(UInt32(directoryOffset))
        archive.uint16(0)
        return archive.bytes
    }
}

/// Little-endian fields (APPNOTE §4.4: "all values are stored in little-endian byte
/// order") read with bounds checks, so a damaged archive throws instead of trapping.
private struct ByteReader {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    func bytes(_ offset: Int, count: Int) throws(XLSXError) -> ArraySlice<UInt8> {
        guard offset >= 0, count >= 0, count <= bytes.count - offset else {
            throw .corrupt("ZIP archive is truncated")
        }
        return bytes[offset..<(offset + count)]
    }

    func uint16(_ offset: Int) throws(XLSXError) -> Int {
        try bytes(offset, count: 2).reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    func uint32(_ offset: Int) throws(XLSXError) -> Int {
        try bytes(offset, count: 4).reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}

/// Little-endian fields appended to a growing byte array.
private struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    var count: Int { bytes.count }

    mutating func append(_ data: [UInt8]) { bytes.append(contentsOf: data) }

    mutating func uint16(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func uint32(_ value: UInt32) {
        uint16(UInt16(truncatingIfNeeded: value))
        uint16(UInt16(truncatingIfNeeded: value >> 16))
    }
}
