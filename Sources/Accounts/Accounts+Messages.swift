import SiteKit

/// This capability's texts, in Chinese and English. A text without its translation
/// does not compile, nor does a misspelt placeholder: the values a text shows are the
/// parameters of its function.
extension Message {
    package static let columnDepartment = Message(zh: "部门", en: "Department")
    package static let columnMeasures = Message(zh: "负责措施", en: "Measures")
    package static let leadDepartment = Message(zh: "牵头", en: "lead")
    package static let errorInvalidToken = Message(
        zh: "访问令牌无效、已撤销或已过期。", en: "The access token is invalid, revoked or expired.")
    package static let errorReadOnlyToken = Message(zh: "只读令牌不能修改数据。", en: "A read-only token cannot change data.")
    package static let loginTitle = Message(zh: "登录", en: "Sign in")
    package static let loginIdentifier = Message(zh: "邮箱或手机号", en: "Email or mobile number")
    package static let loginIdentifierHint = Message(
        zh: "使用开通账号时登记的邮箱或手机号。", en: "The email or mobile number your account was registered with.")
    package static let loginIdentifierMissing = Message(zh: "请填写邮箱或手机号。", en: "Enter your email or mobile number.")
    package static let loginPassword = Message(zh: "密码", en: "Password")
    package static let loginPasswordMissing = Message(zh: "请填写密码。", en: "Enter your password.")
    package static let loginSubmit = Message(zh: "登录", en: "Sign in")
    package static let loginInvalid = Message(
        zh: "邮箱、手机号或密码不正确。", en: "The email, mobile number or password is not correct.")
    package static func loginThrottled(minutes: String) -> Message {
        Message(zh: "登录失败次数过多，请 \(minutes) 分钟后再试。", en: "Too many failed sign-ins. Try again in \(minutes) minutes.")
    }
    package static let passwordTitle = Message(zh: "修改密码", en: "Change password")
    package static let passwordCurrent = Message(zh: "当前密码", en: "Current password")
    package static let passwordNew = Message(zh: "新密码", en: "New password")
    package static let passwordConfirm = Message(zh: "再次输入新密码", en: "Repeat the new password")
    package static let passwordRuleHint = Message(
        zh: "至少 10 位，包含大写字母、小写字母、数字、符号中的至少三类；或不少于 16 位。",
        en:
            "At least 10 characters mixing three of upper case, lower case, digits and symbols — or at least 16 characters."
    )
    package static let passwordSubmit = Message(zh: "保存新密码", en: "Save new password")
    package static let passwordCurrentWrong = Message(zh: "当前密码不正确。", en: "The current password is not correct.")
    package static let passwordMismatch = Message(zh: "两次输入的新密码不一致。", en: "The two new passwords do not match.")
    package static let passwordChanged = Message(zh: "密码已修改。", en: "Your password has been changed.")
    package static func passwordTooShort(minimum: String) -> Message {
        Message(zh: "新密码至少需要 \(minimum) 位。", en: "The new password needs at least \(minimum) characters.")
    }
    package static func passwordTooSimple(classes: String, length: String) -> Message {
        Message(
            zh: "新密码需包含大写字母、小写字母、数字、符号中的至少 \(classes) 类，或不少于 \(length) 位。",
            en:
                "The new password must mix at least \(classes) of upper case, lower case, digits and symbols, or have at least \(length) characters."
        )
    }
    package static let passwordContainsEmail = Message(
        zh: "新密码不能包含邮箱用户名。", en: "The new password must not contain your email name.")
    package static let passwordContainsMobile = Message(
        zh: "新密码不能包含手机号。", en: "The new password must not contain your mobile number.")
    package static let passwordTooCommon = Message(
        zh: "新密码过于常见，容易被猜中。", en: "The new password is too common and easy to guess.")
    package static let roleAdmin = Message(zh: "平台管理员", en: "Administrator")
    package static let roleOfficer = Message(zh: "部门工作人员", en: "Department officer")
    package static let roleProvider = Message(zh: "培训机构人员", en: "Training provider")
    package static let roleEmployer = Message(zh: "用人单位人员", en: "Employer")
    package static let roleTalent = Message(zh: "数字人才", en: "Digital talent")
    package static let accountTitle = Message(zh: "我的账号", en: "My account")
    package static let tokensTitle = Message(zh: "访问令牌", en: "API tokens")
    package static let tokensIntro = Message(
        zh: "访问令牌用于通过开放接口读取或修改数据。令牌只在创建时显示一次，请妥善保存。",
        en: "Tokens let programs use the open API on your behalf. A token is shown only once, when it is created.")
    package static let tokensEmpty = Message(zh: "您还没有访问令牌。", en: "You have no API tokens yet.")
    package static let tokenNew = Message(zh: "创建访问令牌", en: "Create a token")
    package static let tokenName = Message(zh: "名称", en: "Name")
    package static let tokenScope = Message(zh: "权限", en: "Permission")
    package static let tokenScopeRead = Message(zh: "只读", en: "Read only")
    package static let tokenScopeReadWrite = Message(zh: "读写", en: "Read and write")
    package static let tokenDays = Message(zh: "有效天数", en: "Valid for (days)")
    package static let tokenExpires = Message(zh: "到期日", en: "Expires")
    package static let tokenStatus = Message(zh: "状态", en: "Status")
    package static let tokenActiveStatus = Message(zh: "有效", en: "Active")
    package static let tokenExpiredStatus = Message(zh: "已过期", en: "Expired")
    package static let tokenRevokedStatus = Message(zh: "已撤销", en: "Revoked")
    package static let tokenRevoke = Message(zh: "撤销", en: "Revoke")
    package static let tokenRevoked = Message(zh: "令牌已撤销。", en: "The token has been revoked.")
    package static let tokenCreate = Message(zh: "创建令牌", en: "Create token")
    package static let tokenShownOnce = Message(
        zh: "新令牌如下，只显示这一次，请立即复制保存：", en: "Here is the new token. It is shown only this once — copy it now:")
    package static let tokenNameInvalid = Message(
        zh: "请填写令牌名称（不超过 100 字）。", en: "Give the token a name (up to 100 characters).")
    package static let tokenScopeInvalid = Message(
        zh: "请选择令牌权限：只读或读写。", en: "Choose the token's permission: read only or read and write.")
    package static func tokenDaysInvalid(max: String) -> Message {
        Message(zh: "有效天数须为 1 到 \(max) 之间的整数。", en: "Valid days must be a whole number from 1 to \(max).")
    }
    package static let usersTitle = Message(zh: "账号管理", en: "Accounts")
    package static let userNew = Message(zh: "开通账号", en: "Create an account")
    package static let userName = Message(zh: "姓名", en: "Name")
    package static let userEmail = Message(zh: "邮箱", en: "Email")
    package static let userMobile = Message(zh: "手机号", en: "Mobile number")
    package static let userContact = Message(zh: "联系方式", en: "Contact")
    package static let userRole = Message(zh: "角色", en: "Role")
    package static let userUnit = Message(zh: "所属单位", en: "Department or organisation")
    package static let userDepartment = Message(zh: "所属部门", en: "Department")
    package static let userOrganization = Message(zh: "所属单位", en: "Organisation")
    package static let userStatus = Message(zh: "状态", en: "Status")
    package static let userActive = Message(zh: "正常", en: "Active")
    package static let userInactive = Message(zh: "已停用", en: "Deactivated")
    package static let userActions = Message(zh: "操作", en: "Actions")
    package static let userReset = Message(zh: "重置密码", en: "Reset password")
    package static let userDeactivate = Message(zh: "停用", en: "Deactivate")
    package static let userActivate = Message(zh: "启用", en: "Activate")
    package static let userChangeRole = Message(zh: "修改角色", en: "Change role")
    package static let userCreate = Message(zh: "开通账号", en: "Create account")
    package static func userCreated(name: String, password: String) -> Message {
        Message(
            zh: "已为 \(name) 开通账号。一次性密码：\(password)（只显示这一次，首次登录须修改）",
            en:
                "Account created for \(name). One-time password: \(password) (shown only this once; it must be changed at first sign-in)"
        )
    }
    package static func userPasswordReset(name: String, password: String) -> Message {
        Message(
            zh: "已重置 \(name) 的密码。一次性密码：\(password)（只显示这一次）",
            en: "The password of \(name) was reset. One-time password: \(password) (shown only this once)")
    }
    package static func userDeactivated(name: String) -> Message {
        Message(zh: "已停用 \(name) 的账号。", en: "The account of \(name) was deactivated.")
    }
    package static func userActivated(name: String) -> Message {
        Message(zh: "已启用 \(name) 的账号。", en: "The account of \(name) was activated.")
    }
    package static func userRoleChanged(name: String, role: String) -> Message {
        Message(zh: "\(name) 的角色已改为 \(role)。", en: "The role of \(name) is now \(role).")
    }
    package static let userNameInvalid = Message(zh: "请填写姓名（不超过 100 字）。", en: "Enter a name (up to 100 characters).")
    package static let userEmailInvalid = Message(zh: "邮箱格式不正确。", en: "The email address is not valid.")
    package static let userMobileInvalid = Message(
        zh: "手机号须为 11 位中国大陆手机号码。", en: "The mobile number must be an 11-digit mainland number.")
    package static let userContactMissing = Message(
        zh: "邮箱和手机号至少填写一项。", en: "Enter an email address or a mobile number.")
    package static let userEmailTaken = Message(
        zh: "该邮箱已被其他账号使用。", en: "Another account already uses this email address.")
    package static let userMobileTaken = Message(
        zh: "该手机号已被其他账号使用。", en: "Another account already uses this mobile number.")
    package static let userRoleInvalid = Message(zh: "请选择有效的角色。", en: "Choose a valid role.")
    package static let userDepartmentRequired = Message(
        zh: "部门工作人员须选择所属部门。", en: "An officer must belong to a department.")
    package static let userOrganizationRequired = Message(
        zh: "培训机构和用人单位人员须选择所属单位。", en: "Providers and employers must belong to an organisation.")
    package static let userActionUnknown = Message(zh: "未知操作。", en: "Unknown action.")
    package static let adminDepartmentsTitle = Message(zh: "部门管理", en: "Departments")
    package static let adminDepartmentsIntro = Message(
        zh: "各责任单位的措施、年度目标和部门工作人员账号数。部门本身由政策文件定义。",
        en:
            "Each department's measures, yearly targets and officer accounts. The policy file defines the departments themselves."
    )
    package static let adminDepartmentsTargets = Message(zh: "年度目标数", en: "Targets")
    package static let adminDepartmentsOfficers = Message(zh: "工作人员账号", en: "Officer accounts")
    package static let userCannotChangeSelf = Message(
        zh: "不能修改自己的角色或停用自己的账号。", en: "You cannot change your own role or deactivate your own account.")
    package static let userLastAdministrator = Message(
        zh: "这是最后一个有效的管理员账号，不能降级或停用。", en: "This is the last active administrator; it cannot be demoted or deactivated."
    )
    package static let registerInvite = Message(
        zh: "还没有账号？注册数字人才账号", en: "No account yet? Register as a digital talent")
    package static let accountMyProfile = Message(zh: "我的人才档案", en: "My talent profile")
    package static let accountDownloadData = Message(zh: "下载我的全部数据（JSON）", en: "Download all my data (JSON)")
    package static let accountDownloadWorkbook = Message(zh: "下载我的数据（Excel）", en: "Download my data (Excel)")
    package static func userRoleChangeNotAllowed(from: String, to: String) -> Message {
        Message(
            zh: "不能把“\(from)”账号改为“\(to)”：只有管理员和部门工作人员账号之间可以互改角色；请为新角色另建账号。",
            en:
                "A “\(from)” account cannot become “\(to)”: only administrator and department officer accounts change role between them; create a new account for the new role."
        )
    }
    package static func signInSlowDown(seconds: String) -> Message {
        Message(
            zh: "该账号近期多次登录失败，请 \(seconds) 秒后再试。",
            en: "This account has had several failed sign-ins; try again in \(seconds) seconds.")
    }
}

// MARK: Notifications
extension Message {
    package static let notificationsTitle = Message(zh: "消息", en: "Notifications")
    package static let notificationsEmpty = Message(zh: "没有消息。", en: "No notifications.")
    package static let notificationsMarkAll = Message(zh: "全部标为已读", en: "Mark all read")
    package static let notificationsMarked = Message(zh: "已标为已读。", en: "Marked read.")
    package static let notificationMarkRead = Message(zh: "标为已读", en: "Mark read")
    package static let notificationUnread = Message(zh: "未读", en: "Unread")
}
