import Foundation
import Testing

@testable import Spreadsheet

/// GB 18030 under its CoreFoundation number, as `TextDecoding` reads it; used here to
/// make the GBK bytes Excel on Chinese Windows writes.
private let gb18030 = String.Encoding(rawValue: 0x8000_0632)

@Suite("Decoding uploaded text files")
struct TextDecodingTests {
    @Test("UTF-8 without a byte-order mark is read as UTF-8")
    func plainUTF8() throws {
        let decoded = try TextDecoding.decode(Array("姓名,身份证号\n".utf8))
        #expect(decoded.text == "姓名,身份证号\n")
        #expect(decoded.encoding == .utf8)
    }

    @Test("The UTF-8 byte-order mark Excel writes is stripped")
    func bomIsStripped() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("姓名\n".utf8))
        #expect(decoded.text == "姓名\n")
        #expect(decoded.encoding == .utf8BOM)
    }

    @Test("GBK bytes from Excel on Chinese Windows are read as GB 18030")
    func gbkIsDecoded() throws {
        let text = "姓名,身份证号\n张伟,370303199001011234\n"
        let gbk = try #require(text.data(using: gb18030))
        #expect(gbk.count == text.utf8.count - 8)  // 8 characters, 2 bytes each instead of 3
        let decoded = try TextDecoding.decode(gbk)
        #expect(decoded.text == text)
        #expect(decoded.encoding == .gb18030)
    }

    @Test("Bytes from any collection, not only contiguous ones, decode the same")
    func nonContiguousCollection() throws {
        let decoded = try TextDecoding.decode(AnyCollection(Array("a,b".utf8)))
        #expect(decoded.text == "a,b")
    }

    @Test("An empty file is rejected as empty")
    func emptyIsRejected() {
        #expect(throws: TextDecodingError.empty) { try TextDecoding.decode([UInt8]()) }
    }

    @Test(
        "Spreadsheet, PDF and image files are rejected as binary by their signature",
        arguments: [
            [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00],  // .xlsx (ZIP)
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1],  // .xls
            Array("%PDF-1.7\n".utf8),
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A],
            Array("GIF89a".utf8),
            [0xFF, 0xD8, 0xFF, 0xE0],
        ] as [[UInt8]])
    func signaturesAreBinary(bytes: [UInt8]) {
        #expect(throws: TextDecodingError.binary) { try TextDecoding.decode(bytes) }
    }

    @Test("A NUL byte near the start marks the file as binary")
    func nulIsBinary() {
        #expect(throws: TextDecodingError.binary) {
            try TextDecoding.decode(Array("a,b\n".utf8) + [0] + Array("c".utf8))
        }
        #expect(throws: TextDecodingError.binary) { try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61, 0x00]) }
    }

    @Test("Only the first 64 KiB are searched for NUL bytes")
    func nulIsSearchedInTheHeadOnly() throws {
        let head = [UInt8](repeating: UInt8(ascii: "a"), count: TextDecoding.binaryProbeLength)
        #expect(try TextDecoding.decode(head + [0]).encoding == .utf8)
    }

    @Test(
        "UTF-16 text is rejected as an unsupported encoding, not as binary",
        arguments: [[0xFF, 0xFE, 0x61, 0x00], [0xFE, 0xFF, 0x00, 0x61]] as [[UInt8]])
    func utf16IsUnsupported(bytes: [UInt8]) {
        #expect(throws: TextDecodingError.unsupportedEncoding) { try TextDecoding.decode(bytes) }
    }

    @Test("Bytes that are neither UTF-8 nor GB 18030 are invalid text")
    func garbageIsInvalid() {
        // 0xFF never occurs in GB 18030 and 0x80 is not a lead byte; neither is UTF-8.
        #expect(throws: TextDecodingError.invalidText) { try TextDecoding.decode([0x61, 0xFF, 0x80, 0x62]) }
    }

    @Test("Invalid UTF-8 after a UTF-8 byte-order mark is invalid text, not GBK")
    func invalidAfterBOM() throws {
        let gbk = try #require("张伟".data(using: gb18030))
        #expect(throws: TextDecodingError.invalidText) { try TextDecoding.decode([0xEF, 0xBB, 0xBF] + gbk) }
    }
}

