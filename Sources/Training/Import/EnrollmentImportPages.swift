import Foundation
import SiteKit
import TalentDomain

/// The cohort page's import section: the upload form and the cohort's recent imports.
package struct EnrollmentImportSection {
    package var cohortID: UUID
    package var imports: [EnrollmentImport]
    package var error: String?
    package var csrf: String

    package func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "import-heading"),
            .h2(.id("import-heading"), .text(m(.enrolImportTitle))),
            .p(.text(m(.enrolImportIntro))),
            .p(.id("import-columns"), .text(m(.enrolImportColumns))),
            .form(
                .id("import-form"), .method(.post), .enctype(.multipartData),
                .action(SiteURL.cohortImports(cohortID).path),
                FormParts.csrf(csrf),
                .div(
                    .class(error == nil ? "field" : "field field--error"),
                    .label(.for("import-file"), .text(m(.importFile))),
                    .p(
                        .id("import-file-hint"), .class("field__hint"),
                        .text(m(.importFileHint(max: String(EnrollmentImportController.maxUploadMB))))),
                    .unwrap(error) { .p(.id("import-file-error"), .class("field__error"), .text($0)) },
                    .input(
                        .id("import-file"), .type(.file), .name("file"),
                        .attribute(named: "required", value: "required"),
                        .attribute(named: "accept", value: ".csv,.xlsx,text/csv"),
                        .attribute(
                            named: "aria-describedby",
                            value: error == nil
                                ? "import-columns import-file-hint"
                                : "import-columns import-file-hint import-file-error"))),
                .div(
                    .class("field--inline"),
                    .input(.id("import-partial"), .type(.checkbox), .name("partial"), .value("yes")),
                    .label(.for("import-partial"), .text(m(.importPartial)))),
                .button(.type(.submit), .class("button button--secondary"), .text(m(.enrolImportSubmit)))
            ),
            .if(
                !imports.isEmpty,
                .group(
                    .h3(.text(m(.enrolImportRecent))),
                    .ul(
                        .id("recent-imports"),
                        .forEach(imports) { record in
                            .li(
                                .a(
                                    .href(SiteURL.enrollmentImport(record.id ?? UUID()).path),
                                    .text("\(record.createdAt.map(ZiboTime.timestamp) ?? "") · \(record.fileName)")),
                                .text(" · " + EnrollmentImportPageModel.outcome(record, m)))
                        })
                ))
        )
    }
}

/// `/training/enrollment-imports/{id}`: how an enrolment file went, and its refused rows.
package struct EnrollmentImportPageModel {
    package var record: EnrollmentImport
    package var cohort: Cohort
    package var program: Program

    package static func outcome(_ record: EnrollmentImport, _ m: Messages) -> String {
        switch record.status {
        case .done:
            m(
                .enrolImportDone(
                    enrolled: record.enrolledCount.formatted(), waitlisted: record.waitlistedCount.formatted(),
                    rejected: record.rejectedCount.formatted()))
        case .rejected: m(.importNothingWritten(rejected: record.rejectedCount.formatted()))
        case .running: m(.importQueued)
        case .failed: m(.importFailed(reason: record.problemText(m.language) ?? ""))
        }
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let cohortURL = SiteURL.cohort(cohort.id ?? UUID())
        return layout.render(
            title: m(.enrolImportResultTitle),
            body: .group(
                .p(.a(.href(cohortURL.path), .text("← \(program.title) · \(cohort.name)"))),
                .h1(.text(m(.enrolImportResultTitle))),
                .p(.text(record.fileName)),
                .div(
                    .id("import-status"), .attribute(named: "role", value: "status"),
                    .attribute(named: "aria-live", value: "polite"),
                    record.status == .running
                        // Reloads itself until the job has written the outcome.
                        ? .group(.p(.text(Self.outcome(record, m))), .span(.data(named: "refresh-seconds", value: "2")))
                        : .p(
                            .class(record.status == .done ? "notice" : "error-summary"), .text(Self.outcome(record, m)))
                ),
                ImportProblemsSection.render(
                    record.shownProblems, rejected: record.rejectedCount,
                    report: .enrollmentImportReport(record.id ?? UUID()),
                    ignored: ImportIgnoredColumns.decode(record.ignoredColumns), m),
                .p(.a(.href(cohortURL.path + "#import-heading"), .text(m(.enrolImportBack))))
            ))
    }
}
