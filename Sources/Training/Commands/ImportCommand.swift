import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// `talent import talents FILE [--partial] [--upsert] [--report REPORT.csv]`: the bulk
/// import from the command line, with a progress bar (rows/s, time left) on stderr and
/// the report of refused rows written next to the file.
/// `talent import enrollments FILE --cohort ID [--partial]`: a provider's enrolment file
/// into one cohort, as the cohort page imports it.
package struct ImportCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "kind", help: "What to import: talents or enrollments")
        var kind: String
        @Argument(name: "file", help: "A CSV (UTF-8 or GBK/GB18030) or XLSX file with a header row.")
        var file: String
        @Flag(name: "partial", help: "Write the valid rows even when some rows are refused.")
        var partial: Bool
        @Flag(name: "upsert", help: "Update profiles whose ID number is already in the pool.")
        var upsert: Bool
        @Option(name: "report", help: "Where to write the refused rows (default: FILE.report.csv).")
        var report: String?
        @Option(name: "cohort", help: "enrollments: the id of the cohort to enrol into.")
        var cohort: String?
    }

    package let help =
        "Imports talents or a cohort's enrolments from a CSV or XLSX file: "
        + "talent import talents FILE [--partial] [--upsert] | talent import enrollments FILE --cohort ID [--partial]"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let m = Messages(language: CommandLanguage.current)
        guard ["talents", "enrollments"].contains(signature.kind) else {
            throw CommandFailure(message: m(.importCLIUsage))
        }
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CommandFailure(message: "\(signature.file): cannot read the file")
        }
        try await context.application.prepare()
        if signature.kind == "talents" {
            try await importTalents([UInt8](data), context: context, signature: signature, m: m)
        } else {
            try await importEnrollments([UInt8](data), context: context, signature: signature, m: m)
        }
    }

    private func importTalents(_ bytes: [UInt8], context: CommandContext, signature: Signature, m: Messages)
        async throws
    {
        let app = context.application
        let source: TalentImportSource
        do { source = try TalentImportSource(bytes: bytes) } catch {
            throw CommandFailure(message: error.message(m))
        }
        let importer = TalentImporter(
            options: .init(partial: signature.partial, upsert: signature.upsert),
            cipher: app.personalData, policy: app.activePolicy!.document, today: app.clock.today, now: app.clock.now)
        let bar = ProgressBar(total: max(1, bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } - 1))
        let summary: TalentImporter.Summary
        do {
            summary = try await importer.run(
                source, on: app.db,
                context: app.writeContext(requestID: "cli:import"), progress: { rows in bar.update(rows) })
        } catch let problem as ImportFileProblem {
            bar.finish()
            throw CommandFailure(message: problem.message(m))
        }
        bar.finish()
        context.console.print(
            m(
                summary.wrote || summary.problems.isEmpty
                    ? .importDone(
                        created: summary.created.formatted(), updated: summary.updated.formatted(),
                        rejected: summary.rejected.formatted())
                    : .importNothingWritten(rejected: summary.rejected.formatted()))
                + " (\(summary.rows.formatted()) rows, \(bar.elapsedText), \(bar.rateText))")
        printIgnored(summary.header.ignored, context: context, m)
        if !summary.problems.isEmpty {
            let path = signature.report ?? signature.file + ".report.csv"
            guard
                FileManager.default.createFile(
                    atPath: path, contents: Data(TalentImportReport.csv(summary, masked: false)))
            else {
                throw CommandFailure(message: "\(path): cannot write the report")
            }
            for problem in summary.problems.prefix(10) {
                context.console.print(
                    "  \(problem.row) \(TalentImportReport.columnName(problem.column, header: summary.header)): \(TalentImportReport.reason(problem.problem, m))"
                )
            }
            context.console.print(m(.importReportDownload) + ": \(path)")
            if !signature.partial {
                throw CommandFailure(message: m(.importNothingWritten(rejected: summary.rejected.formatted())))
            }
        }
    }

    private func importEnrollments(_ bytes: [UInt8], context: CommandContext, signature: Signature, m: Messages)
        async throws
    {
        let app = context.application
        guard let id = signature.cohort.flatMap(UUID.init(uuidString:)),
            let cohort = try await Cohort.find(id, on: app.db),
            let program = try await Program.find(cohort.$program.id, on: app.db)
        else { throw CommandFailure(message: m(.importCLIUsage)) }
        let started = ContinuousClock.now
        let summary: EnrollmentImporter.Summary
        do {
            let source = try ImportSource<EnrollmentImportColumn>(bytes: bytes)
            let importer = EnrollmentImporter(
                cohort: cohort, program: program, partial: signature.partial,
                fileName: URL(fileURLWithPath: signature.file).lastPathComponent, createdBy: nil,
                cipher: app.personalData,
                context: app.writeContext(requestID: "cli:import"))
            summary = try await importer.run(source, on: app.db)
        } catch let problem as ImportFileProblem {
            throw CommandFailure(message: problem.message(m))
        } catch let errors as FieldErrors {
            throw CommandFailure(message: m(errors.message))
        }
        let seconds = started.secondsElapsed
        let outcome =
            summary.wrote || summary.problems.isEmpty
            ? m(
                .enrolImportDone(
                    enrolled: summary.enrolled.formatted(), waitlisted: summary.waitlisted.formatted(),
                    rejected: summary.rejected.formatted()))
            : m(.importNothingWritten(rejected: summary.rejected.formatted()))
        context.console.print(
            outcome
                + String(
                    format: " (%@ rows, %.1f s, %@ rows/s)", summary.rows.formatted(), seconds,
                    Int(Double(summary.rows) / max(0.001, seconds)).formatted()))
        printIgnored(summary.header.ignored, context: context, m)
        guard !summary.problems.isEmpty else { return }
        let report = EnrollmentImportReport(header: summary.header)
        let path = signature.report ?? signature.file + ".report.csv"
        guard FileManager.default.createFile(atPath: path, contents: Data(report.csv(summary, masked: false))) else {
            throw CommandFailure(message: "\(path): cannot write the report")
        }
        for problem in summary.problems.prefix(10) {
            context.console.print(
                "  \(problem.row) \(report.columnName(problem.column)): \(EnrollmentImportReport.reason(problem.problem, m))"
            )
        }
        context.console.print(m(.importReportDownload) + ": \(path)")
        if !summary.wrote { throw CommandFailure(message: outcome) }
    }

    private func printIgnored(_ names: [String], context: CommandContext, _ m: Messages) {
        guard !names.isEmpty else { return }
        context.console.print(
            m(.importIgnoredColumns(columns: names.joined(separator: m.language == .zh ? "、" : ", "))))
    }
}
