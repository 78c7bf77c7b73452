/// Builds CSV for export as RFC 4180 writes it: CRLF after every record, and a field in
/// double quotes, with `"` doubled, when it could otherwise be misread.
///
/// The output is UTF-8 behind a byte-order mark by default: Excel on Chinese Windows reads
/// a CSV without one as GBK and shows UTF-8 Chinese as mojibake; with it, Excel (and
/// `TextDecoding`) reads UTF-8.
///
/// Cells are written exactly as given. Protecting spreadsheet users from formulas in the
/// data is the exporter's decision per cell (`SpreadsheetCell.neutralized`), because the
/// same values also go to the XLSX writer, and because not every export is for a
/// spreadsheet: a file meant to be re-imported must keep `-5` as `-5`.
public struct CSVWriter: Sendable {
    /// The CSV written so far, since the last `takeBytes()`.
    public private(set) var bytes: [UInt8]

    public init(bom: Bool = true) {
        bytes = bom ? [0xEF, 0xBB, 0xBF] : []
    }

    /// Appends one record.
    public mutating func write(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var field = field
            // Working on the UTF-8 buffer, not the `UTF8View`, makes the checks below a
            // plain loop over bytes; it matters on a million-row export.
            field.withUTF8 { append($0) }
        }
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Returns what was written and empties the buffer, so a large export can be sent in
    /// chunks instead of held whole.
    public mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    private mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        guard Self.needsQuotes(field) else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(Self.quote)
        for byte in field {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    private static let quote = UInt8(ascii: "\"")

    /// RFC 4180 §2.6 requires quotes around a comma, quote, CR or LF. Quotes also go
    /// around a tab, so that a reader choosing between comma and tab (as `CSVReader`
    /// does) cannot mistake a header full of tabs for TSV, and around leading or trailing
    /// spaces, which some importers trim from unquoted fields.
    private static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = field.first, let last = field.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return field.contains { byte in
            byte == UInt8(ascii: ",") || byte == quote || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        }
    }
}

/// Formula-injection protection for cells exported to spreadsheets (OWASP "CSV
/// Injection"; ASVS 5.0 requirement 1.2.10). Excel, WPS, LibreOffice and Google Sheets
/// evaluate a cell that starts with `=`, `+`, `-` or `@` as a formula, and one such cell
/// in data typed by the public — a name, a company — can run `=HYPERLINK(…)` or a DDE
/// command on the officer who opens the export.
public enum SpreadsheetCell {
    /// The value with `'` in front if a spreadsheet could take it for a formula;
    /// otherwise unchanged. Spreadsheets read a leading `'` as "this cell is text" and do
    /// not show it. The cost is that legitimate values such as `-5` or `+86 138…` gain
    /// a visible `'` in plain-text tools, which OWASP accepts as the lesser evil.
    public static func neutralized(_ value: String) -> String {
        let firstSignificant = value.unicodeScalars.first { !ignoredLeadingScalars.contains($0) }
        guard let firstSignificant, triggers.contains(firstSignificant) else { return value }
        return "'" + value
    }

    /// The OWASP list (`=`, `+`, `-`, `@`, tab, CR), NUL from ASVS, and, as a
    /// precaution, the full-width forms ＝＋－＠: Chinese input methods type them by
    /// default, and a spreadsheet that folds full-width characters on entry or import
    /// would read them as the ASCII triggers.
    private static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\0", "＝", "＋", "－", "＠",
    ]

    /// Spaces and line feeds before a trigger are looked through: spreadsheets and import
    /// dialogs trim leading spaces ("Trim spaces" in LibreOffice) and would then see the
    /// formula. Tab and CR are triggers in their own right, so they are not listed here.
    private static let ignoredLeadingScalars: Set<Unicode.Scalar> = [" ", "\n", "\u{3000}"]
}
