import Accounts
import Fluent
import SiteKit
import TalentDomain
import Vapor

/// `talent create-admin EMAIL`: creates an administrator and prints a one-time password,
/// which must be changed at the first sign-in.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "email", help: "The administrator's email address.")
        var email: String

        @Option(name: "name", help: "Display name (default: 系统管理员).")
        var name: String?
    }

    let config: AppConfig
    let help = "Creates an administrator and prints a one-time password."

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let email = signature.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard TalentText.looksLikeEmail(email) else {
            throw CommandFailure(message: "\(signature.email): not an email address")
        }
        try await Bootstrap.prepare(app, config: config)
        if try await User.query(on: app.db).filter(\.$email == email).first() != nil {
            throw CommandFailure(message: "\(email): an account with this email already exists")
        }
        let password = OneTimePassword.generate()
        let user = User(
            displayName: signature.name ?? "系统管理员", email: email, mobile: nil,
            passwordHash: try await app.password.async.hash(password), role: .admin)
        try await app.db.transaction { db in
            try await user.create(on: db)
            try await app.writeContext(requestID: "cli:create-admin").record(
                AuditEntry(
                    .userCreate, entityID: user.id?.uuidString,
                    changedFields: ["display_name", "email", "role"]), on: db)
        }
        context.console.print("Administrator \(email) created.")
        context.console.print("One-time password (shown once; it must be changed at first sign-in): \(password)")
    }
}

/// `talent audit verify`: walks the hash chain and names the first broken event.
/// `talent audit verify [--checkpoint LINE]` walks the hash chain (exit 1 at the first
/// break, a removal of the newest events included); `talent audit checkpoint` prints the
/// chain's head as one line, to keep somewhere the database's writers cannot reach.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify or checkpoint")
        var action: String
        @Option(name: "checkpoint", help: "verify: a line printed by `talent audit checkpoint` earlier")
        var checkpoint: String?
    }

    let config: AppConfig
    let help =
        "Verifies the audit trail or prints its checkpoint: talent audit verify [--checkpoint LINE] | talent audit checkpoint"

    func run(using context: CommandContext, signature: Signature) async throws {
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
            switch try await AuditLog.verify(key: app.secrets.audit, on: app.db, checkpoint: checkpoint) {
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

extension Bootstrap {
    /// Tells the operator how to create the first administrator when there is none.
    static func adviseOnAdministrator(_ app: Application) async throws {
        if try await User.query(on: app.db).filter(\.$role == .admin).first() == nil {
            app.logger.notice("No administrator yet. Create one with: talent create-admin EMAIL")
        }
    }
}
