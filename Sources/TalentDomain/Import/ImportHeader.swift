/// A column an import file may have: the header written in templates and the header
/// names (Chinese or English, as offices and exported spreadsheets write them) that mean it.
public protocol ImportColumn: Hashable, CaseIterable, Sendable {
    var header: String { get }
    var aliases: [String] { get }
    /// The columns a file must have. Each entry lists alternatives, any one of which
    /// will do (a person named by profile id or by ID number).
    static var required: [[Self]] { get }
    /// Columns that hold a personal identifier (ID or mobile number): a stored report of
    /// refused rows keeps them masked (issue 14).
    static var identifiers: Set<Self> { get }
}

extension ImportColumn {
    /// A header cell as typed, reduced to compare: no spaces or line breaks, `_`, `-`,
    /// `*` (a mark of required columns in templates), no bracketed notes (`身份证号（18位）`,
    /// `出生日期(年月日)`: offices add them under the name), and lower case.
    static func normalized(_ header: String) -> String {
        var kept = ""
        var depth = 0
        for character in header.precomposedStringWithCompatibilityMapping.lowercased() {
            switch character {
            case "(", "（", "【", "[": depth += 1
            case ")", "）", "】", "]": depth = max(0, depth - 1)
            case _ where depth > 0, " ", "_", "-", "*", "\u{3000}", "\t", "\n", "\r", "\r\n", "\u{FEFF}": continue
            default: kept.append(character)
            }
        }
        return kept
    }
}

/// Which cell of a row holds which column, read from the header row.
public struct ImportHeader<Column: ImportColumn>: Sendable {
    public let positions: [Column: Int]
    /// The header cells as the file has them (for the report of refused rows).
    public let names: [String]
    /// Header cells that name no column of this import (序号, 民族, a misspelt optional
    /// column), as the file writes them: their cells are not read, and the result page
    /// and the report list them, so a misspelling is seen rather than silently lost.
    public let ignored: [String]

    public enum Problem: Error, Equatable, Sendable {
        /// Required columns not found (each entry lists its alternatives), and the header
        /// cells that named nothing, which are often the misspelt required ones.
        case missing([[Column]], unrecognised: [String])
        case duplicate(Column)
    }

    /// How many rows from the top may come before the header: a title (often a merged
    /// cell across the sheet), a date line, a unit's name.
    public static var searchedRows: Int { 10 }

    /// Reads a header row. Empty header cells (trailing commas, merged cells) are skipped.
    public init(_ cells: [String]) throws(Problem) {
        let aliases = Self.byAlias
        var positions: [Column: Int] = [:]
        var ignored: [String] = []
        for (index, cell) in cells.enumerated() {
            let key = Column.normalized(cell)
            guard !key.isEmpty else { continue }
            guard let column = aliases[key] else {
                ignored.append(TalentText.trimmed(cell) ?? cell)
                continue
            }
            guard positions[column] == nil else { throw .duplicate(column) }
            positions[column] = index
        }
        let missing = Column.required.filter { alternatives in alternatives.allSatisfy { positions[$0] == nil } }
        if !missing.isEmpty { throw .missing(missing, unrecognised: ignored) }
        self.positions = positions
        self.names = cells
        self.ignored = ignored
    }

    /// The header among a file's first rows (at most `searchedRows`): the first row that
    /// names every required column, with its index in `rows`. When none does, the problem
    /// of the row that names the most columns (the header with something wrong in it).
    public static func locate(in rows: [[String]]) throws(Problem) -> (index: Int, header: Self) {
        let aliases = byAlias
        var best: (recognised: Int, problem: Problem) = (-1, .missing(Column.required, unrecognised: []))
        for (index, cells) in rows.prefix(searchedRows).enumerated() {
            do { return (index, try Self(cells)) } catch {
                if case .duplicate = error { throw error }
                let recognised = cells.count { aliases[Column.normalized($0)] != nil }
                if recognised > best.recognised { best = (recognised, error) }
            }
        }
        throw best.problem
    }

    private static var byAlias: [String: Column] {
        var byAlias: [String: Column] = [:]
        for column in Column.allCases { for alias in column.aliases { byAlias[Column.normalized(alias)] = column } }
        return byAlias
    }

    /// The row's cells with every identifier column masked: what a stored report keeps.
    /// The row number and the other cells still let the uploader find the row in the file.
    public func maskingIdentifiers(_ cells: [String]) -> [String] {
        var cells = cells
        for column in Column.identifiers {
            if let index = positions[column], cells.indices.contains(index) {
                cells[index] = IdentifierMask.mask(cells[index])
            }
        }
        return cells
    }

    /// The column as the file names it (for reports), or its template header.
    public func fileName(of column: Column) -> String {
        positions[column].flatMap { names.indices.contains($0) ? names[$0] : nil } ?? column.header
    }

    /// The trimmed cell of `column` in a row; nil when the file has no such column or the
    /// cell is empty.
    public func value(_ column: Column, in cells: [String]) -> String? {
        guard let index = positions[column], index < cells.count else { return nil }
        return TalentText.trimmed(cells[index])
    }
}

/// Masks an identifier as typed, whether or not it is valid: the first six characters of
/// an ID-number-like text (its area code) or the first three of a shorter one, and the
/// last four; the rest becomes `*`. Texts of seven characters or fewer are masked whole.
public enum IdentifierMask {
    public static func mask(_ text: String) -> String {
        let characters = Array(TalentText.trimmed(text) ?? "")
        guard characters.count > 7 else { return String(repeating: "*", count: characters.count) }
        let head = characters.count >= 15 ? 6 : 3
        return String(characters.prefix(head)) + String(repeating: "*", count: characters.count - head - 4)
            + String(characters.suffix(4))
    }
}
