import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One row of a worksheet as text.
public struct XLSXRow: Sendable, Equatable {
    /// The 1-based row number in the sheet (the `r` of `<row>`), so a problem can be
    /// reported as "row 7" the way the spreadsheet shows it.
    public let number: Int
    /// Column A at index 0, empty cells as "", without trailing empty cells.
    public let cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}

/// Reads the first worksheet of an `.xlsx` file (ECMA-376 Office Open XML
/// SpreadsheetML) as rows of text, the way a person sees the values, for bulk imports;
/// or every worksheet, by name.
///
/// Values are what the file stores, not re-formatted: dates stay serial numbers and a
/// long number typed without a leading `'` (an ID number Excel shows as `3.70303E+17`)
/// stays the text Excel saved, since its last digits are already lost; callers validate.
public enum XLSXReader {
    /// The rows of the first worksheet in workbook order, in sheet order. Rows that exist
    /// in the sheet but are empty are kept (their numbers tell where the gaps are), except
    /// at the end, where formatting alone often leaves them.
    /// - Parameters:
    ///   - maxCells: more cells (counting the gaps filled with "") throws `.tooLarge`.
    ///   - limits: how far the archive's parts may inflate; beyond, `.tooLarge`.
    public static func rows(
        _ bytes: [UInt8], maxCells: Int = 50_000_000,
        limits: UnpackLimits = .uploads
    ) throws(XLSXError) -> [XLSXRow] {
        try read(bytes, maxCells: maxCells, limits: limits, allSheets: false).first?.rows ?? []
    }

    /// Every worksheet in tab order, each by its name, read as `rows` reads the first;
    /// `maxCells` and `limits` count all of them together.
    public static func sheets(
        _ bytes: [UInt8], maxCells: Int = 50_000_000,
        limits: UnpackLimits = .uploads
    ) throws(XLSXError) -> [(name: String, rows: [XLSXRow])] {
        try read(bytes, maxCells: maxCells, limits: limits, allSheets: true)
    }

    private static func read(_ bytes: [UInt8], maxCells: Int, limits: UnpackLimits, allSheets: Bool)
        throws(XLSXError) -> [(name: String, rows: [XLSXRow])]
    {
        let archive = try ZipArchive(bytes)
        var budget = UnpackBudget(archive: archive, limits: limits)
        let parts = try WorkbookParts(&budget)
        let sharedStrings =
            try parts.sharedStrings.map { (path) throws(XLSXError) in
                try SharedStringsHandler.strings(budget.entry(named: path), part: path)
            } ?? []
        var sheets = [(name: String, rows: [XLSXRow])]()
        var cellsLeft = maxCells
        for sheet in allSheets ? parts.worksheets : Array(parts.worksheets.prefix(1)) {
            let rows = try SheetHandler.rows(
                budget.entry(named: sheet.path), part: sheet.path, sharedStrings: sharedStrings, maxCells: cellsLeft)
            cellsLeft -= rows.reduce(0) { $0 + $1.cells.count }
            sheets.append((sheet.name, rows))
        }
        return sheets
    }

    /// A number as written, except that an integral value written with a decimal point or
    /// exponent (`2018.0`, `1.2E+3`) is shown as an integer, as a person would type it.
    /// Beyond 15 significant digits (Excel's precision) the integer would be made-up
    /// digits, so such numbers (`3.70303199001011E+17`) stay as written.
    static func numberText(_ text: String) -> String {
        guard text.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }),
            let number = Double(text), number.rounded() == number, abs(number) < 1e15
        else { return text }
        return String(Int64(number))
    }
}

/// Where the worksheets and the shared string table are: ECMA-376 Part 1 §18.2.20
/// (`<sheets>` lists sheets in tab order, each naming a relationship) and Part 2 §9.3
/// (relationships map that id to a part path relative to the workbook part).
private struct WorkbookParts {
    static let workbook = "xl/workbook.xml"
    static let relationships = "xl/_rels/workbook.xml.rels"

