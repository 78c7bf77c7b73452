import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// The XML parts of a workbook, read with `XMLParser` (SAX): see `XLSXReader`.

/// A SAX handler of one part; `failure` is set when it stops the parser for a reason of
/// its own (a bad reference, too many cells).
protocol PartHandler: XMLParserDelegate {
    var failure: XLSXError? { get }
}

/// Runs `XMLParser` over a part. Entities (`&amp;`, `&#x4E2D;`) come back decoded;
/// `foundCharacters` may deliver one text node in several pieces (it splits at every
/// entity), so handlers append.
func parseXMLPart(_ bytes: [UInt8], part: String, with handler: some PartHandler) throws(XLSXError) {
    // ECMA-376 Part 2 §9.1.4 [M1.18] forbids DTDs in package XML and tells readers to
    // treat one as an error: that keeps entity expansion ("billion laughs") and external
    // entities out of reach altogether.
    if hasDocumentTypeDeclaration(bytes) { throw .unsupported("\(part): DTD declaration") }
    // A stream, not `XMLParser(data:)`: swift-corelibs-foundation hands `data` to libxml2
    // as one chunk, and libxml2 (without XML_PARSE_HUGE) fails a chunk over its 10 MB
    // lookup limit with error 1 — 8 MB parse, 16 MB do not, and a 100,000-row sheet is
    // 70 MB. From a stream it is fed 128 KB at a time.
    let parser = XMLParser(stream: InputStream(data: Data(bytes)))
    parser.delegate = handler
    let succeeded = parser.parse()
    if let failure = handler.failure { throw failure }
    // swift-corelibs-foundation parses in libxml2's recover mode: `parse()` returns true
    // after most well-formedness errors (an unclosed or mismatched tag) and keeps calling
    // the delegate; only `parserError` tells. Under 4 bytes (too few to detect the
    // encoding) it does not parse at all — and no XML document is that short.
    guard succeeded, parser.parserError == nil, bytes.count >= 4 else {
        throw .corrupt("\(part): malformed XML near line \(parser.lineNumber)")
    }
}

/// Whether a `<!DOCTYPE` comes before the root element (the only place XML allows one).
/// Only UTF-8 is checked, the encoding every spreadsheet program writes; a DTD in a
/// UTF-16 part is left to libxml2's own limit on entity expansion.
func hasDocumentTypeDeclaration(_ bytes: [UInt8]) -> Bool {
    let doctype = Array("<!DOCTYPE".utf8)
    var index = 0
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
        let next = bytes[open...].dropFirst().first
        if next == UInt8(ascii: "!"), bytes[open...].starts(with: doctype) { return true }
        // Only the XML declaration, processing instructions and comments may come first.
        guard next == UInt8(ascii: "?") || next == UInt8(ascii: "!") else { return false }
        index = open + 1
    }
    return false
}

/// The local part of a qualified name: writers differ in the prefixes they use (`x:row`
/// from the Open XML SDK, `row` from Excel), and the parser is not namespace-aware.
/// Element names are short, so the result is a small string, compared without allocating.
func localName(_ qualifiedName: String) -> String {
    guard let colon = qualifiedName.utf8.lastIndex(of: UInt8(ascii: ":")) else { return qualifiedName }
    return String(qualifiedName[qualifiedName.utf8.index(after: colon)...])
}

/// ECMA-376 Part 1 §22.9.2.19 (ST_Xstring): a character XML cannot carry is written as
/// `_xHHHH_` (UTF-16 code unit in hex), e.g. `_x000D_` for a carriage return, and a
/// literal `_x` sequence as `_x005F_x…`.
func decodeEscapedCharacters(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let units = Array(text.utf16)
    var decoded = [UInt16]()
    decoded.reserveCapacity(units.count)
    var index = 0
    while index < units.count {
        if units[index] == 0x5F, index + 6 < units.count, units[index + 1] == 0x78, units[index + 6] == 0x5F,
            let value = UInt16(String(decoding: units[(index + 2)..<(index + 6)], as: UTF16.self), radix: 16)
        {
            decoded.append(value)
            index += 7
        } else {
            decoded.append(units[index])
            index += 1
        }
    }
    return String(decoding: decoded, as: UTF16.self)
}

/// `xl/_rels/workbook.xml.rels`: relationship id → type and target (Part 2 §9.3).
final class RelationshipsHandler: NSObject, PartHandler {
    struct Relationship {
        let type: String
        let target: String
    }

    private var relationships = [String: Relationship]()
    let failure: XLSXError? = nil

    static func relationships(_ bytes: [UInt8], part: String) throws(XLSXError) -> [String: Relationship] {
        let handler = RelationshipsHandler()
        try parseXMLPart(bytes, part: part, with: handler)
        return handler.relationships
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        // External targets (TargetMode="External", e.g. hyperlinks) are not parts.
        guard localName(elementName) == "Relationship", attributes["TargetMode"] != "External",
            let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
        else { return }
        relationships[id] = Relationship(type: type, target: target)
    }
}

/// `xl/workbook.xml`: the names and relationship ids of the sheets, in tab order
/// (Part 1 §18.2.19).
final class WorkbookHandler: NSObject, PartHandler {
    private var sheets = [(name: String, id: String)]()
    let failure: XLSXError? = nil

    static func sheets(_ bytes: [UInt8], part: String) throws(XLSXError) -> [(name: String, id: String)] {
        let handler = WorkbookHandler()
        try parseXMLPart(bytes, part: part, with: handler)
        return handler.sheets
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        // The id attribute is in the relationships namespace, usually but not always `r:`.
        guard localName(elementName) == "sheet",
            let id = attributes.first(where: { $0.key.hasSuffix(":id") })?.value
        else { return }
        sheets.append((attributes["name"] ?? "", id))
    }
}

