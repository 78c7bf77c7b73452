/// Writes an `.xlsx` workbook (ECMA-376 SpreadsheetML) for exports and import
/// templates. Every cell is an inline string, so ID numbers, phone numbers and codes
/// with leading zeros stay exactly as given instead of being turned into numbers (and
/// rounded to 15 digits) by Excel. The first row of each sheet is bold, as a header.
///
/// The output is deterministic: the same sheets give the same bytes, so exports can be
/// compared and cached. Text is written whole: Excel's limit of 32,767 characters per
/// cell is the caller's to respect when exporting free text.
public enum XLSXWriter {
    public static func workbook(sheetName: String, rows: [[String]]) -> [UInt8] {
        workbook(sheets: [(sheetName, rows)])
    }

    /// A workbook of several sheets, in tab order. Names are made safe (`safeSheetName`)
    /// and unique, as Excel requires (it compares them ignoring case); no sheets at all
    /// gives one empty sheet, since a workbook must have one.
    public static func workbook(sheets: [(name: String, rows: [[String]])]) -> [UInt8] {
        let sheets = sheets.isEmpty ? [("Sheet1", [])] : sheets
        let names = uniqueNames(sheets.map { safeSheetName($0.name) })
        return ZipArchive.stored(
            [
                ("[Content_Types].xml", Array(Parts.contentTypes(sheetCount: sheets.count).utf8)),
                ("_rels/.rels", Array(Parts.packageRelationships.utf8)),
                ("xl/workbook.xml", Array(Parts.workbook(sheetNames: names).utf8)),
                ("xl/_rels/workbook.xml.rels", Array(Parts.workbookRelationships(sheetCount: sheets.count).utf8)),
            ]
                + sheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", worksheet($0.element.rows)) }
                + [("xl/styles.xml", Array(Parts.styles.utf8))])
    }

