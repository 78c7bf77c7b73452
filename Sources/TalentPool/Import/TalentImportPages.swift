import Foundation
import SiteKit
import TalentDomain

/// `/talents/imports`: the upload form and the uploader's recent imports.
package struct TalentImportFormPageModel {
    package var csrf: String
    package var error: String?
    package var recent: [TalentImport]
    package var maxMB: Int

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.importTitle),
            body: .group(
                .h1(.text(m(.importTitle))),
                .p(.class("lead"), .text(m(.importIntro))),
                .p(.text(m(.importColumnsHint))),
                .p(.a(.id("import-template"), .href(SiteURL.talentImportTemplate.path), .text(m(.templateDownload)))),
                FormParts.errorSummary(title: m(.formErrorsTitle), error.map { [$0] } ?? []),
                .form(
                    .id("import-form"), .method(.post), .enctype(.multipartData), .action(SiteURL.talentImports.path),
                    FormParts.csrf(csrf),
                    .div(
                        .class(error == nil ? "field" : "field field--error"),
                        .label(.for("import-file"), .text(m(.importFile))),
                        .p(
                            .id("import-file-hint"), .class("field__hint"),
                            .text(m(.importFileHint(max: String(maxMB))))),
                        .input(
                            .id("import-file"), .type(.file), .name("file"),
                            .attribute(named: "required", value: "required"),
                            .attribute(named: "accept", value: ".csv,.xlsx,text/csv"),
                            .attribute(named: "aria-describedby", value: "import-file-hint"))),
                    checkbox("import-partial", "partial", m(.importPartial)),
                    checkbox("import-upsert", "upsert", m(.importUpsert)),
                    checkbox("import-consent", "consent", m(.importConsent)),
                    .button(.type(.submit), .class("button"), .text(m(.importSubmit)))
                ),
                .if(
                    !recent.isEmpty,
                    .section(
                        .h2(.text(m(.importStatusTitle))),
                        .ul(
                            .forEach(recent) { job in
                                .li(
                                    .a(
                                        .href(SiteURL.talentImport(job.id ?? UUID()).path),
                                        .text("\(job.createdAt.map(ZiboTime.timestamp) ?? "") · \(job.fileName)")),
                                    .text(" · " + TalentImportStatusPageModel.outcome(job, m)))
                            })
                    ))
            ))
    }

    private func checkbox(_ id: String, _ name: String, _ label: String) -> Node<HTML.FormContext> {
        .div(
            .class("field--inline"),
            .input(.id(id), .type(.checkbox), .name(name), .value("yes")),
            .label(.for(id), .text(label)))
    }
}

/// `/talents/imports/{id}`: progress while the import runs (the page reloads itself
/// every two seconds), then the outcome and the refused rows. The progress is on the
/// row of the job running it, so any instance shows it.
package struct TalentImportStatusPageModel {
    package var job: TalentImport
    /// The job running the import (nil before it has one).
    package var progress: Job?

    package static func outcome(_ job: TalentImport, _ m: Messages) -> String {
        switch job.status {
        case .running: m(.importQueued)
        case .done:
            m(
                .importDone(
                    created: job.createdCount.formatted(), updated: job.updatedCount.formatted(),
                    rejected: job.rejectedCount.formatted()))
        case .rejected: m(.importNothingWritten(rejected: job.rejectedCount.formatted()))
        case .failed:
            m(
                .importFailed(
                    reason: job.problem.flatMap {
                        try? JSONDecoder().decode([String: String].self, from: Data($0.utf8))
                    }
                    .flatMap { $0[m.language.rawValue] } ?? ""))
        }
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let running = job.status == .running
        let problems = ImportShownProblem.decode(job.problems)
        // Checking counts the file's rows (estimated from its lines); writing, the rows checked.
        let writing = progress?.phase == TalentImportHandler.Phase.write.rawValue
        let (done, total) = (progress?.done ?? 0, max(progress?.total ?? job.estimatedRows, 1))
        return layout.render(
            title: m(.importStatusTitle),
            body: .group(
                .h1(.text(m(.importStatusTitle))),
                .p(.text(job.fileName)),
                .div(
                    .id("import-status"), .attribute(named: "role", value: "status"),
                    .attribute(named: "aria-live", value: "polite"),
                    running
                        ? .group(
                            .p(
                                .text(
                                    done == 0
                                        ? m(.importQueued)
                                        : m(
                                            writing
                                                ? .importWriting(done: done.formatted(), total: total.formatted())
                                                : .importRunning(done: done.formatted(), total: total.formatted())))),
                            .element(
                                named: "progress",
                                nodes: [
                                    .attribute(named: "max", value: String(total)),
                                    .attribute(named: "value", value: String(min(done, total))),
                                    .attribute(named: "aria-label", value: m(.importStatusTitle)),
                                ]),
                            .span(.data(named: "refresh-seconds", value: "2")))
                        : .p(.class(job.status == .done ? "notice" : "error-summary"), .text(Self.outcome(job, m)))
                ),
                ImportProblemsSection.render(
                    problems, rejected: job.rejectedCount, report: .talentImportReport(job.id ?? UUID()),
                    ignored: ImportIgnoredColumns.decode(job.ignoredColumns), m),
                .if(!running, .p(.a(.href(SiteURL.talentImports.path), .text(m(.importAgain)))))
            ))
    }
}
