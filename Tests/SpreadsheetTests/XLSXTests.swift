import Foundation
import Testing

@testable import Spreadsheet

/// Raw DEFLATE streams made with Python's zlib (`zlib.compressobj(level, DEFLATED, -15)`),
/// so the decoder is checked against the reference implementation, not against itself.
@Suite("DEFLATE decoding")
struct InflateTests {
    @Test("a fixed-Huffman block decodes to its text")
    func fixedBlock() throws {
        let compressed: [UInt8] = [203, 72, 205, 201, 201, 215, 81, 200, 64, 162, 20, 82, 82, 211, 114, 18, 75, 82, 1]
        #expect((compressed[0] >> 1) & 3 == 1)
        let output = try Inflate.decompress(compressed[...], maxOutput: 1_000)
        #expect(String(decoding: output, as: UTF8.self) == "hello, hello, hello deflate")
    }

    @Test("a dynamic-Huffman block with Chinese text decodes to its text")
    func dynamicBlock() throws {
        let compressed = [UInt8](
            Data(
                base64Encoded:
                    "hdW5UQNBEIVh/0WhELavOchGBljiKEoh4GAoARKhSvEAcdAZ/P6rnu5vemePh9Pf98fv7evnfv/7vJ2u58vjy/X0djlfn17fn0+H"
                    + "DBImh0QqILGVdMpQQcRLAyIxNKnZrQWRkdoQWSY7qBkZ2XrKUHfKyHe6jIQ7QsLRUxHx6DpkvEtGyNE8pDwPOSmby4m5Qk7Me8iJ"
                    + "OVNOzLu/F3LO7oecd59FztU+5LzkxDxKQcw+FcS8loKYqx8LYnZXEPPaCmIepsAXo2cnZus6yDwU6DyU5JxLSc7hSnK2rkPO3Q5u"
                    + "cyiJeZWSmGf/AYh5dh1int3P5kwdfFYZ91zOs1ewYSVeRRXfaA3ejJq8YbV4U2vzxv8D")!)
        #expect((compressed[0] >> 1) & 3 == 2)
        let expected = (0..<60).map { "\($0): 淄博人才 talent platform \($0 * $0 % 97)\n" }.joined()
        let output = try Inflate.decompress(compressed[...], maxOutput: 10_000)
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test("a stored block is copied through")
    func storedBlock() throws {
        let compressed: [UInt8] = [1, 12, 0, 243, 255, 115, 116, 111, 114, 101, 100, 32, 98, 108, 111, 99, 107]
        #expect(try Inflate.decompress(compressed[...], maxOutput: 100) == Array("stored block".utf8))
    }

    @Test("blocks of different kinds in one stream, with empty stored flush blocks, decode in order")
    func mixedBlocks() throws {
        let compressed = [UInt8](Data(base64Encoded: "SsssKi5RKEgsKtFRAAAAAP//Kk5Nzs9LAXNGBBsAAAD//0vNSwEA")!)
        let expected = "first part, " + String(repeating: "second part ", count: 20) + "end"
        #expect(try Inflate.decompress(compressed[...], maxOutput: 1_000) == Array(expected.utf8))
    }

    /// 1 MiB of zeros compresses to 1,033 bytes: 15 header bytes, 1,016 zero bytes, 2 more.
    static let megabyteOfZeros: [UInt8] =
        [237, 193, 49, 1, 0, 0, 0, 194, 160, 245, 79, 109, 8, 95, 160] + [UInt8](repeating: 0, count: 1_016) + [62, 3]

    @Test("overlapping back-references expand a megabyte of zeros from a kilobyte")
    func overlappingCopies() throws {
        let output = try Inflate.decompress(Self.megabyteOfZeros[...], maxOutput: 1 << 20)
        #expect(output.count == 1 << 20)
        #expect(output.allSatisfy { $0 == 0 })
    }

    @Test("output beyond the limit throws tooLarge instead of allocating it (zip bomb)")
    func zipBomb() {
        #expect(throws: XLSXError.tooLarge) {
            try Inflate.decompress(Self.megabyteOfZeros[...], maxOutput: 64 * 1_024)
        }
    }

