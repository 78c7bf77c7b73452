import Foundation
import TalentDomain

/// The words of an import's outcome: why a file or a row was refused, in the user's
/// language, and the downloadable report of refused rows in both languages.
enum TalentImportReport {
    static func reason(_ problem: TalentImportProblem, _ m: Messages) -> String {
        switch problem {
        case .missing: m(.importRowMissing)
        case let .tooLong(max): m(.importRowTooLong, ["max": String(max)])
        case .formula: m(.importRowFormula)
        case let .residentID(error): m.residentIDProblem(error)
        case .mobileInvalid: m(.userMobileInvalid)
        case .emailInvalid: m(.userEmailInvalid)
        case .districtUnknown: m(.districtUnknownCode)
        case .educationUnknown: m(.talentEducationInvalid)
        case let .graduationYearInvalid(max): m(.talentGraduationYearInvalid, ["max": String(max)])
        case .employerUnknown: m(.importRowEmployerUnknown)
        case let .occupationUnknown(code): m(.talentOccupationUnknown, ["code": code])
        case .skillsInvalid: m(.talentSkillsInvalid)
        case .categoryUnknown: m(.talentCategoryUnknown)
        case .keyGroupUnknown: m(.talentKeyGroupUnknown)
        case let .duplicateInFile(row): m(.importRowDuplicateInFile, ["row": String(row)])
        case .existsInPool: m(.importRowExists)
        }
    }

    static func message(_ problem: TalentImportFileProblem, _ m: Messages) -> String {
        let list = { (items: [String]) in items.joined(separator: m.language == .zh ? "、" : ", ") }
        return switch problem {
        case .empty: m(.importFileEmpty)
        case .binary: m(.importFileBinary)
        case .encoding: m(.importFileEncoding)
        case .noRows: m(.importFileNoRows)
        case let .missingColumns(columns): m(.importFileColumns, ["columns": list(columns.map(\.header))])
        case let .unknownColumns(names): m(.importFileUnknownColumn, ["columns": list(names.map { String($0.prefix(40)) })])
        case let .duplicateColumn(column): m(.importFileUnknownColumn, ["columns": column.header])
        case let .tooManyRows(max): m(.importFileTooManyRows, ["max": max.formatted()])
        case let .recordTooLong(line): m(.importFileRecordTooLong, ["line": String(line)])
        case let .fieldTooLong(line): m(.importFileFieldTooLong, ["line": String(line)])
        case let .unterminatedQuote(line): m(.importFileUnterminatedQuote, ["line": String(line)])
        case let .workbook(reason): m(.importFileWorkbook, ["reason": reason])
        }
    }

    /// The column as the user's file names it.
    static func columnName(_ column: TalentImportColumn?, header: [String], positions: [TalentImportColumn: Int]) -> String {
        guard let column else { return "" }
        return positions[column].flatMap { header.indices.contains($0) ? header[$0] : nil } ?? column.header
    }

    /// CSV (UTF-8 with BOM) of every refused row: row number, column, the reason in
    /// Chinese and in English, then the row's own cells — so the user can fix the rows
    /// in place and import the report's data columns again.
    static func csv(_ summary: TalentImporter.Summary, positions: [TalentImportColumn: Int]) -> [UInt8] {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        var writer = CSVWriter()
        writer.write(["行号 Row", "列 Column", "原因", "Reason"] + summary.header)
        for problem in summary.problems.sorted(by: { $0.row < $1.row }) {
            let cells = summary.rejectedRows[problem.row] ?? []
            writer.write(([String(problem.row), columnName(problem.column, header: summary.header, positions: positions),
                           reason(problem.problem, zh), reason(problem.problem, en)] + cells).map(SpreadsheetCell.neutralized))
        }
        return writer.takeBytes()
    }
}
