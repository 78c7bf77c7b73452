import SiteKit

/// The kinds of entity this capability's audit actions apply to (names as stored: never
/// rename one).
extension AuditEntityType {
    package static let apiToken = AuditEntityType("api_token", label: .auditEntityApiToken)
    package static let user = AuditEntityType("user", label: .auditEntityUser)
}

/// What this capability records in the audit trail (names as stored: never rename one).
extension AuditAction {
    package static let apiTokenCreate = AuditAction("api_token.create", on: .apiToken, label: .auditApiTokenCreate)
    package static let apiTokenRevoke = AuditAction("api_token.revoke", on: .apiToken, label: .auditApiTokenRevoke)
    package static let sessionCreate = AuditAction("session.create", on: .user, label: .auditSessionCreate)
    package static let sessionDelete = AuditAction("session.delete", on: .user, label: .auditSessionDelete)
    package static let userCreate = AuditAction("user.create", on: .user, label: .auditUserCreate)
    package static let userRegister = AuditAction("user.register", on: .user, label: .auditUserRegister)
    package static let userPasswordChange = AuditAction(
        "user.password.change", on: .user, label: .auditUserPasswordChange)
    package static let userActivate = AuditAction("user.activate", on: .user, label: .auditUserActivate)
    package static let userDeactivate = AuditAction("user.deactivate", on: .user, label: .auditUserDeactivate)
    package static let userReset = AuditAction("user.reset", on: .user, label: .auditUserReset)
    package static let userRole = AuditAction("user.role", on: .user, label: .auditUserRole)
}

extension AccountsCapability {
    /// Every action above, for the audit page's names (a test finds any left out).
    package var auditActions: [AuditAction] {
        [
            .apiTokenCreate, .apiTokenRevoke, .sessionCreate, .sessionDelete, .userCreate, .userRegister,
            .userPasswordChange, .userActivate, .userDeactivate, .userReset, .userRole,
        ]
    }
}
