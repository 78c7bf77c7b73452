import Fluent
import Foundation
import SiteKit
import Vapor

/// `talent keys generate | status | rotate`: a yearly (or urgent) change of
/// `TALENT_SECRET_KEY` without losing what the old key sealed, indexed or signed
/// (`SecretKeyRotation`; the steps are printed by `generate` and in the README).
package struct KeysCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "action", help: "generate, status or rotate")
        var action: String
    }

    package let help = "Changes the secret key: talent keys generate | talent keys status | talent keys rotate"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let m = Messages(language: CommandLanguage.current)
        switch signature.action {
        case "generate":
            var generator = SystemRandomNumberGenerator()
            let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            context.console.print(m(.keysGenerated(key: Data(key).base64EncodedString())))
        case "status":
            try await app.prepare()
            try await status(app, context: context, m: m)
        case "rotate":
            try await app.prepare()
            try await rotate(app, context: context, m: m)
        default:
            throw CommandFailure(message: m(.keysUnknownAction(action: signature.action)))
        }
    }

    private func status(_ app: Application, context: CommandContext, m: Messages) async throws {
        let secrets = app.secrets
        let retired = try await RetiredKey.query(on: app.db).sort(\.$retiredAt).all(\.$keyID)
        context.console.print(m(.keysCurrent(id: secrets.keyID)))
        context.console.print(m(.keysPrevious(ids: Self.list(secrets.previous.map(\.keyID), m))))
        context.console.print(m(.keysRetired(ids: Self.list(retired, m))))
        let pending = try await SecretKeyRotation.pending(app)
        for (table, tally) in pending.sorted(by: { $0.key < $1.key }) {
            context.console.print(
                m(
                    .keysTable(
                        table: table, rows: tally.rows, resealed: tally.resealed, reindexed: tally.reindexed,
                        unreadable: tally.unreadable)))
        }
        let moved = pending.values.allSatisfy { $0.resealed == 0 && $0.reindexed == 0 }
        let recorded = secrets.previous.allSatisfy { retired.contains($0.keyID) }
        if !secrets.previous.isEmpty {
            context.console.print(m(moved && recorded ? .keysStatusReady : .keysStatusPending))
        }
    }

    private func rotate(_ app: Application, context: CommandContext, m: Messages) async throws {
        let outcome: SecretKeyRotation.Outcome
        do {
            // On a terminal, the rows read so far; a log gets the summary lines only.
            let interactive = isatty(STDERR_FILENO) == 1
            outcome = try await SecretKeyRotation.run(app) { table, tally in
                guard interactive else { return }
                FileHandle.standardError.write(Data("\r\(table): \(tally.rows.formatted())        ".utf8))
            }
            if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
        } catch is SecretKeyRotation.NothingToRotate {
            throw CommandFailure(message: m(.keysNothingToRotate))
        }
        for (table, tally) in outcome.tables.sorted(by: { $0.key < $1.key }) {
            context.console.print(
                m(
                    .keysRotatedTable(
                        table: table, rows: tally.rows, resealed: tally.resealed, reindexed: tally.reindexed)))
        }
        if outcome.unreadable > 0 { throw CommandFailure(message: m(.keysUnreadable(count: outcome.unreadable))) }
        if outcome.changedMeanwhile > 0 {
            throw CommandFailure(message: m(.keysChangedMeanwhile(count: outcome.changedMeanwhile)))
        }
        context.console.print(m(.keysRotated(id: app.secrets.keyID)))
    }

    private static func list(_ ids: [String], _ m: Messages) -> String {
        ids.isEmpty ? m(.keysNone) : ids.joined(separator: ", ")
    }
}
