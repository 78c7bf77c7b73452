import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Administrators manage accounts; officers, employers and providers see the accounts of
/// their department or organisation; everyone sees their own (`/api/v1/me`).
package struct UsersController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.adminUsers.route, use: page)
        pages.post(SiteURL.adminUsers.route, use: create)
        pages.post(SiteURL.routeByID(SiteURL.adminUser), use: change)
        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.get("me", use: me)
        api.get("users", use: list)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        try await render(req, form: UserInput(), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func create(req: Request) async throws -> Response {
        try req.authorize(.create, .user)
        let input = try req.content.decode(UserInput.self)
        switch try await input.validate(on: req.db, policy: try req.policy) {
        case let .failure(errors):
            return try await render(req, form: input, errors: errors, status: .unprocessableEntity)
        case let .success(valid):
            let password = OneTimePassword.generate()
            let user = User(
                displayName: valid.displayName, email: valid.email, mobile: valid.mobile,
                passwordHash: try await req.password.async.hash(password), role: valid.role,
                departmentCode: valid.departmentCode, organizationID: valid.organizationID)
            try await req.db.writeTransaction { db in
                try await user.create(on: db)
                try await req.audit(
                    AuditEntry(
                        .userCreate, entityID: user.id?.uuidString,
                        changedFields: [
                            "display_name", "email", "mobile", "role", "department_code", "organization_id",
                        ]
                        .filter { field in field != "email" || valid.email != nil }), on: db)
            }
            return try await render(
                req, form: UserInput(), errors: FieldErrors(), status: .created,
                notice: req.messages(.userCreated(name: user.displayName, password: password)))
        }
    }

    private struct ChangeForm: Content {
        var action: String?
        var role: String?
        var departmentCode: String?
    }

    @Sendable package func change(req: Request) async throws -> Response {
        // Role, activation and password resets administer an account: "change own" (a user
        // editing their own profile) must never reach them, or anyone could make
        // themselves an administrator. Only an `any` scope administers accounts.
        let (_, scope) = try req.scope(.change, on: .user)
        guard scope == .any else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        guard let id = req.parameters.get("id", as: UUID.self),
            let user = try await req.scopedQuery(User.self, for: .change).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        let form = try req.content.decode(ChangeForm.self)
        let m = req.messages
        // An administrator cannot demote or deactivate themselves, and the last active
        // administrator cannot be demoted or deactivated: someone must be able to administer.
        if ["role", "deactivate"].contains(form.action ?? "") {
            guard user.id != req.auth.get(User.self)?.id else {
                throw Abort(.badRequest, reason: m(.userCannotChangeSelf))
            }
            if user.role == .admin, user.isActive, form.role != Role.admin.rawValue,
                try await User.query(on: req.db).filter(\.$role == .admin).filter(\.$isActive == true).count() <= 1
            {
                throw Abort(.badRequest, reason: m(.userLastAdministrator))
            }
        }
        let notice: String
        let changed: [String]
        let action: AuditAction
        var password: String?
        switch form.action {
        case "deactivate":
            user.isActive = false
            changed = ["is_active"]
            action = .userDeactivate
            notice = m(.userDeactivated(name: user.displayName))
        case "activate":
            user.isActive = true
            changed = ["is_active"]
            action = .userActivate
            notice = m(.userActivated(name: user.displayName))
        case "reset":
            let fresh = OneTimePassword.generate()
            user.passwordHash = try await req.password.async.hash(fresh)
            user.mustChangePassword = true
            password = fresh
            changed = ["password_hash", "must_change_password"]
            action = .userReset
            notice = m(.userPasswordReset(name: user.displayName, password: fresh))
        case "role":
            guard let role = form.role.flatMap(Role.init(rawValue:)) else {
                throw Abort(.badRequest, reason: m(.userRoleInvalid))
            }
            guard Permissions.allowsRoleChange(from: user.role, to: role) else {
                throw Abort(
                    .forbidden, reason: m(.userRoleChangeNotAllowed(from: m.role(user.role), to: m.role(role))))
            }
            if role == .officer {
                guard let code = form.departmentCode, try req.policy.department(code) != nil else {
                    throw Abort(.badRequest, reason: m(.userDepartmentRequired))
                }
                user.departmentCode = code
            } else {
                user.departmentCode = nil
            }
            user.role = role
            user.$organization.id = nil
            changed = ["role", "department_code", "organization_id"]
            action = .userRole
            notice = m(.userRoleChanged(name: user.displayName, role: m.role(role)))
        default:
            throw Abort(.badRequest, reason: m(.userActionUnknown))
        }
        let endsSessions = !user.isActive || password != nil
        try await req.db.writeTransaction { db in
            try await user.save(on: db)
            if endsSessions {
                // Deactivation and a reset end the user's sessions and API tokens at once.
                try await UserSession.query(on: db).filter(\.$user.$id == user.requireID()).delete()
                try await APIToken.revokeAll(of: user.requireID(), on: db, now: req.clock.now)
            }
            try await req.audit(
                AuditEntry(
                    action, entityID: user.id?.uuidString, changedFields: changed), on: db)
        }
        return try await render(req, form: UserInput(), errors: FieldErrors(), status: .ok, notice: notice)
    }

    @Sendable package func me(req: Request) async throws -> UserDTO {
        try UserDTO(req.auth.require(User.self))
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<UserDTO> {
        var query = try req.scopedQuery(User.self)
        if let role = req.query[String.self, at: "role"] {
            guard let role = Role(rawValue: role) else {
                throw Abort(.badRequest, reason: req.messages(.userRoleInvalid))
            }
            query = query.filter(\.$role == role)
        }
        let rows = try await query.sort(\.$displayName).limit(500).all()
        return ItemsDTO(items: try rows.map { try UserDTO($0) })
    }

    private func render(
        _ req: Request, form: UserInput, errors: FieldErrors, status: HTTPStatus,
        notice: String? = nil
    ) async throws -> Response {
        let users = try await req.scopedQuery(User.self).sort(\.$displayName).limit(500).all()
        var organizations: [Organization] = []
        if let query = try? req.scopedQuery(Organization.self) {
            organizations = try await query.sort(\.$name).limit(500).all()
        }
        let model = UsersPageModel(
            users: users, organizations: organizations, form: form, errors: errors,
            canManage: (try? req.authorize(.create, .user)) != nil, notice: notice,
            currentUserID: req.auth.get(User.self)?.id, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// An account as the API shows it: masked mobile, never the password hash.
package struct UserDTO: Content {
    package var id: UUID
    package var displayName: String
    package var email: String?
    package var mobile: String?
    package var role: String
    package var departmentCode: String?
    package var organizationID: UUID?
    package var isActive: Bool

    /// `revealMobile` only for the person's own data export.
    package init(_ user: User, revealMobile: Bool = false) throws {
        id = try user.requireID()
        displayName = user.displayName
        email = user.email
        mobile = revealMobile ? user.mobile : user.mobile.flatMap { try? MobileNumber($0).masked }
        role = user.role.rawValue
        departmentCode = user.departmentCode
        organizationID = user.$organization.id
        isActive = user.isActive
    }
}
