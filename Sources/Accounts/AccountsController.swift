import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Signing in and out, choosing a password.
package struct AccountsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login.route, use: loginPage)
        routes.post(SiteURL.login.route, use: login)
        routes.post(SiteURL.logout.route, use: logout)
        let signedIn = routes.grouped(RequireSignIn())
        signedIn.get(SiteURL.accountPassword.route, use: passwordPage)
        signedIn.post(SiteURL.accountPassword.route, use: changePassword)
    }

    @Sendable package func loginPage(req: Request) async throws -> Response {
        if req.auth.get(User.self) != nil {
            return req.redirect(to: SiteURL.workspace.path)
        }
        let model = LoginPageModel(next: safeNext(req.query[String.self, at: "next"]), csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    private struct LoginForm: Content {
        var identifier: String?
        var password: String?
        var next: String?
    }

    @Sendable package func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        let m = req.messages
        var model = LoginPageModel(
            identifier: form.identifier ?? "", next: safeNext(form.next), csrf: CSRF.token(for: req))
        let identifier = (form.identifier ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = form.password ?? ""
        if identifier.isEmpty { model.errors.append(m(.loginIdentifierMissing)) }
        if password.isEmpty { model.errors.append(m(.loginPasswordMissing)) }
        if !model.errors.isEmpty {
            return try render(model, status: .badRequest, req)
        }
        let service = LoginService(
            database: req.db, secrets: req.application.secrets,
            passwords: req.password.async, absentUserHash: try await req.application.absentUserHash(req.password.async),
            requestID: req.requestID, now: req.clock.now)
        // `X-Forwarded-For` only from a trusted proxy: a client can write that header.
        let outcome = try await service.signIn(
            identifier: identifier, password: password, address: req.clientAddress ?? "unknown")
        switch outcome {
        case let .throttled(retryAfter), let .slowedDown(retryAfter):
            if case .throttled = outcome {
                model.errors = [m(.loginThrottled(minutes: String((retryAfter + 59) / 60)))]
            } else {
                model.errors = [m(.signInSlowDown(seconds: String(retryAfter)))]
            }
            let response = try render(model, status: .tooManyRequests, req)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter))
            return response
        case .invalidCredentials:
            model.errors = [m(.loginInvalid)]
            return try render(model, status: .unauthorized, req)
        case let .signedIn(user, token):
            let target =
                user.mustChangePassword
                ? SiteURL.accountPassword.path
                : (model.next ?? SiteURL.workspace.path)
            let response = req.redirect(to: target, redirectType: .normal)
            response.cookies[SessionAuthenticator.cookieName] = sessionCookie(token, req)
            return response
        }
    }

    @Sendable package func logout(req: Request) async throws -> Response {
        if let token = req.storage[SessionTokenKey.self] {
            try await req.db.writeTransaction { db in
                try await UserSession.query(on: db).filter(\.$tokenHash == Secrets.sha256(token)).delete()
                if let user = req.auth.get(User.self) {
                    try await req.audit(
                        AuditEntry(
                            .sessionDelete, entityID: user.id?.uuidString), on: db)
                }
            }
        }
        req.auth.logout(User.self)
        req.auth.logout(SignedIn.self)
        let response = req.redirect(to: SiteURL.home.path, redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
            isSecure: req.application.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    @Sendable package func passwordPage(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let model = PasswordPageModel(forced: user.mustChangePassword, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    private struct PasswordForm: Content {
        var current: String?
        var new: String?
        var confirm: String?
    }

    @Sendable package func changePassword(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let form = try req.content.decode(PasswordForm.self)
        let m = req.messages
        var errors: [String] = []
        if try await !req.password.async.verify(form.current ?? "", created: user.passwordHash) {
            errors.append(m(.passwordCurrentWrong))
        }
        let new = form.new ?? ""
        errors += PasswordCheck.problems(new, for: user).map { m($0) }
        if new != (form.confirm ?? "") { errors.append(m(.passwordMismatch)) }
        if !errors.isEmpty {
            let model = PasswordPageModel(forced: user.mustChangePassword, errors: errors, csrf: CSRF.token(for: req))
            return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: .badRequest)
        }
        let hash = try await req.password.async.hash(new)
        let token = Secrets.randomToken()
        let firstChoice = user.mustChangePassword
        try await req.db.writeTransaction { db in
            user.passwordHash = hash
            user.mustChangePassword = false
            try await user.save(on: db)
            // A new password ends every other session, and this one gets a new id.
            try await UserSession.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            try await APIToken.revokeAll(of: user.requireID(), on: db, now: req.clock.now)
            try await UserSession(
                tokenHash: Secrets.sha256(token), userID: user.requireID(),
                expiresAt: req.clock.now.addingTimeInterval(LoginService.sessionLifetime)
            ).create(on: db)
            try await req.audit(
                AuditEntry(
                    .userPasswordChange, entityID: user.id?.uuidString, changedFields: ["password_hash"]), on: db)
        }
        // The first password, chosen before anything else, leads on to the workspace; a
        // later change is confirmed on the account page.
        let response = req.redirect(
            to: firstChoice ? SiteURL.workspace.path : SiteURL.account.path + "?changed=password",
            redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = sessionCookie(token, req)
        return response
    }

    private func render(_ model: LoginPageModel, status: HTTPStatus, _ req: Request) throws -> Response {
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func sessionCookie(_ token: String, _ req: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, maxAge: Int(LoginService.sessionLifetime), path: "/",
            isSecure: req.application.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// Only a local path may be a redirect target, never another site.
    private func safeNext(_ next: String?) -> String? {
        // Control characters would split the Location header or be dropped by browsers
        // (`/\t/evil.example` → `//evil.example`).
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count < 512,
            !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else {
            return nil
        }
        return next
    }
}
