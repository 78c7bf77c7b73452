import SiteKit

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let apiTokenCreate = AuditAction("api_token.create", on: "api_token")
    package static let apiTokenRevoke = AuditAction("api_token.revoke", on: "api_token")
    package static let sessionCreate = AuditAction("session.create", on: "user")
    package static let sessionDelete = AuditAction("session.delete", on: "user")
    package static let userCreate = AuditAction("user.create", on: "user")
    package static let userRegister = AuditAction("user.register", on: "user")
    package static let userPasswordChange = AuditAction("user.password.change", on: "user")
    package static let userActivate = AuditAction("user.activate", on: "user")
    package static let userDeactivate = AuditAction("user.deactivate", on: "user")
    package static let userReset = AuditAction("user.reset", on: "user")
    package static let userRole = AuditAction("user.role", on: "user")
}
