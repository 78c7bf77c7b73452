import Fluent
import Vapor

extension User: Authenticatable {}

/// Signs the request in from the `talent_session` cookie: the token's hash must name an
/// unexpired session of an active user. A request without the cookie passes straight on,
/// without starting a task (see `RequestIDMiddleware`).
struct SessionAuthenticator: Middleware {
    static let cookieName = "talent_session"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // The API takes a browser session for reading only: a cookie-authenticated write
        // would bypass the CSRF check that guards forms. API writes use bearer tokens.
        let cookieAllowed = !request.url.path.hasPrefix("/api/") || [.GET, .HEAD].contains(request.method)
        guard cookieAllowed, let token = request.cookies[Self.cookieName]?.string, !token.isEmpty, token.count <= 128
        else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            if let session = try await UserSession.query(on: request.db)
                .filter(\.$tokenHash == Secrets.sha256(token))
                .filter(\.$expiresAt > Date())
                .with(\.$user)
                .first(),
               session.user.isActive {
                request.auth.login(session.user)
                request.storage[SessionTokenKey.self] = token
            }
        }.flatMap { next.respond(to: request) }
    }
}

/// Signs an API request in from `Authorization: Bearer`: a token that is unknown, revoked
/// or expired is a 401 problem, never a silent anonymous request. A read-only token may
/// only read.
struct BearerTokenAuthenticator: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.url.path.hasPrefix("/api/"), let bearer = request.headers.bearerAuthorization else {
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask { try await authenticate(bearer.token, request) }
            .flatMap { next.respond(to: request) }
    }

    private func authenticate(_ bearer: String, _ request: Request) async throws {
        let now = Date()
        // One query for token and account (a join, not an eager load): this runs on every
        // API call of every integration.
        guard bearer.count <= 128,
              let token = try await APIToken.query(on: request.db)
                  .filter(\.$tokenHash == Secrets.sha256(bearer))
                  .join(User.self, on: \APIToken.$user.$id == \User.$id)
                  .first(),
              let user = try? token.joined(User.self),
              token.revokedAt == nil, token.expiresAt > now, user.isActive
        else {
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer error=\"invalid_token\""],
                        reason: request.messages(.errorInvalidToken))
        }
        if token.scope == .read, ![.GET, .HEAD].contains(request.method) {
            throw Abort(.forbidden, reason: request.messages(.errorReadOnlyToken))
        }
        request.auth.login(user)
        // "Last used" to the minute is enough, and saves a write on most requests.
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            try await token.save(on: request.db)
        }
    }
}

struct SessionTokenKey: StorageKey {
    typealias Value = String
}
