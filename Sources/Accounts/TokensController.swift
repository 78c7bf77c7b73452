import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The account page and personal API tokens: created in the UI and shown once, stored
/// only as a SHA-256, read-only or read-write, expiring, revocable.
package struct TokensController: RouteCollection {
    package static let maxDays = 365
    package let profiles: any LinkedProfiles

    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.account.route, use: accountPage)
        pages.post(SiteURL.accountTokens.route, use: createToken)
        pages.post(SiteURL.routeByID(SiteURL.revokeToken), use: revokeFromPage)
        let api = routes.grouped("api", "v1", "tokens").grouped(RequireSignIn())
        api.get(use: list)
        api.delete(":id", use: revokeFromAPI)
    }

    @Sendable package func accountPage(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "changed"] == "password" ? req.messages(.passwordChanged) : nil
        return try await render(req, notice: notice, newToken: nil, errors: FieldErrors(), status: .ok)
    }

    private struct TokenForm: Content {
        var name: String?
        var scope: String?
        var days: String?
    }

    @Sendable package func createToken(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        try req.authorize(.create, .apiToken)
        let form = try req.content.decode(TokenForm.self)
        var errors = FieldErrors()
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty || name.count > 100 { errors["name"] = .tokenNameInvalid }
        if name.contains(where: { $0.isNewline || $0 == "\t" }) {
            errors["name"] = Message { m in m(.fieldOneLine(field: m(.tokenName))) }
        }
        let scope = form.scope.flatMap(APIToken.Scope.init(rawValue:))
        if scope == nil { errors["scope"] = .tokenScopeInvalid }
        let days = form.days.flatMap { Int($0) }
        if days == nil || !(1...Self.maxDays).contains(days!) {
            errors["days"] = .tokenDaysInvalid(max: String(Self.maxDays))
        }
        guard errors.isEmpty, let scope, let days else {
            return try await render(req, notice: nil, newToken: nil, errors: errors, status: .unprocessableEntity)
        }
        let secret = "tlt_" + Secrets.randomToken()
        let token = APIToken(
            userID: try user.requireID(), name: name, tokenHash: Secrets.sha256(secret), scope: scope,
            expiresAt: req.clock.now.addingTimeInterval(TimeInterval(days) * 86400))
        try await req.db.writeTransaction { db in
            try await token.create(on: db)
            try await req.audit(
                AuditEntry(
                    .apiTokenCreate, entityID: token.id?.uuidString, changedFields: ["name", "scope", "expires_at"]),
                on: db)
        }
        return try await render(req, notice: nil, newToken: secret, errors: FieldErrors(), status: .created)
    }

    @Sendable package func revokeFromPage(req: Request) async throws -> Response {
        try await revoke(req)
        return try await render(
            req, notice: req.messages(.tokenRevoked), newToken: nil, errors: FieldErrors(), status: .ok)
    }

    @Sendable package func revokeFromAPI(req: Request) async throws -> HTTPStatus {
        try await revoke(req)
        return .noContent
    }

    private func revoke(_ req: Request) async throws {
        guard let id = req.parameters.get("id", as: UUID.self),
            let token = try await req.scopedQuery(APIToken.self, for: .delete).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        guard token.revokedAt == nil else { return }
        try await req.db.writeTransaction { db in
            token.revokedAt = req.clock.now
            try await token.save(on: db)
            try await req.audit(
                AuditEntry(
                    .apiTokenRevoke, entityID: token.id?.uuidString, changedFields: ["revoked_at"]), on: db)
        }
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<TokenDTO> {
        let rows = try await req.scopedQuery(APIToken.self).sort(\.$createdAt, .descending).limit(200).all()
        return ItemsDTO(items: try rows.map { try TokenDTO($0) })
    }

    private func render(
        _ req: Request, notice: String?, newToken: String?, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let user = try req.auth.require(User.self)
        let tokens = try await APIToken.query(on: req.db).filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt, .descending).limit(200).all()
        var organization: Organization?
        if let id = user.$organization.id { organization = try await Organization.find(id, on: req.db) }
        let talentID = try await profiles.profileID(of: user.requireID(), on: req.db)
        let model = AccountPageModel(
            user: user, organization: organization, talentID: talentID, tokens: tokens,
            newToken: newToken,
            notice: notice, errors: errors, csrf: CSRF.token(for: req), now: req.clock.now)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

package struct TokenDTO: Content {
    package var id: UUID
    package var name: String
    package var scope: String
    package var expiresAt: Date
    package var revokedAt: Date?
    package var lastUsedAt: Date?
    package var createdAt: Date?

    package init(_ token: APIToken) throws {
        id = try token.requireID()
        name = token.name
        scope = token.scope.rawValue
        expiresAt = token.expiresAt
        revokedAt = token.revokedAt
        lastUsedAt = token.lastUsedAt
        createdAt = token.createdAt
    }
}
