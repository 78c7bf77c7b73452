import Foundation
import Spreadsheet
import TalentDomain

/// Why a whole import file is refused before any row is looked at.
package enum ImportFileProblem: Error, Equatable, Sendable {
    case empty, binary, encoding, noRows
    /// Required columns not found, by their template headers (alternatives joined by
    /// " / "), and the header cells that named nothing (often the required ones, misspelt).
    case missingColumns([String], unrecognised: [String] = [])
    case duplicateColumn(String)
    case tooManyRows(max: Int)
    case recordTooLong(line: Int)
    case fieldTooLong(line: Int)
    case unterminatedQuote(line: Int)
    case workbook(String)
    /// The workbook would unpack to more than `UnpackLimits.uploads` allows.
    case unpackedTooLarge(maxMB: Int)
}

/// The rows of an uploaded file, CSV (UTF-8 with or without BOM, or GB18030/GBK) or XLSX
/// (told apart by the zip signature, not by the file name, which users get wrong), with
/// the header read as `Column`s.
///
/// Files as offices keep them: the header may sit below a title (a merged cell across the
/// sheet), a date line or blank rows, within the first `ImportHeader.searchedRows`;
/// rows above it are not data. Rows whose every cell is blank (formatting left below a
/// table, a spacer line) are skipped.
package struct ImportSource<Column: ImportColumn>: Sendable {
    package let header: ImportHeader<Column>
    private var reader: Reader
    /// Rows read while looking for the header that come after it, in order.
    private var pending: [(number: Int, cells: [String])]

    private enum Reader: Sendable {
        case csv(CSVReader)
        case rows(IndexingIterator<[XLSXRow]>)
    }

    package init(bytes: [UInt8]) throws(ImportFileProblem) {
        var top: [(number: Int, cells: [String])] = []
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let rows: [XLSXRow]
            do { rows = try XLSXReader.rows(bytes) } catch {
                if error == .tooLarge { throw .unpackedTooLarge(maxMB: UnpackLimits.uploads.maxTotalBytes >> 20) }
                throw .workbook(String(describing: error))
            }
            var iterator = rows.makeIterator()
            while top.count < ImportHeader<Column>.searchedRows, let row = iterator.next() {
                top.append((row.number, row.cells))
            }
            reader = .rows(iterator)
        } else {
            let text: String
            do { text = try TextDecoding.decode(bytes).text } catch {
                switch error {
                case .empty: throw .empty
                case .binary: throw .binary
                case .invalidText, .unsupportedEncoding: throw .encoding
                }
            }
            var csv = CSVReader(text)
            while top.count < ImportHeader<Column>.searchedRows,
                let row = try Self.mapped({ () throws(CSVError) in try csv.next() })
            {
                top.append((row.line, row.fields))
            }
            reader = .csv(csv)
        }
        guard top.contains(where: { !Self.isBlank($0.cells) }) else { throw .empty }
        let found: (index: Int, header: ImportHeader<Column>)
        do { found = try ImportHeader.locate(in: top.map(\.cells)) } catch {
            switch error {
            case let .missing(columns, unrecognised):
                throw .missingColumns(
                    columns.map { $0.map(\.header).joined(separator: " / ") }, unrecognised: unrecognised)
            case let .duplicate(column): throw .duplicateColumn(column.header)
            }
        }
        header = found.header
        pending = Array(top[(found.index + 1)...])
    }

    /// The next data row: its number in the spreadsheet and its cells; nil at the end.
    package mutating func next() throws(ImportFileProblem) -> (number: Int, cells: [String])? {
        while let row = try nextRow() {
            if !Self.isBlank(row.cells) { return row }
        }
        return nil
    }

    private mutating func nextRow() throws(ImportFileProblem) -> (number: Int, cells: [String])? {
        if !pending.isEmpty { return pending.removeFirst() }
        switch reader {
        case var .csv(csv):
            let row = try Self.mapped({ () throws(CSVError) in try csv.next() })
            reader = .csv(csv)
            return row.map { ($0.line, $0.fields) }
        case var .rows(iterator):
            let row = iterator.next()
            reader = .rows(iterator)
            return row.map { ($0.number, $0.cells) }
        }
    }

    private static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { TalentText.trimmed($0) == nil }
    }

    private static func mapped(_ read: () throws(CSVError) -> CSVRow?) throws(ImportFileProblem) -> CSVRow? {
        do { return try read() } catch {
            switch error {
            case let .recordTooLong(line): throw .recordTooLong(line: line)
            case let .fieldTooLong(line): throw .fieldTooLong(line: line)
            case let .unterminatedQuote(line): throw .unterminatedQuote(line: line)
            }
        }
    }
}

package typealias TalentImportSource = ImportSource<TalentImportColumn>

extension TalentImportSource {
    /// A file bigger than this is a job for several files, not one.
    package static let maxRows = 1_000_000
}

extension ImportFileProblem {
    /// Why the file is refused, in the user's language.
    package func message(_ m: Messages) -> String {
        let list = { (items: [String]) in items.joined(separator: m.language == .zh ? "、" : ", ") }
        return switch self {
        case .empty: m(.importFileEmpty)
        case .binary: m(.importFileBinary)
        case .encoding: m(.importFileEncoding)
        case .noRows: m(.importFileNoRows)
        case let .missingColumns(columns, unrecognised):
            m(.importFileColumns(columns: list(columns)))
                + (unrecognised.isEmpty
                    ? "" : m(.importFileUnknownColumn(columns: list(unrecognised.map { String($0.prefix(40)) }))))
        case let .duplicateColumn(column): m(.importFileDuplicateColumn(column: column))
        case let .tooManyRows(max): m(.importFileTooManyRows(max: max.formatted()))
        case let .recordTooLong(line): m(.importFileRecordTooLong(line: String(line)))
        case let .fieldTooLong(line): m(.importFileFieldTooLong(line: String(line)))
        case let .unterminatedQuote(line): m(.importFileUnterminatedQuote(line: String(line)))
        case let .workbook(reason): m(.importFileWorkbook(reason: reason))
        case let .unpackedTooLarge(maxMB): m(.importFileUnpackedTooLarge(max: String(maxMB)))
        }
    }
}
