import Fluent
import SiteKit
import TalentDomain
import Vapor

/// `talent create-admin EMAIL`: creates an administrator and prints a one-time password,
/// which must be changed at the first sign-in.
package struct CreateAdminCommand: AsyncCommand {
    package struct Signature: CommandSignature {
        package init() {}

        @Argument(name: "email", help: "The administrator's email address.")
        var email: String

        @Option(name: "name", help: "Display name (default: 系统管理员).")
        var name: String?
    }

    package let help = "Creates an administrator and prints a one-time password."

    package init() {}

    package func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let email = signature.email.trimmingCharacters(in: .whitespaces).lowercased()
        guard TalentText.looksLikeEmail(email) else {
            throw CommandFailure(message: "\(signature.email): not an email address")
        }
        try await app.prepare()
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

    /// Tells the operator how to create the first administrator when there is none.
    package static func adviseOnAdministrator(_ app: Application) async throws {
        if try await User.query(on: app.db).filter(\.$role == .admin).first() == nil {
            app.logger.notice("No administrator yet. Create one with: talent create-admin EMAIL")
        }
    }
}
