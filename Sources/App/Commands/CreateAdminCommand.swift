import Fluent
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
        let user = User(displayName: signature.name ?? "系统管理员", email: email, mobile: nil,
                        passwordHash: try await app.password.async.hash(password), role: .admin)
        try await app.db.transaction { db in
            try await user.create(on: db)
            try await AuditLog.append(AuditEntry(action: "user.create", entityType: "user", entityID: user.id?.uuidString,
                                                 changedFields: ["display_name", "email", "role"]),
                                      actor: nil, requestID: "cli:create-admin", key: app.secrets.audit, on: db)
        }
        context.console.print("Administrator \(email) created.")
        context.console.print("One-time password (shown once; it must be changed at first sign-in): \(password)")
    }
}

/// `talent audit verify`: walks the hash chain and names the first broken event.
struct AuditCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "verify")
        var action: String
    }

    let config: AppConfig
    let help = "Verifies the audit trail: talent audit verify"

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "verify" else {
            throw CommandFailure(message: "unknown action \"\(signature.action)\"; use: talent audit verify")
        }
        let app = context.application
        try await app.autoMigrate()
        switch try await AuditLog.verify(key: app.secrets.audit, on: app.db) {
        case let .intact(count):
            context.console.print("Audit trail intact: \(count) events.")
        case let .broken(sequence, reason):
            throw CommandFailure(message: "Audit trail broken at event \(sequence): \(reason)")
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
