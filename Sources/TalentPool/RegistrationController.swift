import Accounts
import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Self-registration (M12): a person creates their account and their talent profile and
/// gives consent in one step, and is signed in. Categories and key groups that decide
/// eligibility are not self-declared: staff record them.
package struct RegistrationController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.register.route, use: page)
        routes.post(SiteURL.register.route, use: register)
    }

    package struct RegistrationForm: Content {
        package var profile: TalentInput
        package var password: String?
        package var confirm: String?

        package init(from decoder: any Decoder) throws {
            profile = try TalentInput(from: decoder)
            profile.employerID = nil
            profile.categories = nil
            profile.keyGroups = nil
            let container = try decoder.container(keyedBy: CodingKeys.self)
            password = try container.decodeIfPresent(String.self, forKey: .password)
            confirm = try container.decodeIfPresent(String.self, forKey: .confirm)
        }

        package init() {
            profile = TalentInput()
        }

        package func encode(to encoder: any Encoder) throws {
            try profile.encode(to: encoder)
        }

        package enum CodingKeys: String, CodingKey {
            case password, confirm
        }
    }

    @Sendable package func page(req: Request) async throws -> Response {
        if req.auth.get(User.self) != nil { return req.redirect(to: SiteURL.workspace.path) }
        return try await render(req, form: RegistrationForm(), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func register(req: Request) async throws -> Response {
        let form = try req.content.decode(RegistrationForm.self)
        let cipher = req.application.personalData
        var errors = FieldErrors()
        var valid: TalentInput.Valid?
        switch try await form.profile.validate(
            on: req.db, policy: try req.policy, cipher: cipher, today: req.clock.today, checksPool: false)
        {
        case let .failure(profileErrors): errors = profileErrors
        case let .success(profile): valid = profile
        }
        // The account signs in with the profile's email or mobile number.
        if let valid, valid.email == nil, valid.mobile == nil, errors["email"] == nil {
            errors.refuse("email", .userContactMissing, .required)
        }
        let password = form.password ?? ""
        let problems = PasswordCheck.problems(password, email: valid?.email, mobile: valid?.mobile?.value)
        if !problems.isEmpty { errors["password"] = .joined(problems) }
        if password != (form.confirm ?? "") { errors["confirm"] = .passwordMismatch }
        guard errors.isEmpty, let valid else {
            return try await render(req, form: form, errors: errors, status: .unprocessableEntity)
        }
        // Only a complete, valid form is checked against the pool, at most 20 an hour per
        // address, and the answer does not say which of ID number, email or mobile is
        // already there (issue 14: the form told anyone whether a person was in the pool).
        if let wait = try await RateLimit.registration.take(
            req.clientAddress ?? "unknown", now: req.clock.now, on: req.db)
        {
            errors.refuse("register", .registerThrottled(minutes: String((wait + 59) / 60)), .notAllowed)
            let response = try await render(req, form: form, errors: errors, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
            return response
        }
        if try await Self.isTaken(valid, cipher: cipher, on: req.db) {
            errors.refuse("register", .registerNotPossible, .notAllowed)
            return try await render(req, form: form, errors: errors, status: .unprocessableEntity)
        }

        let user = User(
            displayName: valid.name, email: valid.email, mobile: valid.mobile?.value,
            passwordHash: try await req.password.async.hash(password), role: .talent,
            mustChangePassword: false)
        let token = Secrets.randomToken()
        let talent = try await req.db.writeTransaction { db in
            try await user.create(on: db)
            // Not yet signed in: the new account is the actor of its own registration.
            var context = req.writeContext
            context.actor = user.actor
            try await context.record(
                AuditEntry(
                    .userRegister, entityID: user.id?.uuidString,
                    changedFields: ["display_name", "email", "mobile", "password_hash", "role"]), on: db)
            let talent = try await TalentStore.create(
                valid, userID: user.requireID(), cipher: cipher, context: context, on: db)
            try await UserSession(
                tokenHash: Secrets.sha256(token), userID: user.requireID(),
                expiresAt: req.clock.now.addingTimeInterval(LoginService.sessionLifetime)
            ).create(on: db)
            return talent
        }
        let response = req.redirect(
            to: SiteURL.talent(try talent.requireID()).path + "?created=1", redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = HTTPCookies.Value(
            string: token, maxAge: Int(LoginService.sessionLifetime), path: "/",
            isSecure: req.application.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    /// Whether the ID number is in the pool, or the email or mobile number names an account.
    package static func isTaken(_ valid: TalentInput.Valid, cipher: PersonalDataCipher, on db: any Database)
        async throws
        -> Bool
    {
        if try await Talent.query(on: db).filter(\.$residentIDIndex ~~ cipher.indexes(valid.residentID.value)).first()
            != nil
        {
            return true
        }
        if let email = valid.email, try await User.query(on: db).filter(\.$email == email).first() != nil {
            return true
        }
        if let mobile = valid.mobile?.value, try await User.query(on: db).filter(\.$mobile == mobile).first() != nil {
            return true
        }
        return false
    }

    private func render(
        _ req: Request, form: RegistrationForm, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let districts = try await District.query(on: req.db).sort(\.$id).all()
        let model = RegistrationPageModel(
            form: form.profile, errors: errors, districts: districts,
            occupations: try await OccupationPicker.catalogue(
                chosen: OccupationPicker.codes(form.profile.occupations), on: req.db),
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}