/// Collects the text of a rich or plain string (`<si>` in the shared string table,
/// `<is>` in a cell): the `<t>` elements, directly or in runs `<r>`, concatenated; the
/// phonetic guide `<rPh>` (Part 1 §18.4.6) is ruby text above the string, not part of it.
struct RichText {
    private var text = ""
    private var inText = false
    private var phoneticDepth = 0
    private(set) var isOpen = false

    mutating func open() { (text, isOpen) = ("", true) }

    mutating func close() -> String {
        isOpen = false
        return decodeEscapedCharacters(text)
    }

    mutating func start(_ name: String) {
        if name == "t" { inText = phoneticDepth == 0 } else if name == "rPh" { phoneticDepth += 1 }
    }

    mutating func end(_ name: String) {
        if name == "t" { inText = false } else if name == "rPh" { phoneticDepth -= 1 }
    }

    mutating func characters(_ string: String) {
        if inText { text += string }
    }
}

/// `xl/sharedStrings.xml`: the strings that cells of type `s` refer to by index
/// (Part 1 §18.4.9).
final class SharedStringsHandler: NSObject, PartHandler {
    private var strings = [String]()
    private var item = RichText()
    let failure: XLSXError? = nil

    static func strings(_ bytes: [UInt8], part: String) throws(XLSXError) -> [String] {
        let handler = SharedStringsHandler()
        try parseXMLPart(bytes, part: part, with: handler)
        return handler.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        let name = localName(elementName)
        if name == "si" { item.open() } else if item.isOpen { item.start(name) }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        let name = localName(elementName)
        if name == "si" { strings.append(item.close()) } else if item.isOpen { item.end(name) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        item.characters(string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        item.characters(String(decoding: block, as: UTF8.self))
    }
}

/// The worksheet's `<sheetData>` (Part 1 §18.3.1.80): `<row r>` elements holding `<c r t>`
/// cells whose value is `<v>`, or `<is>` for an inline string.
final class SheetHandler: NSObject, PartHandler {
    /// Excel's limit: columns A to XFD.
    static let maxColumns = 16_384

    private let sharedStrings: [String]
    private let maxCells: Int
    private(set) var failure: XLSXError?

    private var rows = [XLSXRow]()
    private var cellCount = 0
    private var rowNumber = 0
    private var cells = [String]()
    private var column = -1
    private var cellType = "n"
    private var value = ""
    private var inValue = false
    private var inlineString = RichText()

    private init(sharedStrings: [String], maxCells: Int) {
        (self.sharedStrings, self.maxCells) = (sharedStrings, maxCells)
    }

    static func rows(_ bytes: [UInt8], part: String, sharedStrings: [String], maxCells: Int) throws(XLSXError)
        -> [XLSXRow]
    {
        let handler = SheetHandler(sharedStrings: sharedStrings, maxCells: maxCells)
        try parseXMLPart(bytes, part: part, with: handler)
        var rows = handler.rows
        while rows.last?.cells.isEmpty == true { rows.removeLast() }
        return rows
    }

    private func fail(_ parser: XMLParser, _ error: XLSXError) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
        switch localName(elementName) {
        case "row":
            // `r` is optional (§18.3.1.73); without it a row follows the previous one.
            guard let number = attributes["r"].map({ Int($0) }) ?? rowNumber + 1, number > 0 else {
                return fail(parser, .corrupt("row number \(attributes["r"] ?? "")"))
            }
            (rowNumber, cells, column) = (number, [], -1)
        case "c":
            guard let column = attributes["r"].map(Self.column(ofReference:)) ?? column + 1,
                column < Self.maxColumns
            else { return fail(parser, .corrupt("cell reference \(attributes["r"] ?? "")")) }
            (self.column, cellType, value) = (column, attributes["t"] ?? "n", "")
        case "v":
            inValue = true
        case "is":
            inlineString.open()
        case let name where inlineString.isOpen:
            inlineString.start(name)
        default:
            break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        switch localName(elementName) {
        case "row":
            while cells.last?.isEmpty == true { cells.removeLast() }
            rows.append(XLSXRow(number: rowNumber, cells: cells))
        case "c":
            do throws(XLSXError) {
                let text = try cellText()
                guard !text.isEmpty else { return }
                if column >= cells.count {
                    cellCount += column + 1 - cells.count
                    guard cellCount <= maxCells else { throw .tooLarge }
                    cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count))
                }
                cells[column] = text
            } catch {
                fail(parser, error)
            }
        case "v":
            inValue = false
        case "is":
            value = inlineString.close()
        case let name where inlineString.isOpen:
            inlineString.end(name)
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else { inlineString.characters(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    /// The text of the cell just ended, by its type (§18.18.11 ST_CellType).
    private func cellText() throws(XLSXError) -> String {
        if value.isEmpty { return "" }  // a formatted but empty cell, of whatever type
        switch cellType {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw .corrupt("shared string index \(value)")
            }
            return sharedStrings[index]
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        case "n": return XLSXReader.numberText(value)
        case "str": return decodeEscapedCharacters(value)
        default: return value  // inlineStr (from `<is>`), e (error text such as #N/A), d (ISO 8601)
        }
    }

    /// The 0-based column of an A1-style reference (`C7` → 2): its letters in bijective
    /// base 26. `nil` when it has no letters or more than fit a sheet.
    static func column(ofReference reference: String) -> Int? {
        var column = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            default: return column == 0 ? nil : column - 1
            }
            guard column <= maxColumns else { return nil }
        }
        return column == 0 ? nil : column - 1
    }
}
