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

    /// The column as the user's file names it, or its template header.
    static func columnName(_ column: TalentImportColumn?, header: TalentImportHeader) -> String {
        column.map(header.fileName(of:)) ?? ""
    }

    /// CSV (UTF-8 with BOM) of every refused row: row number, column, the reason in
    /// Chinese and in English, then the row's own cells — so the user can fix the rows
    /// in place and import the report's data columns again.
    static func csv(_ summary: TalentImporter.Summary) -> [UInt8] {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        var writer = CSVWriter()
        writer.write(["行号 Row", "列 Column", "原因", "Reason"] + summary.header.names)
        for problem in summary.problems.sorted(by: { $0.row < $1.row }) {
            let cells = summary.rejectedRows[problem.row] ?? []
            writer.write(([String(problem.row), columnName(problem.column, header: summary.header),
                           reason(problem.problem, zh), reason(problem.problem, en)] + cells).map(SpreadsheetCell.neutralized))
        }
        return writer.takeBytes()
    }
}