    @Test("a truncated stream throws corrupt")
    func truncatedStream() {
        let compressed: [UInt8] = [203, 72, 205, 201, 201, 215, 81, 200, 64, 162, 20, 82, 82, 211, 114, 18, 75, 82, 1]
        for length in 0..<compressed.count {
            #expect(throws: XLSXError.self) { try Inflate.decompress(compressed[..<length], maxOutput: 1_000) }
        }
        #expect(throws: XLSXError.corrupt("deflate: stream is truncated")) {
            try Inflate.decompress([1, 12, 0, 243, 255, 115, 116][...], maxOutput: 100)
        }
    }

    @Test("the reserved block type and a bad stored length check are rejected")
    func invalidHeaders() {
        #expect(throws: XLSXError.corrupt("deflate: reserved block type")) {
            try Inflate.decompress([0b111][...], maxOutput: 100)
        }
        #expect(throws: XLSXError.corrupt("deflate: stored block length check failed")) {
            try Inflate.decompress([1, 12, 0, 0, 0][...], maxOutput: 100)
        }
    }
}

@Suite("ZIP container")
struct ZipArchiveTests {
    @Test("CRC-32 of \"123456789\" is the standard check value 0xCBF43926")
    func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test("stored entries written are read back, and the same entries give the same bytes")
    func storedRoundTrip() throws {
        let entries: [(name: String, data: [UInt8])] = [
            ("a.txt", Array("alpha".utf8)), ("dir/b.bin", [0, 1, 2, 255]), ("empty", []),
        ]
        let archive = ZipArchive.stored(entries)
        #expect(archive == ZipArchive.stored(entries))
        let reader = try ZipArchive(archive)
        for (name, data) in entries { #expect(try reader.entry(named: name, maxSize: 100) == data) }
        #expect(throws: XLSXError.missingPart("c.txt")) { try reader.entry(named: "c.txt", maxSize: 100) }
    }

    @Test("an entry declaring more than the size limit throws tooLarge before it is read")
    func entryOverLimit() throws {
        let reader = try ZipArchive(ZipArchive.stored([("big", [UInt8](repeating: 7, count: 5_000))]))
        #expect(throws: XLSXError.tooLarge) { try reader.entry(named: "big", maxSize: 4_999) }
    }

    @Test("a changed byte of entry data fails the CRC check")
    func crcMismatch() throws {
        var archive = ZipArchive.stored([("a.txt", Array("alpha".utf8))])
        archive[30 + 5] ^= 0x20  // first data byte, after the 30-byte local header and the name
        #expect(throws: XLSXError.corrupt("ZIP entry a.txt fails its CRC check")) {
            try ZipArchive(archive).entry(named: "a.txt", maxSize: 100)
        }
    }

    @Test("the end record is found behind an archive comment")
    func archiveComment() throws {
        var archive = ZipArchive.stored([("a.txt", Array("alpha".utf8))])
        let comment = Array("comment with PK\u{5}\u{6} inside, and enough text after it to be searched".utf8)
        archive[archive.count - 2] = UInt8(comment.count)
        archive += comment
        #expect(try ZipArchive(archive).entry(named: "a.txt", maxSize: 100) == Array("alpha".utf8))
    }

    @Test("encrypted entries and ZIP64 archives are rejected as unsupported")
    func unsupportedFeatures() {
        var encrypted = ZipArchive.stored([("a.txt", Array("alpha".utf8))])
        let directory = 30 + 5 + 5
        encrypted[directory + 8] |= 1  // general purpose flag bit 0 in the central directory
        #expect(throws: XLSXError.unsupported("encrypted ZIP entry a.txt")) { try ZipArchive(encrypted) }

        var zip64 = ZipArchive.stored([("a.txt", Array("alpha".utf8))])
        zip64.replaceSubrange((zip64.count - 6)..<(zip64.count - 2), with: [0xFF, 0xFF, 0xFF, 0xFF])
        #expect(throws: XLSXError.unsupported("ZIP64 archive")) { try ZipArchive(zip64) }
    }
}

