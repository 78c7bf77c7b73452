import Foundation
import SiteKit
import Spreadsheet
import TalentDomain

/// The words of an enrolment import's outcome: why a row was refused, in the user's
/// language, and the downloadable report of refused rows in both languages.
package struct EnrollmentImportReport {
    /// The file's header: its cells and where each column is.
    package let header: EnrollmentImportHeader

    package init(header: EnrollmentImportHeader) {
        self.header = header
    }

    package static func reason(_ problem: EnrollmentImportProblem, _ m: Messages) -> String {
        switch problem {
        case .talentMissing: m(.enrolImportTalentMissing)
        case .profileIDInvalid: m(.enrolImportProfileInvalid)
        case let .residentID(error): m(.residentIDProblem(error))
        case let .person(problem): m(.importPersonCell(problem))
        case let .yearsInvalid(max): m(.fieldNumber(field: m(.enrolYearsInField), min: "0", max: String(max)))
        case .talentUnknown: m(.enrolImportTalentUnknown)
        case .noMatchingTalent: m(.enrolImportNoMatch)
        case .nameRequired: m(.enrolImportNameRequired)
        case .nameMismatch: m(.enrolImportNameMismatch)
        case .talentInactive: m(.enrolTalentInactive)
        case let .duplicateInFile(row): m(.enrolImportDuplicate(row: String(row)))
        case .alreadyEnrolled: m(.enrolAlready)
        case let .requirementNotMet(clauses):
            m(
                .enrolRequirementNotMet(
                    conditions: clauses.map { m.clause($0) }.joined(separator: m.language == .zh ? "；" : "; ")))
        }
    }

    /// The column as the user's file names it, or its template header.
    package func columnName(_ column: EnrollmentImportColumn?) -> String {
        column.map(header.fileName(of:)) ?? ""
    }

    /// CSV (UTF-8 with BOM) of every refused row: row number, column, the reason in
    /// Chinese and in English, then the row's own cells, to find it in the file.
    /// `masked`: ID numbers masked, as a stored report keeps them.
    package func csv(_ summary: EnrollmentImporter.Summary, masked: Bool) -> [UInt8] {
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        var writer = CSVWriter()
        writer.write(["行号 Row", "列 Column", "原因", "Reason"] + header.names)
        if let ignored = ImportIgnoredColumns.reportLine(header.ignored) { writer.write(ignored) }
        for problem in summary.problems {
            let cells = summary.rejectedRows[problem.row].map { masked ? header.maskingIdentifiers($0) : $0 } ?? []
            writer.write(
                ([
                    String(problem.row), columnName(problem.column), Self.reason(problem.problem, zh),
                    Self.reason(problem.problem, en),
                ] + cells).map(SpreadsheetCell.neutralized))
        }
        return writer.takeBytes()
    }
}

extension EnrollmentImportReport {
    /// Whom the refused rows of `summary` name, by ID number and by profile id.
    package func subjects(_ summary: EnrollmentImporter.Summary, cipher: PersonalDataCipher) -> Set<String> {
        let rows = summary.rejectedRows.values
        return ImportReports.subjects(
            residentIDs: rows.compactMap { header.value(.residentID, in: $0) },
            profileIDs: rows.compactMap { header.value(.profileID, in: $0).flatMap { UUID(uuidString: $0) } },
            cipher: cipher)
    }
}