    /// `names` with a later repeat (ignoring case) numbered ` (2)`, ` (3)` …, kept within 31.
    static func uniqueNames(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            var candidate = name
            var number = 1
            while taken.contains(candidate.lowercased()) {
                number += 1
                let suffix = " (\(number))"
                var stem = name
                while stem.utf16.count + suffix.utf16.count > 31 { stem.removeLast() }
                candidate = stem + suffix
            }
            taken.insert(candidate.lowercased())
            return candidate
        }
    }

    /// Style index of the header row in `Parts.styles`' `cellXfs`.
    private static let headerStyle = 1

    /// Part 1 §18.3.1.80 sheetData: empty cells are left out, which leaves them blank.
    /// Built as bytes, not a `String`: a 100,000-row export is about 100 MB of XML.
    private static func worksheet(_ rows: [[String]]) -> [UInt8] {
        let columnNames = (0..<(rows.lazy.map(\.count).max() ?? 0)).map { Array(columnName($0).utf8) }
        var xml = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        xml += #"<worksheet xmlns="\#(Parts.mainNamespace)"><sheetData>"#.utf8
        for (rowIndex, row) in rows.enumerated() where row.contains(where: { !$0.isEmpty }) {
            let rowNumber = Array(String(rowIndex + 1).utf8)
            let cellStart = Array(
                (rowIndex == 0
                    ? #"" s="\#(headerStyle)" t="inlineStr"><is><t xml:space="preserve">"#
                    : #"" t="inlineStr"><is><t xml:space="preserve">"#).utf8)
            xml += #"<row r=""#.utf8
            xml += rowNumber
            xml += #"">"#.utf8
            for (columnIndex, text) in row.enumerated() where !text.isEmpty {
                xml += #"<c r=""#.utf8
                xml += columnNames[columnIndex]
                xml += rowNumber
                xml += cellStart
                appendEscaped(text, to: &xml)
                xml += "</t></is></c>".utf8
            }
            xml += "</row>".utf8
        }
        xml += "</sheetData></worksheet>".utf8
        return xml
    }

    /// `A`, …, `Z`, `AA`, …: bijective base 26 of the 1-based column number.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var letters = [Character]()
        while number > 0 {
            number -= 1
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(number % 26))))
            number /= 26
        }
        return String(letters.reversed())
    }

    static func escaped(_ text: String) -> String {
        var bytes = [UInt8]()
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends text as XML character data: markup characters escaped, a carriage return
    /// as a character reference (a literal one would be read as a line feed, XML 1.0
    /// §2.11), and characters XML 1.0 §2.2 does not allow at all (C0 controls other than
    /// tab and line feed, U+FFFE, U+FFFF) dropped. A literal `_xHHHH_` gets its underscore
    /// escaped as `_x005F_`, or Excel would read it as an escaped character (Part 1
    /// §22.9.2.19 ST_Xstring). Works on UTF-8 bytes: everything it changes is ASCII, or
    /// U+FFFE/U+FFFF (EF BF BE/BF), and multi-byte sequences never contain ASCII bytes.
    private static func appendEscaped(_ text: String, to xml: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: mayNeedEscaping) else {
                xml += bytes
                return
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): xml += "&amp;".utf8
                case UInt8(ascii: "<"): xml += "&lt;".utf8
                case UInt8(ascii: ">"): xml += "&gt;".utf8
                case UInt8(ascii: "\""): xml += "&quot;".utf8
                case UInt8(ascii: "\r"): xml += "&#13;".utf8
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"): xml.append(byte)
                case ..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    index += 2
                case UInt8(ascii: "_") where startsEscapeSequence(bytes[(index + 1)...]):
                    xml += "_x005F_".utf8
                default: xml.append(byte)
                }
                index += 1
            }
        }
    }

    /// A byte that may start something `appendEscaped` changes; most text has none.
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x20, 0xEF, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Whether `rest` (what follows an underscore) is `xHHHH_`.
    private static func startsEscapeSequence(_ rest: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        rest.count >= 6 && rest.first == UInt8(ascii: "x") && rest.dropFirst(5).first == UInt8(ascii: "_")
            && rest.dropFirst().prefix(4).allSatisfy { Character(Unicode.Scalar($0)).isHexDigit }
    }

    /// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not starting
    /// or ending with an apostrophe, not empty. Offending characters become `_`; control
    /// characters, which XML cannot carry, are dropped.
    static func safeSheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let printable = String(
            String.UnicodeScalarView(
                name.unicodeScalars.filter { $0.value >= 0x20 && !(0xFFFE...0xFFFF).contains($0.value) }))
        var safe = String(printable.map { forbidden.contains($0) ? "_" : $0 })
        // Excel counts UTF-16 code units; drop whole characters until it fits.
        while safe.utf16.count > 31 { safe.removeLast() }
        while safe.hasPrefix("'") { safe.removeFirst() }
        while safe.hasSuffix("'") { safe.removeLast() }
        return safe.isEmpty ? "Sheet1" : safe
    }
}

/// The fixed parts of the package (ECMA-376 Part 2 §10.1.2 content types, §9.3
/// relationships) and a minimal workbook and stylesheet.
private enum Parts {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func contentTypes(sheetCount: Int) -> String {
        declaration
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + (1...sheetCount).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined()
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + "</Types>"
    }

    static let packageRelationships =
        declaration
        + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipTypes)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    /// Sheet `n` is relationship `rIdn`; the styles come after the sheets.
    static func workbookRelationships(sheetCount: Int) -> String {
        declaration
            + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
            + (1...sheetCount).map {
                #"<Relationship Id="rId\#($0)" Type="\#(relationshipTypes)/worksheet" Target="worksheets/sheet\#($0).xml"/>"#
            }.joined()
            + #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipTypes)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    static func workbook(sheetNames: [String]) -> String {
        declaration
            + #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipTypes)">"#
            + "<sheets>"
            + sheetNames.enumerated().map {
                #"<sheet name="\#(XLSXWriter.escaped($0.element))" sheetId="\#($0.offset + 1)" r:id="rId\#($0.offset + 1)"/>"#
            }.joined()
            + "</sheets></workbook>"
    }

    /// Part 1 §18.8: fonts (0 regular, 1 bold), the two fills Excel requires (none and
    /// gray125, §18.8.20), one border, and cell formats 0 (default) and 1 (bold header).
    static let styles =
        declaration
        + #"<styleSheet xmlns="\#(mainNamespace)">"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
        + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
