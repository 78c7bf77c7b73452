import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `talent token create EMAIL [--scope read|read_write] [--days N]`: an API token for an
/// existing account, printed once — for scripts and integrations run by operators (the
/// benchmark uses it), without a browser sign-in.
package struct TokenCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "action", help: "create")
        var action: String
        @Argument(name: "email", help: "The account the token acts for.")
        var email: String
        @Option(name: "scope", help: "read (default) or read_write.")
        var scope: String?
        @Option(name: "days", help: "Days until it expires (1–365, default 30).")
        var days: Int?
    }

    package let help =
        "Creates an API token for an account: talent token create EMAIL [--scope read|read_write] [--days N]"

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "create" else {
            throw CommandFailure(message: "unknown action \"\(signature.action)\"; use: talent token create EMAIL")
        }
        guard let scope = APIToken.Scope(rawValue: signature.scope ?? "read") else {
            throw CommandFailure(message: "--scope must be read or read_write")
        }
        let days = signature.days ?? 30
        guard (1...TokensController.maxDays).contains(days) else {
            throw CommandFailure(message: "--days must be from 1 to \(TokensController.maxDays)")
        }
        let app = context.application
        try await app.autoMigrate()
        let email = signature.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard let user = try await User.query(on: app.db).filter(\.$email == email).first(), user.isActive else {
            throw CommandFailure(message: "\(email): no active account with this email")
        }
        let secret = "tlt_" + Secrets.randomToken()
        let token = APIToken(
            userID: try user.requireID(), name: "cli", tokenHash: Secrets.sha256(secret), scope: scope,
            expiresAt: app.clock.now.addingTimeInterval(TimeInterval(days) * 86400))
        try await app.db.transaction { db in
            try await token.create(on: db)
            try await app.writeContext(actor: user.actor, requestID: "cli:token").record(
                AuditEntry(
                    .apiTokenCreate, entityID: token.id?.uuidString, changedFields: ["name", "scope", "expires_at"]),
                on: db)
        }
        context.console.print(secret)
    }
}
