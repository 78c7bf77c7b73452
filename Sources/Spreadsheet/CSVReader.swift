/// Reads records from comma- or tab-separated text as RFC 4180 defines them, one at a
/// time, so a million-row import never holds more than one record's fields.
///
/// Beyond the RFC, it accepts what Excel and WPS write: LF or lone CR line ends as well as
/// CRLF, no line end after the last record, and tabs instead of commas ("Unicode text" and
/// copy-paste from a spreadsheet). Blank lines are skipped but still counted, so `line`
/// is the line the user sees in an editor.
///
/// Work is on the UTF-8 bytes: every byte that matters (quote, delimiter, CR, LF) is
/// ASCII, and in UTF-8 an ASCII byte never occurs inside a multi-byte character, so
/// fields can be cut at those bytes without decoding.
public struct CSVReader: Sendable {
    /// The separator, chosen from the first record (see `init`).
    public let delimiter: CSVDelimiter
    /// The longest field accepted, in bytes as they appear in the text (quotes included).
    public let maxFieldBytes: Int
    /// The longest record accepted, in bytes from its first byte to the end of its last
    /// field (quoted line ends included, its own line end not).
    public let maxRecordBytes: Int

    private let text: String
    private var position: CSVScanner.Position
    private var isFinished = false
    /// Fields in the previous record: rows of a file almost always have the same width,
    /// so reserving that many saves regrowing each record's array (measurably, at a
    /// million rows).
    private var expectedFieldCount = 0

    /// Limits bound the memory and time one hostile or broken record can cost: without
    /// them a 20 MB line, or a stray quote that swallows the rest of the file, would be
    /// read whole before anything could be reported.
    ///
    /// The delimiter is a tab if the first non-blank line has more tabs than commas
    /// outside quotes, otherwise a comma. Only ASCII separators count: the full-width
    /// comma "，" is ordinary text in Chinese cells.
    public init(_ text: String, maxFieldBytes: Int = 64 * 1024, maxRecordBytes: Int = 1024 * 1024) {
        precondition(maxFieldBytes > 0 && maxRecordBytes > 0, "CSV limits must be positive")
        var text = text
        // A native, contiguous UTF-8 string is what `withContiguousStorageIfAvailable`
        // needs to hand out its bytes; Swift strings are that already except ones bridged
        // from Objective-C, which this converts once instead of on every call.
        text.makeContiguousUTF8()
        self.text = text
        self.maxFieldBytes = maxFieldBytes
        self.maxRecordBytes = maxRecordBytes
        self.position = CSVScanner.Position()
        let limit = maxRecordBytes
        delimiter =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                CSVScanner.detectDelimiter(in: bytes, scanning: limit)
            } ?? .comma
    }

    /// The next record, or nil after the last one. After an error the reader is finished:
    /// past a broken record there is no reliable way to tell where the next one starts.
    public mutating func next() throws(CSVError) -> CSVRow? {
        guard !isFinished else { return nil }
        let settings = CSVScanner.Settings(
            delimiter: delimiter.rawValue, maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes,
            expectedFieldCount: expectedFieldCount)
        let start = position
        let outcome = text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = CSVScanner(bytes: bytes, settings: settings, position: start)
            let row = Result { () throws(CSVError) in try scanner.nextRecord() }
            return (row, scanner.position)
        }
        // Unreachable once `init` made the string contiguous; ending is the safe answer.
        guard let (row, end) = outcome else {
            isFinished = true
            return nil
        }
        position = end
        switch row {
        case let .success(record):
            isFinished = record == nil
            expectedFieldCount = record?.fields.count ?? 0
            return record
        case let .failure(error):
            isFinished = true
            throw error
        }
    }
}

/// One record and where it starts, for import reports ("line 1284: ID number invalid").
public struct CSVRow: Equatable, Sendable {
    /// The 1-based physical line the record starts on; a record whose quoted field holds
    /// line breaks spans several lines, and the next record's number reflects that.
    public let line: Int
    public let fields: [String]
}

/// The field separators recognised; the raw value is the ASCII byte.
public enum CSVDelimiter: UInt8, Sendable {
    case comma = 0x2C
    case tab = 0x09
}

/// Why the text cannot be read further; `line` is where the offending record starts.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    case fieldTooLong(line: Int)
    case recordTooLong(line: Int)
    /// A field opened with `"` and the text ended before the closing one.
    case unterminatedQuote(line: Int)

    public var description: String {
        switch self {
        case let .fieldTooLong(line): "line \(line): a field is too long"
        case let .recordTooLong(line): "line \(line): the row is too long"
        case let .unterminatedQuote(line): "line \(line): a quoted field is never closed"
        }
    }
}

/// The parsing itself, over the bytes of the text for the duration of one `next()` call.
/// Kept apart from `CSVReader` because it holds a pointer that must not outlive that call.
private struct CSVScanner {
    /// Where reading resumes: a byte offset and the physical line it is on.
    struct Position {
        var offset = 0
        var line = 1
    }

    struct Settings {
        let delimiter: UInt8
        let maxFieldBytes: Int
        let maxRecordBytes: Int
        let expectedFieldCount: Int
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    let bytes: UnsafeBufferPointer<UInt8>
    let settings: Settings
    private(set) var position: Position