@Suite("Reading CSV records")
struct CSVReaderTests {
    /// Every record of `text`, or the first error.
    private func records(
        _ text: String, maxFieldBytes: Int = 64 * 1024,
        maxRecordBytes: Int = 1024 * 1024
    ) throws(CSVError) -> [CSVRow] {
        var reader = CSVReader(text, maxFieldBytes: maxFieldBytes, maxRecordBytes: maxRecordBytes)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test("Records are split at commas and numbered by the line they start on")
    func simpleRecords() throws {
        #expect(
            try records("姓名,手机\n张伟,13800138000\n") == [
                CSVRow(line: 1, fields: ["姓名", "手机"]),
                CSVRow(line: 2, fields: ["张伟", "13800138000"]),
            ])
    }

    @Test("Quoted fields keep commas, line breaks and doubled quotes as one quote")
    func quotedFields() throws {
        let rows = try records("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"\"\nlast,row\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", ""], ["last", "row"]])
        // The record with a line break inside spans lines 3 and 4.
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test("CRLF, LF and lone CR all end a record, and a CRLF inside quotes is kept")
    func lineEnds() throws {
        let rows = try records("a,b\r\nc,d\re,f\ng,\"h\r\ni\"\r\nj,k")
        #expect(rows.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h\r\ni"], ["j", "k"]])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 6])
    }

    @Test("A line end after the last record does not make an empty record")
    func trailingNewline() throws {
        #expect(try records("a,b\r\n").map(\.fields) == [["a", "b"]])
        #expect(try records("a,b").map(\.fields) == [["a", "b"]])
    }

    @Test("Blank lines are skipped but counted, so later records keep their line numbers")
    func blankLines() throws {
        let rows = try records("\nname,id\n\n\r\n张伟,1\r\n\n\n李娜,2\n\n")
        #expect(
            rows == [
                CSVRow(line: 2, fields: ["name", "id"]),
                CSVRow(line: 5, fields: ["张伟", "1"]),
                CSVRow(line: 8, fields: ["李娜", "2"]),
            ])
    }

    @Test("Empty fields are kept, including one after a final delimiter")
    func emptyFields() throws {
        #expect(try records(",a,,\n,,\n,").map(\.fields) == [["", "a", "", ""], ["", "", ""], ["", ""]])
    }

    @Test("Text after a closing quote is kept as Excel does")
    func textAfterClosingQuote() throws {
        #expect(try records("\"ab\"cd,e\n").map(\.fields) == [["abcd", "e"]])
    }

    @Test("A quote inside an unquoted field is an ordinary character")
    func quoteInsideUnquotedField() throws {
        #expect(try records("5\"3,b\n").map(\.fields) == [["5\"3", "b"]])
    }

    @Test("A header with more tabs than commas makes the text tab-separated")
    func tabDelimiterIsDetected() throws {
        var reader = CSVReader("\n姓名\t地址\t备注\n张伟\t张店区, 淄博\t\"a\tb\"\n")
        #expect(reader.delimiter == .tab)
        #expect(try reader.next()?.fields == ["姓名", "地址", "备注"])
        #expect(try reader.next()?.fields == ["张伟", "张店区, 淄博", "a\tb"])
    }

    @Test("The full-width comma is text, not a delimiter")
    func fullWidthCommaIsText() throws {
        var reader = CSVReader("姓名，身份证号\n张伟，1\n")
        #expect(reader.delimiter == .comma)
        #expect(try reader.next()?.fields == ["姓名，身份证号"])
    }

    @Test("Delimiters inside quotes in the header do not decide the delimiter")
    func quotedDelimitersAreNotCounted() {
        #expect(CSVReader("\"a\tb\tc\",d\n").delimiter == .comma)
        #expect(CSVReader("\"a,b,c\"\td\n").delimiter == .tab)
    }

    @Test("A quote never closed is reported at the line its record starts on")
    func unterminatedQuote() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try records("a,b\n\nc,\"open\nd,e\n")
        }
    }

    @Test("A 20 MB line fails as too long, naming its line")
    func hugeLineIsRejected() {
        let huge = String(repeating: "abcdefghi,", count: 2_000_000)
        #expect(huge.utf8.count == 20_000_000)
        #expect(throws: CSVError.recordTooLong(line: 2)) { try records("a,b\n" + huge + "\nc,d\n") }
    }

    @Test("A field over the field limit fails as too long, quoted or not")
    func longFieldIsRejected() {
        let long = String(repeating: "x", count: 2_000_000)
        #expect(throws: CSVError.fieldTooLong(line: 1)) { try records(long) }
        #expect(throws: CSVError.fieldTooLong(line: 2)) { try records("a\n\"" + long + "\"\n") }
    }

    @Test("Limits count the bytes in the text and accept a field or record exactly at them")
    func limitsAreInclusive() throws {
        #expect(try records("张伟,ab", maxFieldBytes: 6).map(\.fields) == [["张伟", "ab"]])
        #expect(throws: CSVError.fieldTooLong(line: 1)) { try records("张伟a", maxFieldBytes: 6) }
        #expect(throws: CSVError.fieldTooLong(line: 1)) { try records("\"张伟\"", maxFieldBytes: 6) }
        #expect(try records("ab,cd\nx", maxRecordBytes: 5).count == 2)
        #expect(throws: CSVError.recordTooLong(line: 2)) { try records("ab\nab,cd,e", maxRecordBytes: 5) }
    }

    @Test("After an error the reader is finished")
    func errorEndsReading() throws {
        var reader = CSVReader("\"open\n", maxFieldBytes: 100)
        #expect(throws: CSVError.unterminatedQuote(line: 1)) { try reader.next() }
        #expect(try reader.next() == nil)
    }
}

