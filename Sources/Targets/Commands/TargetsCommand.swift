import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// `talent targets show [--year Y]` prints the year's target figures;
/// `talent targets rebuild` counts them again from the records (after restoring a backup,
/// or to check the maintained figures), replacing what is stored, in one transaction.
package struct TargetsCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "action", help: "show or rebuild")
        var action: String
        @Option(name: "year", help: "The year to show (default: this year).")
        var year: Int?
    }

    package let help = "Target figures from records: talent targets show [--year Y] | talent targets rebuild"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        switch signature.action {
        case "show":
            try await app.prepare()
            try await show(year: signature.year ?? app.clock.year, app: app, console: context.console)
        case "rebuild":
            try await app.prepare()
            let started = ContinuousClock.now
            try await app.db.transaction { db in
                try await TargetTally.rebuild(on: db)
                try await app.writeContext(requestID: "cli:targets").record(
                    AuditEntry(.targetsRebuild, entityID: nil), on: db)
            }
            context.console.print(
                String(
                    format: "Target figures counted again from the records in %.2f s.",
                    started.secondsElapsed))
        default:
            throw CommandFailure(message: "unknown action \"\(signature.action)\"; use: talent targets show|rebuild")
        }
    }

    private func show(year: Int, app: Application, console: any Console) async throws {
        guard (2000...2100).contains(year) else { throw CommandFailure(message: "--year must be from 2000 to 2100") }
        let rows = try await TargetQuery.rows(policy: app.activePolicy!.document, year: year, on: app.db)
        for row in rows {
            let actual = row.actual.map { "\($0) (\(row.percent ?? 0)%)" } ?? "not tracked"
            console.print(
                "\(row.target.measure) \(row.target.metric.rawValue): \(row.target.comparison.symbol) \(row.target.value), "
                    + "\(year): \(actual)")
        }
    }
}