@Suite("XLSX reading and writing")
struct XLSXTests {
    @Test("text written is read back exactly: Chinese, markup characters, 18-digit IDs, gaps")
    func roundTrip() throws {
        let rows = [
            ["姓名", "身份证号", "", "备注"],
            ["张三", "370303199001011234", "", "A&B <C> \"D\" 'E'"],
            ["", "", "", ""],
            ["李四", "", "00123", "line 1\nline 2\r\nline 3\ttab"],
            [
                "_x0041_ stays literal", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "Z",
            ],
        ]
        let read = try XLSXReader.rows(XLSXWriter.workbook(sheetName: "人才名单", rows: rows))
        #expect(
            read == [
                XLSXRow(number: 1, cells: ["姓名", "身份证号", "", "备注"]),
                XLSXRow(number: 2, cells: ["张三", "370303199001011234", "", "A&B <C> \"D\" 'E'"]),
                XLSXRow(number: 4, cells: ["李四", "", "00123", "line 1\nline 2\r\nline 3\ttab"]),
                XLSXRow(number: 5, cells: rows[4]),
            ])
    }

    @Test("characters XML 1.0 cannot carry are dropped, not written")
    func illegalCharacters() throws {
        let bytes = XLSXWriter.workbook(sheetName: "S", rows: [["a\u{0}b\u{8}c\u{B}\u{C}d\u{1F}e\u{FFFE}"]])
        #expect(try XLSXReader.rows(bytes) == [XLSXRow(number: 1, cells: ["abcde"])])
    }

    @Test("the writer gives the same bytes for the same rows")
    func deterministic() {
        let rows = [["a", "b"], ["1", "2"]]
        #expect(XLSXWriter.workbook(sheetName: "S", rows: rows) == XLSXWriter.workbook(sheetName: "S", rows: rows))
    }

    @Test("sheet names are cut to 31 characters and cleared of characters Excel or XML forbid")
    func sheetNames() {
        #expect(XLSXWriter.safeSheetName("a[b]c:d*e?f/g\\h") == "a_b_c_d_e_f_g_h")
        #expect(XLSXWriter.safeSheetName(String(repeating: "人", count: 40)) == String(repeating: "人", count: 31))
        #expect(XLSXWriter.safeSheetName("'quoted'") == "quoted")
        #expect(XLSXWriter.safeSheetName("") == "Sheet1")
        #expect(XLSXWriter.safeSheetName("\u{1}\t") == "Sheet1")
        #expect(XLSXWriter.safeSheetName("𠮷田") == "𠮷田")
    }

    @Test("column names run A…Z, AA…, up to XFD")
    func columnNames() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(25) == "Z")
        #expect(XLSXWriter.columnName(26) == "AA")
        #expect(XLSXWriter.columnName(16_383) == "XFD")
    }

    /// An openpyxl 3.1 workbook, edited (in Python) to hold what Excel writes and openpyxl
    /// does not: a shared string table with rich-text runs, a phonetic run, an `_x000D_`
    /// escape and a character reference; cached formula results; an error cell; an
    /// exponent; empty rows at the end. Its parts are deflated by Python's zipfile.
    static let openpyxlWorkbook = [UInt8](
        Data(
            base64Encoded: [
                "UEsDBBQAAAAIAK4Ke12boFf/8gAAAP4CAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbK1SvU7DMBB+lchrVV9hYEBtF2AFJHiBw7kk",
                "Vvwn37Wkb4+TQoVQoQyZTvb3q7PXr4dEXA3eBd6oTiTdArDpyCPrmCgUpInZo5RjbiGh6bEluF6tbsDEIBRkKaOH2q7vqcGdk+ph",
                "KNdsY9ioTI5VdXckjlkbhSk5a1AKDvtQ/0hZfiboopw43NnEi0JQFZyNmKBfE76ET3vK2dZUPWOWR/SFBoMDloMj1n97nGkZm8Ya",
                "qqPZ+SLRnDJhzR2ReKePposL0e8x95OCYRpXM7c4+f+nyFuM/dxbGKf2aMOlAtxhpvpFsg3t7G/x3ftUBKZvv/0AUEsDBBQAAAAI",
                "AK4Ke11rkv/CiwAAAPEAAAALAAAAX3JlbHMvLnJlbHONzzsOwjAQBNCrWHuAbKCgQIkrmrQoFzDOJrH8Wct2RLg9LgOioBzN6EnT",
                "3cmpYjjk1cQsdu9C7mEtJV4Rs17Jq9xwpFCbmZNXpca0YFTaqoXw3LYXTEcDZHc0xfiK9I/I82w03VhvnkL5AX8tQIwqLVR62B0+",
                "OdkHs20qCmKYekjDdAKBssOPh/INUEsDBBQAAAAIAK4Ke12lUPyGPQEAACkCAAAPAAAAeGwvd29ya2Jvb2sueG1sjZBBTsMwEEWv",
                "EvkAJK2gElXTDRVQCQGiqHsnmTSj2p7InrTQG7DgQj0P4hzYDoFKbFiN58/o+f+Z7cluC6Jt8qKVcVObi4a5naapKxvQ0p1RC8bP",
                "arJasm/tJqW6xhIWVHYaDKfjLJukFpRkJOMabJ3oaf9hudaCrFwDwFr1KC3RiPlscPZok/S0I4Yy/BTUoKwR9u53IbTJDh0WqJBf",
                "cxHfCkSi0aDGA1S5yETiGtrfksUDGZZqVVpSKhejfrAGy1j+kVfB5rMsXFRYFk8hcy4mmQfWaB3HjciX3uQO/HLfdUzXqBjsQjLc",
                "WOpaNJuI8THSkxzxFENNjNSQi4/j8fPtPXjw2rLq/bAHnaSzU/QDu6y+kQOnghoNVPce5MLApyr9SUOJpPH5xejSu++UuvLag7kj",
                "Wf0YG646/wJQSwMEFAAAAAgArgp7Xev2D9SvAAAABAIAABoAAAB4bC9fcmVscy93b3JrYm9vay54bWwucmVsc7WRMQ6DMAxFrxLl",
                "ABio1KECpi6sLReIwBAEJFHsqnD7IjoQpA5dmKxvS+8/ydkDR8W9NaR7R2KeRkO51MzuBkC1xklRZB2a9dJaPyleo+/AqXpQHUIa",
                "x1fwIUMWWcgU1eLwH6Jt277Gu61fExr+AYa39QNpRJaiUr5DziXM474m2EYSrWQpyiaXvmwSKeA0I+JlRNp1vvnQn57ar5XH5sm+",
                "N12oEa4PNpfNBg5PLz5QSwMEFAAAAAgArgp7XdIF8UZSAgAARwoAAA0AAAB4bC9zdHlsZXMueG1s3VbbitswEP0V4w+ok5iauCR5",
                "qCFQaMvC7kNf5VhOBLq4srwk/fpqJOe2m+NS+lab4Jk5OjNnpDHOqncnyZ8PnLvkqKTu1+nBue5TlvW7A1es/2A6rj3SGquY867d",
                "Z31nOWt6IimZLWazIlNM6HSz0oPaKtcnOzNot05naZJtVq3R19A8jQG/limevDK5TismRW1FXMyUkKcYX4TIzkhjE+fVcKJTqP8V",
                "F8xHl6SOuZTQxoZoFsuER+8TCykvKhZpDGxWHXOOW731TiSF6HtstF9OnVext+w0X3xMbxjh4cvUxjbc3rUbQ5uV5K0jhhX7QzCc",
                "6ehRG+eMIqsRbG80i0rOtNHwuXdcymc6rx/tXYFjm8SN/9KEPaeOz6ZXNZoxzehQgdt0Mfm/5+3Eq3GfB9+QDv7PwTj+ZHkrjsE/",
                "tm8EXGoHJXflL9GERmWdfqcRlDc56kFIJ/ToHUTTcP2+O5/fsdoP+V0Bv6rhLRuke7mA6/Rqf+ONGFR5WfVEjY2rrvZXOsp5cZ1T",
                "X0zohh95U42u3dfBTLzhy45XYLyFtuECEGRFEEAEwlpQBmRFHqz1P/a1xH1FECpcPoaWmLXErMh7CFXhhrUAq/QXaLks87wo4PZW",
                "1WMZFdzDoqAfSAgVEgfWomp/u/MTAzAxNn+YDXjKk2MDW54YUdjyxM4TBPaQOGUJBgDWIg48FDhRJALUolEDrDync4YK4Ws+AZUl",
                "hGhIwfQWBdqogm5wXvAlyvOyBBCBQEaeQ4he2AkIyiAhEMrz+CF98z3Lzt+57PrXcfMbUEsDBBQAAAAIAK4Ke10Ssif79QAAAHsB",
                "AAAUAAAAeGwvc2hhcmVkU3RyaW5ncy54bWyzKS4uUajIzckrtlXKKCkpsNLXL07OSM1NLNbLL0jNA8qk5RflJpYAuUXp+sUFRamJ",
                "KcUZqakluTn6RgYGZvq5iZl5SgrJ+aV5JbZKFkoKpXmZhaWpzjC+nU1xpp1Nid3T5ZOfTui10S+xs9EHiUBFd255snsvuuiLXauB",
                "oi/WNz7t346hY0LHi3ULUUWLwBLreyCiRWCBogAgkaQP4geA5Z9Na382Zw1CSUCGQnGSrZKBkkIqkDJUAql53LgVqiAgA8VWY3MD",
                "YwNjQ0tLAwNDA0NDI2MTdHepKVeYuBq5WD+djeGdxPgKAwMDl/gkhIQ+MNTtAFBLAwQUAAAACACuCntd0oNZlT8CAAD5BAAAGAAA",
                "AHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbHVUS27bMBC9CssC3hgwKcmx/JEF1J+iWRQIEjRd0/bIEiKJKkn/jtBNLhAU6DG66HGa",
                "nqMkpciy4K7ImTd87w2JYXDg4knGAAodszSXUxwrVYwJkesYMiZ7vIBcIxEXGVM6FFsiCwFsYw9lKXEpHZCMJTkOA5u7E2HAdypN",
                "crgTSO6yjInTDFJ+mGIHvyXuk22sbIKEQcG28ADqS6EP6JDUPJskg1wmPEcCoin+4IyXI3vCVjwmcJCNPTLNrDh/MsHtZoqp8QQp",
                "rJWhYHrZwxzS1DBpJ98qUnwWNSeb+zf6j7Z/bW/FJMx5+jXZqHiKhxhtIGK7VN3zwyeoero5W1wwxcJA8AMSptkwWJuNkdSFUsf7",
                "kAZkryXXFTZrYs4lNm9i7iW2bGJejRGtXRtwawOuLU5y80oPSuh8oltV4evvn39+fUcdlhUT1EnV5O+P59eXl85WTQKiNJ0pO3st",
                "afLSD3WGLbtuw9JNy67xEoUzt6t7jKrzo+u2vdq21yDst+7NK130WkJzr+HR6/nUo54zGlHqUMfxoOv4l/WLSsNeShTiI7aXgU+4",
                "8nk8tTophZ2eu+z+5977dQN9S7669rizEgMr6xBayb1f3D4S+u468aAmHlx/UDPVY1mwNUyxHlsJYq8FELKpDUKXj3rB7dfcfuPW",
                "By3TTcy/bnJox6EKRjWrHmRpRtQOn60njZExX8JnJrZJLlEKkdagPV8PlihnrAwUL+wXsuJK8cxuY/01gTAFGo84V3VgZOrfLvwH",
                "UEsBAhQDFAAAAAgArgp7XZugV//yAAAA/gIAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAA",
                "CACuCntda5L/wosAAADxAAAACwAAAAAAAAAAAAAAgAEjAQAAX3JlbHMvLnJlbHNQSwECFAMUAAAACACuCntdpVD8hj0BAAApAgAA",
                "DwAAAAAAAAAAAAAAgAHXAQAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgArgp7Xev2D9SvAAAABAIAABoAAAAAAAAAAAAAAIAB",
                "QQMAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgArgp7XdIF8UZSAgAARwoAAA0AAAAAAAAAAAAAAIABKAQA",
                "AHhsL3N0eWxlcy54bWxQSwECFAMUAAAACACuCntdErIn+/UAAAB7AQAAFAAAAAAAAAAAAAAAgAGlBgAAeGwvc2hhcmVkU3RyaW5n",
                "cy54bWxQSwECFAMUAAAACACuCntd0oNZlT8CAAD5BAAAGAAAAAAAAAAAAAAAgAHMBwAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1s",
                "UEsFBgAAAAAHAAcAwgEAAEEKAAAAAA==",
            ].joined())!)

    @Test("a workbook written by another program reads as Excel shows it")
    func readsOpenpyxlWorkbook() throws {
        let rows = try XLSXReader.rows(Self.openpyxlWorkbook)
        #expect(
            rows == [
                XLSXRow(number: 1, cells: ["姓名", "年份", "身份证号", "", "合计"]),
                XLSXRow(number: 2, cells: ["张三 & <李四>", "2018", "370303199001011234", "", "2019"]),
                XLSXRow(number: 3, cells: ["富文本", "2.5", "3.703031990010113e+17", "xy", "1200"]),
                XLSXRow(number: 4, cells: ["TRUE", "#DIV/0!"]),
                XLSXRow(number: 6, cells: ["  spaced  "]),
                XLSXRow(number: 7, cells: ["中国", "a\rb"]),
            ])
    }

    @Test("numbers keep their text, but integral ones lose a trailing .0 or exponent")
    func numberText() {
        #expect(XLSXReader.numberText("2018") == "2018")
        #expect(XLSXReader.numberText("2018.0") == "2018")
        #expect(XLSXReader.numberText("1.2E+3") == "1200")
        #expect(XLSXReader.numberText("-5.0") == "-5")
        #expect(XLSXReader.numberText("0.1") == "0.1")
        #expect(XLSXReader.numberText("3.70303199001011E+17") == "3.70303199001011E+17")
    }

    @Test("bytes that are not a ZIP archive throw notAZip")
    func garbage() {
        #expect(throws: XLSXError.notAZip) { try XLSXReader.rows([]) }
        #expect(throws: XLSXError.notAZip) { try XLSXReader.rows(Array("姓名,身份证号\n张三,370303199001011234\n".utf8)) }
        #expect(throws: XLSXError.notAZip) {
            try XLSXReader.rows((0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        }
    }

    @Test("a ZIP without a workbook reports the missing part")
    func notAWorkbook() {
        let zip = ZipArchive.stored([("word/document.xml", Array("<w/>".utf8))])
        #expect(throws: XLSXError.missingPart("xl/workbook.xml")) { try XLSXReader.rows(zip) }
    }

    @Test("every truncation of a workbook throws an error instead of crashing")
    func truncated() {
        let bytes = Self.openpyxlWorkbook
        for length in stride(from: 0, to: bytes.count, by: 13) {
            #expect(throws: XLSXError.self) { try XLSXReader.rows(Array(bytes[..<length])) }
        }
        #expect(throws: XLSXError.corrupt("ZIP archive is truncated")) {
            try XLSXReader.rows(Array(bytes.prefix(1_000)))
        }
    }

    @Test("damaged bytes anywhere in a workbook give an error or rows, never a crash")
    func damaged() {
        for position in stride(from: 0, to: Self.openpyxlWorkbook.count, by: 11) {
            var bytes = Self.openpyxlWorkbook
            bytes[position] ^= 0x5A
            _ = try? XLSXReader.rows(bytes)
        }
    }

    @Test("more cells than maxCells throws tooLarge")
    func cellLimit() throws {
        let bytes = XLSXWriter.workbook(sheetName: "S", rows: Array(repeating: ["a", "b", "c"], count: 10))
        #expect(try XLSXReader.rows(bytes, maxCells: 30).count == 10)
        #expect(throws: XLSXError.tooLarge) { try XLSXReader.rows(bytes, maxCells: 29) }
    }

    @Test("a document type declaration is refused, so no entity can expand")
    func doctypeRefused() {
        let sheet =
            #"<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>"#
        let zip = ZipArchive.stored([("xl/worksheets/sheet1.xml", Array(sheet.utf8))])
        #expect(throws: XLSXError.unsupported("xl/worksheets/sheet1.xml: DTD declaration")) { try XLSXReader.rows(zip) }
    }

    @Test("malformed sheet XML throws corrupt")
    func malformedXML() {
        let zip = ZipArchive.stored([("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData><row>".utf8))])
        #expect(throws: XLSXError.self) { try XLSXReader.rows(zip) }
    }

    @Test("the first sheet in tab order is read, whatever its part is called, prefixes and CDATA included")
    func prefixesAndOrder() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let workbook =
            #"<x:workbook xmlns:x="\#(main)" xmlns:rel="\#(relationships)"><x:sheets><x:sheet name="Second" sheetId="2" rel:id="rId7"/><x:sheet name="First" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>"#
        let rels =
            #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="\#(relationships)/worksheet" Target="/xl/worksheets/Data.xml"/></Relationships>"#
        let sheet =
            #"<x:worksheet xmlns:x="\#(main)"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[<b>]]></x:t></x:is></x:c></x:row><x:row><x:c r="C2" t="s"/><x:c r="D2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>"#
        let zip = ZipArchive.stored([
            ("xl/workbook.xml", Array(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
            ("xl/worksheets/sheet1.xml", Array("<worksheet/>".utf8)),
            ("xl/worksheets/data.xml", Array(sheet.utf8)),
        ])
        #expect(
            try XLSXReader.rows(zip) == [
                XLSXRow(number: 1, cells: ["1", "<b>"]),
                XLSXRow(number: 2, cells: ["", "", "", "3"]),
            ])
    }
}

