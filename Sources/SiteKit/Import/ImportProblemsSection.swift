import Foundation
import Plot

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

    package static func render(
        _ problems: [ImportShownProblem], rejected: Int, report: SiteURL?,
        _ m: Messages
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
