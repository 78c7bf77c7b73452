import SiteKit

/// The names the audit page shows for this capability's actions and the kinds of entity
/// they apply to (`…+AuditActions.swift`).
extension Message {
    package static let auditEntityApiToken = Message(zh: "访问令牌", en: "API token")
    package static let auditEntityUser = Message(zh: "用户账号", en: "User account")
    package static let auditApiTokenCreate = Message(zh: "创建访问令牌", en: "Create an API token")
    package static let auditApiTokenRevoke = Message(zh: "撤销访问令牌", en: "Revoke an API token")
    package static let auditSessionCreate = Message(zh: "登录", en: "Sign in")
    package static let auditSessionDelete = Message(zh: "退出登录", en: "Sign out")
    package static let auditUserCreate = Message(zh: "开通账号", en: "Create an account")
    package static let auditUserRegister = Message(zh: "注册账号", en: "Register an account")
    package static let auditUserPasswordChange = Message(zh: "修改密码", en: "Change the password")
    package static let auditUserActivate = Message(zh: "启用账号", en: "Activate an account")
    package static let auditUserDeactivate = Message(zh: "停用账号", en: "Deactivate an account")
    package static let auditUserReset = Message(zh: "重置密码", en: "Reset the password")
    package static let auditUserRole = Message(zh: "更改角色", en: "Change the role")
}