/// Issue 14, defect 2: an archive of a few kilobytes or one megabyte that inflates to
/// gigabytes must be refused while inflating, before the memory is taken, whatever sizes
/// its directory declares.
@Suite("Zip bombs: the limits on unpacking an archive")
struct UnpackLimitsTests {
    /// A DEFLATE stream of `kilobytes` KiB that inflates to about a thousand times as much
    /// zeros: the megabyte-of-zeros stream with its run of back-references lengthened.
    static func bomb(kilobytes: Int) -> [UInt8] {
        let zeros = InflateTests.megabyteOfZeros
        return Array(zeros.prefix(15)) + [UInt8](repeating: 0, count: kilobytes * 1_024) + Array(zeros.suffix(2))
    }

    /// An archive whose one entry, `name`, holds `deflated` with method 8 and declares
    /// `declaredSize` uncompressed bytes (a bomb may declare anything).
    static func archive(_ name: String, deflated: [UInt8], declaredSize: UInt32) -> [UInt8] {
        var bytes = ZipArchive.stored([(name, deflated)])
        func put(_ value: UInt32, at offset: Int, bytes count: Int) {
            for index in 0..<count { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        }
        let central = 30 + name.utf8.count + deflated.count
        // APPNOTE §4.3.7 and §4.3.12: the method and the uncompressed size in both headers.
        put(8, at: 8, bytes: 2)
        put(declaredSize, at: 22, bytes: 4)
        put(8, at: central + 10, bytes: 2)
        put(declaredSize, at: central + 24, bytes: 4)
        return bytes
    }

    @Test("the bomb stream really inflates a thousandfold")
    func bombInflates() throws {
        let output = try Inflate.decompress(Self.bomb(kilobytes: 4)[...], maxOutput: 8 << 20)
        #expect(output.count > 4_000_000)
    }

    @Test("a part that would inflate beyond the ratio is refused whatever size it declares")
    func ratio() {
        // 2 KiB that inflate to 2 MiB: beyond 100 times, and beyond the 1 MiB floor.
        for declared: UInt32 in [1_000, 2 << 20] {
            let file = Self.archive(
                "xl/worksheets/sheet1.xml", deflated: Self.bomb(kilobytes: 2), declaredSize: declared)
            #expect(throws: XLSXError.tooLarge) { try XLSXReader.rows(file) }
        }
    }

    @Test("a one-megabyte bomb stops at the archive's total, not at a gigabyte")
    func total() {
        let file = Self.archive("xl/worksheets/sheet1.xml", deflated: Self.bomb(kilobytes: 1_024), declaredSize: 1_000)
        let limits = UnpackLimits(maxTotalBytes: 4 << 20, maxRatio: 10_000)
        #expect(throws: XLSXError.tooLarge) { try XLSXReader.rows(file, limits: limits) }
        #expect(throws: XLSXError.tooLarge) { try XLSXReader.rows(file) }
    }

    @Test("the total counts every part, not each one alone")
    func totalAcrossParts() throws {
        let rows = (1...2_000).map { ["第\($0)行", "淄博市张店区人民西路"] }
        let bytes = XLSXWriter.workbook(sheetName: "S", rows: rows)
        #expect(try XLSXReader.rows(bytes).count == 2_000)
        let sizes = try ZipArchive(bytes).entrySizes
        let all = sizes.values.reduce(0, +)
        let largest = sizes.values.max() ?? 0
        // Each part fits on its own; the sheet and the workbook's small parts together do not.
        #expect(throws: XLSXError.tooLarge) {
            try XLSXReader.rows(bytes, limits: UnpackLimits(maxTotalBytes: largest + 1, maxRatio: 100))
        }
        #expect(try XLSXReader.rows(bytes, limits: UnpackLimits(maxTotalBytes: all, maxRatio: 100)).count == 2_000)
    }
}