    /// Tab if the first non-blank line has more tabs than commas outside quotes.
    static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>, scanning limit: Int) -> CSVDelimiter {
        var commas = 0
        var tabs = 0
        var isQuoted = false
        var seenContent = false
        for byte in bytes.prefix(limit) {
            if byte == quote {
                isQuoted.toggle()
            } else if !isQuoted {
                if byte == lineFeed || byte == carriageReturn {
                    if seenContent { break }
                    continue
                }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: "\t") { tabs += 1 }
            }
            seenContent = true
        }
        return tabs > commas ? .tab : .comma
    }

    mutating func nextRecord() throws(CSVError) -> CSVRow? {
        skipBlankLines()
        guard position.offset < bytes.count else { return nil }
        let recordStart = position.offset
        let line = position.line
        var fields: [String] = []
        fields.reserveCapacity(settings.expectedFieldCount)
        while true {
            fields.append(try readField(recordStart: recordStart, line: line))
            guard position.offset < bytes.count else { break }
            let byte = bytes[position.offset]
            if byte == settings.delimiter {
                position.offset += 1
                // A delimiter last on the line or in the text ends with an empty field.
                if position.offset == bytes.count {
                    fields.append("")
                    break
                }
                continue
            }
            consumeLineEnd()
            break
        }
        return CSVRow(line: line, fields: fields)
    }

    /// Lines with no bytes at all; Excel writes them for empty rows at the end, and people
    /// leave them between blocks. A line of only delimiters is a record of empty fields.
    private mutating func skipBlankLines() {
        while position.offset < bytes.count, Self.isLineBreak(bytes[position.offset]) {
            consumeLineEnd()
        }
    }

    /// Consumes CRLF, LF or a lone CR at the current offset and counts the line.
    private mutating func consumeLineEnd() {
        if bytes[position.offset] == Self.carriageReturn,
            position.offset + 1 < bytes.count, bytes[position.offset + 1] == Self.lineFeed
        {
            position.offset += 1
        }
        position.offset += 1
        position.line += 1
    }

    /// Reads one field and leaves the offset on the byte after it: a delimiter, a line
    /// break, or the end of the text.
    private mutating func readField(recordStart: Int, line: Int) throws(CSVError) -> String {
        let fieldStart = position.offset
        // Scanning stops one byte past the nearer limit, so an oversized field or record
        // is reported after reading at most that many bytes, whatever follows.
        let stop = min(
            scanEnd(from: fieldStart, limit: settings.maxFieldBytes),
            scanEnd(from: recordStart, limit: settings.maxRecordBytes))
        let quoted = bytes[fieldStart] == Self.quote ? try readQuotedContent(stop: stop, line: line) : nil
        // Unquoted text, or text after a closing quote (`"ab"cd`): RFC 4180 forbids the
        // latter; Excel and Python's csv module keep it, and so does this, as `abcd`.
        let textStart = position.offset
        while position.offset < stop, !isFieldEnd(bytes[position.offset]) {
            position.offset += 1
        }
        try checkLimits(fieldStart: fieldStart, recordStart: recordStart, line: line)
        let text = string(textStart..<position.offset)
        guard let quoted else { return text }
        return text.isEmpty ? quoted : quoted + text
    }

    /// The content of a quoted field with `""` read as one `"` (RFC 4180 §2.7), leaving
    /// the offset after the closing quote. Line breaks inside count as lines.
    private mutating func readQuotedContent(stop: Int, line: Int) throws(CSVError) -> String {
        position.offset += 1
        var segmentStart = position.offset
        var content = ""
        while true {
            while position.offset < stop, bytes[position.offset] != Self.quote {
                countLineBreak(at: position.offset)
                position.offset += 1
            }
            guard position.offset < stop else {
                if stop == bytes.count { throw .unterminatedQuote(line: line) }
                return content  // over a limit: the caller reports which one
            }
            let isEscapedQuote = position.offset + 1 < bytes.count && bytes[position.offset + 1] == Self.quote
            if !isEscapedQuote {
                content += string(segmentStart..<position.offset)
                position.offset += 1
                return content
            }
            // Keep the first quote of the pair, skip the second.
            content += string(segmentStart..<position.offset + 1)
            position.offset += 2
            segmentStart = position.offset
        }
    }

    /// One byte past `limit` bytes from `start`, or the end of the text if nearer; written
    /// so that a limit of `Int.max` cannot overflow.
    private func scanEnd(from start: Int, limit: Int) -> Int {
        limit < bytes.count - start ? start + limit + 1 : bytes.count
    }

    private func checkLimits(fieldStart: Int, recordStart: Int, line: Int) throws(CSVError) {
        if position.offset - fieldStart > settings.maxFieldBytes { throw .fieldTooLong(line: line) }
        if position.offset - recordStart > settings.maxRecordBytes { throw .recordTooLong(line: line) }
    }

    /// Counts a line inside a quoted field: LF, or CR not followed by LF (the LF of CRLF
    /// is counted on its own).
    private mutating func countLineBreak(at offset: Int) {
        let byte = bytes[offset]
        if byte == Self.lineFeed
            || (byte == Self.carriageReturn && (offset + 1 == bytes.count || bytes[offset + 1] != Self.lineFeed))
        {
            position.line += 1
        }
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == settings.delimiter || Self.isLineBreak(byte)
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == lineFeed || byte == carriageReturn
    }

    /// The bytes cut at ASCII boundaries of valid UTF-8 are valid UTF-8 themselves, so
    /// decoding never repairs anything here.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