@Suite("Writing CSV for export")
struct CSVWriterTests {
    @Test("Output starts with the UTF-8 byte-order mark and ends records with CRLF")
    func bomAndCRLF() {
        var writer = CSVWriter()
        writer.write(["姓名", "手机"])
        writer.write(["张伟", "13800138000"])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("姓名,手机\r\n张伟,13800138000\r\n".utf8))
    }

    @Test("The byte-order mark can be left out")
    func noBOM() {
        var writer = CSVWriter(bom: false)
        writer.write(["a"])
        #expect(writer.bytes == Array("a\r\n".utf8))
    }

    @Test("Fields with a comma, quote, line break, tab or edge space are quoted, quotes doubled")
    func quoting() {
        var writer = CSVWriter(bom: false)
        writer.write(["a,b", "say \"hi\"", "x\ny", "x\ry", "a\tb", " lead", "trail ", "in side", "", "张，伟"])
        let expected = "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\",\"a\tb\",\" lead\",\"trail \",in side,,张，伟\r\n"
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test("Taking the bytes empties the buffer so an export can be sent in chunks")
    func takeBytesInChunks() {
        var writer = CSVWriter()
        writer.write(["a"])
        let first = writer.takeBytes()
        writer.write(["b"])
        #expect(first == [0xEF, 0xBB, 0xBF] + Array("a\r\n".utf8))
        #expect(writer.takeBytes() == Array("b\r\n".utf8))
        #expect(writer.bytes.isEmpty)
    }

    @Test("Written CSV decodes and reads back to the same fields")
    func roundTrip() throws {
        let table = [
            ["姓名", "备注", "金额"],
            ["张伟", "说 \"你好\",\r\n再见", "-5"],
            ["", " 空格 ", "a\tb"],
            ["李娜", "=1+1", "淄博，张店"],
        ]
        var writer = CSVWriter()
        for row in table { writer.write(row) }
        let decoded = try TextDecoding.decode(writer.bytes)
        #expect(decoded.encoding == .utf8BOM)
        var reader = CSVReader(decoded.text)
        #expect(reader.delimiter == .comma)
        var read: [[String]] = []
        while let row = try reader.next() { read.append(row.fields) }
        #expect(read == table)
    }
}

@Suite("Formula-injection protection for exported cells")
struct SpreadsheetCellTests {
    @Test(
        "A cell starting with a formula character gets a leading quote",
        arguments: [
            "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\0x",
            "＝1+1", "＋1", "－1", "＠x",
        ])
    func dangerousFirstCharacter(value: String) {
        #expect(SpreadsheetCell.neutralized(value) == "'" + value)
    }

    @Test(
        "Leading spaces and line feeds do not hide a formula character",
        arguments: [" =1+1", "\n-1", "\u{3000}@x"])
    func formulaAfterLeadingSpace(value: String) {
        #expect(SpreadsheetCell.neutralized(value) == "'" + value)
    }

    @Test("Ordinary values are left alone", arguments: ["张三", "3-1", "", " ", "a=b", "'=1", "13800138000"])
    func safeValues(value: String) {
        #expect(SpreadsheetCell.neutralized(value) == value)
    }
}
