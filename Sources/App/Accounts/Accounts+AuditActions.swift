import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    static let apiTokenCreate = AuditAction("api_token.create", on: "api_token")
    static let apiTokenRevoke = AuditAction("api_token.revoke", on: "api_token")
    static let sessionCreate = AuditAction("session.create", on: "user")
    static let sessionDelete = AuditAction("session.delete", on: "user")
    static let userCreate = AuditAction("user.create", on: "user")
    static let userRegister = AuditAction("user.register", on: "user")
    static let userPasswordChange = AuditAction("user.password.change", on: "user")
    static let userActivate = AuditAction("user.activate", on: "user")
    static let userDeactivate = AuditAction("user.deactivate", on: "user")
    static let userReset = AuditAction("user.reset", on: "user")
    static let userRole = AuditAction("user.role", on: "user")
}
