import Foundation
import SiteKit
import TalentDomain

/// `/catalogue/declarations/import`: the form (year, file, whether to keep the valid
/// rows when some are refused), the columns a file has, and after an upload its result
/// with every refused row and why.
package struct ShortageImportPageModel {
    package var years: [Int]
    package var year: String?
    package var partial: Bool
    package var result: ShortageImporter.Result?
    package var errors: FieldErrors.Shown?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        var parts: [Node<HTML.BodyContext>] = [
            .h1(.text(m(.catalogueImportTitle))),
            .p(.class("lead"), .text(m(.catalogueImportIntro(max: ShortageImporter.maxRows)))),
            FormParts.errorSummary(title: m(.formErrorsTitle), errors?.messages ?? []),
        ]
        if let result { parts.append(summary(result, m)) }
        parts.append(form(m))
        parts.append(
            .p(
                .text(m(.catalogueImportColumns) + m.colon),
                .text(ShortageImportColumn.allCases.map(\.header).joined(separator: "、")), .text(" "),
                .a(
                    .id("import-template"), .href(SiteURL.catalogueImportTemplate.path),
                    .text(m(.catalogueImportTemplate)))))
        parts.append(.p(.a(.href(SiteURL.catalogueDeclarations.path), .text("← " + m(.catalogueDeclarationsTitle)))))
        return layout.render(title: m(.catalogueImportTitle), body: .group(parts))
    }

    private func summary(_ result: ShortageImporter.Result, _ m: Messages) -> Node<HTML.BodyContext> {
        let text =
            result.written
            ? m(
                .catalogueImportWritten(
                    declarations: result.declarations, lines: result.lines, rejected: result.rejected))
            : m(.catalogueImportRefused(rejected: result.rejected, rows: result.rows))
        return .group(
            .div(
                .class(result.written ? "notice" : "error-summary"), .id("import-result"),
                .attribute(named: "role", value: result.written ? "status" : "alert"), .p(.text(text))),
            ImportProblemsSection.render(
                result.problems, rejected: result.rejected, report: nil, ignored: result.ignored, m))
    }

    private func form(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("import-form"), .method(.post), .action(SiteURL.catalogueDeclarationsImport.path),
            .attribute(named: "enctype", value: "multipart/form-data"),
            FormParts.csrf(csrf),
            FormParts.select(
                id: "import-year", name: "year", label: m(.catalogueYear),
                options: years.map { ("\($0)", "\($0)") }, selected: year, error: errors?["year"]),
            .div(
                .class(errors?["file"] == nil ? "field" : "field field--error"),
                .label(.for("import-file"), .text(m(.catalogueImportFile))),
                .unwrap(errors?["file"]) { .p(.id("import-file-error"), .class("field__error"), .text($0)) },
                .input(
                    .id("import-file"), .name("file"), .type(.file),
                    .attribute(named: "accept", value: ".csv,.xlsx,text/csv"),
                    .attribute(named: "required", value: "required"),
                    .attribute(named: "aria-describedby", value: errors?["file"] == nil ? nil : "import-file-error"))),
            .div(
                .class("field field--inline"),
                .input(
                    .id("import-partial"), .name("partial"), .type(.checkbox), .value("yes"),
                    .attribute(named: "checked", value: partial ? "checked" : nil)),
                .label(.for("import-partial"), .text(m(.catalogueImportPartial)))),
            .button(.type(.submit), .class("button"), .text(m(.catalogueImportButton))))
    }
}
