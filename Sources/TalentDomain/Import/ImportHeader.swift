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
    /// A header cell as typed, reduced to compare: no spaces, `_`, `-`, `*` (a mark of
    /// required columns in templates), brackets, and lower case.
    static func normalized(_ header: String) -> String {
        String(
            header.precomposedStringWithCompatibilityMapping.lowercased().filter {
                !" _-*()（）【】[]\u{3000}\t".contains($0)
            })
    }
}

/// Which cell of a row holds which column, read from the header row.
public struct ImportHeader<Column: ImportColumn>: Sendable {
    public let positions: [Column: Int]
    /// The header cells as the file has them (for the report of refused rows).
    public let names: [String]

    public enum Problem: Error, Equatable, Sendable {
        /// Required columns not found; each entry lists its alternatives.
        case missing([[Column]])
        case unknown([String])
        case duplicate(Column)
    }

    /// Reads the header; unknown names are an error too, so a mistyped optional column
    /// is not silently dropped. Empty header cells (trailing commas) are ignored.
    public init(_ cells: [String]) throws(Problem) {
        var byAlias: [String: Column] = [:]
        for column in Column.allCases { for alias in column.aliases { byAlias[Column.normalized(alias)] = column } }
        var positions: [Column: Int] = [:]
        var unknown: [String] = []
        for (index, cell) in cells.enumerated() {
            let key = Column.normalized(cell.replacingOccurrences(of: "\u{FEFF}", with: ""))
            guard !key.isEmpty else { continue }
            guard let column = byAlias[key] else {
                unknown.append(cell)
                continue
            }
            guard positions[column] == nil else { throw .duplicate(column) }
            positions[column] = index
        }
        let missing = Column.required.filter { alternatives in alternatives.allSatisfy { positions[$0] == nil } }
        if !missing.isEmpty { throw .missing(missing) }
        if !unknown.isEmpty { throw .unknown(unknown) }
        self.positions = positions
        self.names = cells
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
