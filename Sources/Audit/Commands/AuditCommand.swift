import Fluent
import SiteKit
import TalentDomain
import Vapor

/// `talent audit verify`: walks the hash chain and names the first broken event.
/// `talent audit verify [--checkpoint LINE]` walks the hash chain (exit 1 at the first
/// break, a removal of the newest events included); `talent audit checkpoint` prints the
/// chain's head as one line, to keep somewhere the database's writers cannot reach.
package struct AuditCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "action", help: "verify or checkpoint")
        var action: String
        @Option(name: "checkpoint", help: "verify: a line printed by `talent audit checkpoint` earlier")
        var checkpoint: String?
    }

    package let help =
        "Verifies the audit trail or prints its checkpoint: talent audit verify [--checkpoint LINE] | talent audit checkpoint"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        switch signature.action {
        case "checkpoint":
            try await app.autoMigrate()
            context.console.print(try await AuditLog.head(on: app.db).description)
        case "verify":
            let checkpoint = try signature.checkpoint.map { line in
                guard let checkpoint = AuditCheckpoint(line: line) else {
                    throw CommandFailure(message: "--checkpoint: not a line printed by `talent audit checkpoint`")
                }
                return checkpoint
            }
            try await app.autoMigrate()
            let keys = try await KeyRing.auditKeys(app.secrets, on: app.db)
            switch try await AuditLog.verify(keys: keys, on: app.db, checkpoint: checkpoint) {
            case let .intact(count):
                context.console.print(
                    "Audit trail intact: \(count) events"
                        + (checkpoint.map { ", including the checkpoint at event \($0.sequence)." } ?? "."))
            case let .broken(sequence, reason):
                throw CommandFailure(message: "Audit trail broken at event \(sequence): \(reason)")
            }
        default:
            throw CommandFailure(
                message: "unknown action \"\(signature.action)\"; use: talent audit verify | talent audit checkpoint")
        }
    }
}
