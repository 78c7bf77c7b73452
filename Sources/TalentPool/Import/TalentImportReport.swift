import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentDomain

/// The words of an import's outcome: why a file or a row was refused, in the user's
/// language, and the downloadable report of refused rows in both languages.
package enum TalentImportReport {
    package static func reason(_ problem: TalentImportProblem, _ m: Messages) -> String {
        switch problem {
        case .missing: m(.importRowMissing)
        case let .tooLong(max): m(.importRowTooLong(max: String(max)))
        case .formula: m(.importRowFormula)
        case let .residentID(error): m(.residentIDProblem(error))
        case let .person(problem): m(.importPersonCell(problem))
        case .mobileInvalid: m(.userMobileInvalid)
        case .emailInvalid: m(.userEmailInvalid)
        case .districtUnknown: m(.districtUnknownCode)
        case .educationUnknown: m(.talentEducationInvalid)
        case let .graduationYearInvalid(max): m(.talentGraduationYearInvalid(max: String(max)))
        case .employerUnknown: m(.importRowEmployerUnknown)
        case let .occupationUnknown(code): m(.talentOccupationUnknown(code: code))
        case .skillsInvalid: m(.talentSkillsInvalid)
        case .categoryUnknown: m(.talentCategoryUnknown)
        case .keyGroupUnknown: m(.talentKeyGroupUnknown)
        case let .duplicateInFile(row): m(.importRowDuplicateInFile(row: String(row)))
        case .existsInPool: m(.importRowExists)
        }
    }

    /// The column as the user's file names it, or its template header.
    package static func columnName(_ column: TalentImportColumn?, header: TalentImportHeader) -> String {
        column.map(header.fileName(of:)) ?? ""
    }

    /// CSV (UTF-8 with BOM) of every refused row: row number, column, the reason in
    /// Chinese and in English, then the row's own cells — so the user finds each row in
    /// their file. `masked`: ID and mobile numbers masked, as a stored report keeps them.
    package static func csv(_ summary: TalentImporter.Summary, masked: Bool) -> [UInt8] {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        var writer = CSVWriter()
        writer.write(["行号 Row", "列 Column", "原因", "Reason"] + summary.header.names)
        if let ignored = ImportIgnoredColumns.reportLine(summary.header.ignored) { writer.write(ignored) }
        for problem in summary.problems.sorted(by: { $0.row < $1.row }) {
            let cells =
                summary.rejectedRows[problem.row].map { masked ? summary.header.maskingIdentifiers($0) : $0 } ?? []
            writer.write(
                ([
                    String(problem.row), columnName(problem.column, header: summary.header),
                    reason(problem.problem, zh), reason(problem.problem, en),
                ] + cells).map(SpreadsheetCell.neutralized))
        }
        return writer.takeBytes()
    }
}

extension TalentImportReport {
    /// Keeps the outcome of a web import on its row: the first refused rows with their
    /// reasons (no cell values) for the page, and the whole report sealed (`ImportReports`).
    package static func store(
        _ summary: TalentImporter.Summary, in job: TalentImport, cipher: PersonalDataCipher,
        on db: any Database
    ) async throws {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        job.report = try ImportReports.seal(csv(summary, masked: true), cipher: cipher)
        let shown = summary.problems.sorted { $0.row < $1.row }.prefix(ImportProblemsSection.shownProblems).map {
            ImportShownProblem(
                row: $0.row, column: columnName($0.column, header: summary.header),
                zh: reason($0.problem, zh), en: reason($0.problem, en))
        }
        job.problems = String(decoding: try JSONEncoder().encode(Array(shown)), as: UTF8.self)
        let residentIDs = summary.rejectedRows.values.compactMap { summary.header.value(.residentID, in: $0) }
        try await ImportReports.remember(
            ImportReports.subjects(residentIDs: residentIDs, cipher: cipher),
            of: try job.requireID(), on: db)
    }
}