    /// The worksheets in tab order; when the workbook does not say, the part every common
    /// writer gives the first sheet. Never empty.
    private(set) var worksheets = [(name: "Sheet1", path: "xl/worksheets/sheet1.xml")]
    private(set) var sharedStrings: String?

    init(_ budget: inout UnpackBudget) throws(XLSXError) {
        let archive = budget.archive
        var sharedStrings = "xl/sharedStrings.xml"
        if archive.contains(Self.workbook), archive.contains(Self.relationships) {
            let relationships = try RelationshipsHandler.relationships(
                budget.entry(named: Self.relationships), part: Self.relationships
            )
            let sheets = try WorkbookHandler.sheets(budget.entry(named: Self.workbook), part: Self.workbook)
            // Type URIs differ between transitional and strict OOXML; the last segment does not.
            let listed = sheets.compactMap { sheet in
                relationships[sheet.id].flatMap {
                    $0.type.hasSuffix("/worksheet") ? (name: sheet.name, path: Self.resolve($0.target)) : nil
                }
            }
            if !listed.isEmpty { worksheets = listed }
            if let strings = relationships.values.first(where: { $0.type.hasSuffix("/sharedStrings") }) {
                sharedStrings = Self.resolve(strings.target)
            }
        }
        // Only the first is checked here (a later one missing is reported when it is read).
        guard archive.contains(worksheets[0].path) else {
            throw .missingPart(archive.contains(Self.workbook) ? worksheets[0].path : Self.workbook)
        }
        self.sharedStrings = archive.contains(sharedStrings) ? sharedStrings : nil
    }

    /// A relationship target as a ZIP entry name: relative to `xl/` (the workbook's
    /// folder), or absolute from the package root when it starts with `/` (Part 2 §9.3.2).
    private static func resolve(_ target: String) -> String {
        let path = target.hasPrefix("/") ? target.dropFirst() : "xl/\(target)"
        var segments = [Substring]()
        for segment in path.split(separator: "/") where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        return segments.joined(separator: "/")
    }
}

/// How far the parts of one archive may inflate. A few kilobytes of DEFLATE can expand to
/// gigabytes (a "zip bomb": issue 14 measured a 1 MB upload taking a server from 262 MB
/// to 3.3 GB), so every archive read is bounded twice: in all, and per part relative to
/// its compressed size (real spreadsheet XML compresses 5 to 20 times; a bomb about 1,000).
public struct UnpackLimits: Sendable, Equatable {
    /// All parts read from one archive together, uncompressed.
    public var maxTotalBytes: Int
    /// A part's uncompressed size over its compressed size.
    public var maxRatio: Int

    public init(maxTotalBytes: Int, maxRatio: Int) {
        (self.maxTotalBytes, self.maxRatio) = (maxTotalBytes, maxRatio)
    }

    /// Parts up to this size are not held to the ratio: tiny parts compress oddly.
    public static let ratioFloor = 1 << 20

    /// Uploaded spreadsheets: 100,000 rows of an enrolment file or 50,000 rows of a
    /// talent export unpack to about 25 to 45 MB. Larger imports go as CSV.
    public static let uploads = UnpackLimits(maxTotalBytes: 64 << 20, maxRatio: 100)
}

/// What is left of an archive's `UnpackLimits` as its parts are read.
struct UnpackBudget {
    let archive: ZipArchive
    let limits: UnpackLimits
    private var remaining: Int

    init(archive: ZipArchive, limits: UnpackLimits) {
        (self.archive, self.limits, remaining) = (archive, limits, limits.maxTotalBytes)
    }

    mutating func entry(named name: String) throws(XLSXError) -> [UInt8] {
        let content = try archive.entry(named: name, maxSize: remaining, maxRatio: limits.maxRatio)
        remaining -= content.count
        return content
    }
}
