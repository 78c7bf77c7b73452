import Foundation
import Plot
import TalentDomain

/// `/talents/imports`: the upload form and the uploader's recent imports.
struct TalentImportFormPageModel {
    var csrf: String
    var error: String?
    var recent: [TalentImportJob]
    var maxMB: Int

    func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(title: m(.importTitle), body: .group(
            .h1(.text(m(.importTitle))),
            .p(.class("lead"), .text(m(.importIntro))),
            .p(.text(m(.importColumnsHint))),
            FormParts.errorSummary(title: m(.formErrorsTitle), error.map { [$0] } ?? []),
            // The token rides in the action URL: the upload's body is not read before
            // the CSRF check (see `CSRFMiddleware`).
            .form(
                .id("import-form"), .method(.post), .enctype(.multipartData),
                .action(attr(SiteURL.talentImports.path + "?" + CSRF.fieldName + "=" + percentEncode(csrf))),
                .div(.class(error == nil ? "field" : "field field--error"),
                     .label(.for("import-file"), .text(m(.importFile))),
                     .p(.id("import-file-hint"), .class("field__hint"), .text(m(.importFileHint, ["max": String(maxMB)]))),
                     .input(.id("import-file"), .type(.file), .name("file"), .attribute(named: "required", value: "required"),
                            .attribute(named: "accept", value: ".csv,.xlsx,text/csv"),
                            .attribute(named: "aria-describedby", value: "import-file-hint"))),
                checkbox("import-partial", "partial", m(.importPartial)),
                checkbox("import-upsert", "upsert", m(.importUpsert)),
                checkbox("import-consent", "consent", m(.importConsent)),
                .button(.type(.submit), .class("button"), .text(m(.importSubmit)))
            ),
            .if(!recent.isEmpty, .section(
                .h2(.text(m(.importStatusTitle))),
                .ul(.forEach(recent) { job in
                    .li(.a(.href(SiteURL.talentImport(job.id ?? UUID()).path),
                           .text("\(job.createdAt.map(ZiboTime.timestamp) ?? "") · \(job.fileName)")),
                        .text(" · " + TalentImportStatusPageModel.outcome(job, m)))
                })
            ))
        ))
    }

    private func checkbox(_ id: String, _ name: String, _ label: String) -> Node<HTML.FormContext> {
        .div(.class("field--inline"),
             .input(.id(id), .type(.checkbox), .name(name), .value("yes")),
             .label(.for(id), .text(label)))
    }
}

/// `/talents/imports/{id}`: progress while the import runs (the page reloads itself
/// every two seconds), then the outcome and the refused rows.
struct TalentImportStatusPageModel {
    static let shownProblems = 200

    var job: TalentImportJob
    /// Rows checked so far, while running on this server.
    var checked: Int?

    static func outcome(_ job: TalentImportJob, _ m: Messages) -> String {
        switch job.status {
        case .running: m(.importQueued)
        case .done: m(.importDone, ["created": job.createdCount.formatted(), "updated": job.updatedCount.formatted(),
                                    "rejected": job.rejectedCount.formatted()])
        case .rejected: m(.importNothingWritten, ["rejected": job.rejectedCount.formatted()])
        case .failed:
            m(.importFailed, ["reason": job.problem.flatMap { try? JSONDecoder().decode([String: String].self, from: Data($0.utf8)) }
                .flatMap { $0[m.language.rawValue] } ?? ""])
        }
    }

    func render(layout: Layout) -> String {
        let m = layout.messages
        let running = job.status == .running
        let problems = job.problems.flatMap {
            try? JSONDecoder().decode([TalentImportJob.ShownProblem].self, from: Data($0.utf8))
        } ?? []
        let done = checked ?? 0
        return layout.render(title: m(.importStatusTitle), body: .group(
            .h1(.text(m(.importStatusTitle))),
            .p(.text(job.fileName)),
            .div(
                .id("import-status"), .attribute(named: "role", value: "status"),
                .attribute(named: "aria-live", value: "polite"),
                running
                    ? .group(
                        .p(.text(checked == nil ? m(.importQueued)
                                 : m(.importRunning, ["done": done.formatted(), "total": job.estimatedRows.formatted()]))),
                        .element(named: "progress", nodes: [
                            .attribute(named: "max", value: String(job.estimatedRows)),
                            .attribute(named: "value", value: String(min(done, job.estimatedRows))),
                            .attribute(named: "aria-label", value: m(.importStatusTitle)),
                        ]),
                        .element(named: "script", nodes: [.raw("setTimeout(function(){location.reload()},2000)")]))
                    : .p(.class(job.status == .done ? "notice" : "error-summary"), .text(Self.outcome(job, m)))
            ),
            .if(!problems.isEmpty, .section(
                .attribute(named: "aria-labelledby", value: "report-heading"),
                .h2(.id("report-heading"), .text(m(.importReportTitle))),
                .p(.a(.href(SiteURL.talentImportReport(job.id ?? UUID()).path), .text(m(.importReportDownload)))),
                .if(job.rejectedCount > problems.count, .p(.text(m(.importReportMore, ["count": String(problems.count)])))),
                .div(.class("table-scroll"), .attribute(named: "role", value: "region"),
                     .attribute(named: "aria-labelledby", value: "report-heading"), .attribute(named: "tabindex", value: "0"),
                     .table(.id("import-problems"),
                            .thead(.tr(.th(.text(m(.columnRow))), .th(.text(m(.columnColumn))), .th(.text(m(.columnReason))))),
                            .tbody(.forEach(problems) { problem in
                                .tr(.td(.text(String(problem.row))), .td(.text(problem.column)),
                                    .td(.text(m.language == .zh ? problem.zh : problem.en)))
                            })))
            )),
            .if(!running, .p(.a(.href(SiteURL.talentImports.path), .text(m(.importAgain)))))
        ))
    }
}
