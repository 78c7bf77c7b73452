import Foundation
import Plot
import Spreadsheet

/// A refused row as an import's result page lists it, in both languages (stored as JSON
/// on the import's record, so the page reads in either language later).
package struct ImportShownProblem: Codable, Sendable {
    package var row: Int
    package var column: String
    package var zh: String
    package var en: String

    package init(row: Int, column: String, zh: String, en: String) {
        (self.row, self.column, self.zh, self.en) = (row, column, zh, en)
    }

    /// The stored list; empty when there is none.
    package static func decode(_ json: String?) -> [ImportShownProblem] {
        json.flatMap { try? JSONDecoder().decode([ImportShownProblem].self, from: Data($0.utf8)) } ?? []
    }
}

/// The refused rows of an import on its result page: a link to the full report (an
/// import that keeps one), a note when only the first rows are listed, and the table.
package enum ImportProblemsSection {
    /// How many refused rows an import keeps for its page; the report has all.
    package static let shownProblems = 200

    /// `ignored`: the file's columns the import did not read (`ImportHeader.ignored`).
    package static func render(
        _ problems: [ImportShownProblem], rejected: Int, report: SiteURL?, ignored: [String] = [],
        _ m: Messages
    ) -> Node<HTML.BodyContext> {
        .group(
            .if(
                !ignored.isEmpty,
                .p(
                    .id("import-ignored"), .class("notice notice--warn"),
                    .text(m(.importIgnoredColumns(columns: ignored.joined(separator: m.language == .zh ? "、" : ", ")))))
            ),
            problemsTable(problems, rejected: rejected, report: report, m))
    }

    private static func problemsTable(
        _ problems: [ImportShownProblem], rejected: Int, report: SiteURL?, _ m: Messages
    ) -> Node<HTML.BodyContext> {
        .if(
            !problems.isEmpty,
            .section(
                .attribute(named: "aria-labelledby", value: "report-heading"),
                .h2(.id("report-heading"), .text(m(.importReportTitle))),
                .unwrap(report) { .p(.a(.href($0.path), .text(m(.importReportDownload)))) },
                .if(rejected > problems.count, .p(.text(m(.importReportMore(count: String(problems.count)))))),
                .div(
                    .class("table-wrap"), .attribute(named: "role", value: "region"),
                    .attribute(named: "aria-labelledby", value: "report-heading"),
                    .attribute(named: "tabindex", value: "0"),
                    .table(
                        .class("data-table"), .id("import-problems"),
                        .thead(
                            .tr(.th(.text(m(.columnRow))), .th(.text(m(.columnColumn))), .th(.text(m(.columnReason))))),
                        .tbody(
                            .forEach(problems) { problem in
                                .tr(
                                    .td(.text(String(problem.row))), .td(.text(problem.column)),
                                    .td(.text(m.language == .zh ? problem.zh : problem.en)))
                            })))
            ))
    }
}

/// The columns an import did not read, as its record keeps them (a JSON list).
package enum ImportIgnoredColumns {
    package static func encode(_ names: [String]) -> String? {
        names.isEmpty ? nil : String(decoding: (try? JSONEncoder().encode(names)) ?? Data(), as: UTF8.self)
    }

    package static func decode(_ json: String?) -> [String] {
        json.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
    }

    /// The report's line for them, after its header and before the refused rows: no row
    /// number, the columns in the column field, the reason in both languages.
    package static func reportLine(_ names: [String]) -> [String]? {
        guard !names.isEmpty else { return nil }
        let (zh, en) = (Messages(language: .zh), Messages(language: .en))
        return [
            "", names.joined(separator: "、"), zh(.importIgnoredColumnsReason), en(.importIgnoredColumnsReason),
        ].map(SpreadsheetCell.neutralized)
    }
}
