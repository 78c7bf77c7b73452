import Fluent
import SQLKit
import SiteKit
import Vapor

extension User: Authenticatable {}

/// Signs the request in from the `talent_session` cookie: the token's hash must name an
/// unexpired session of an active user. A request without the cookie passes straight on,
/// without starting a task (see `RequestIDMiddleware`).
package struct SessionAuthenticator: Middleware {
    package init() {}

    package static let cookieName = "talent_session"

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // The API takes a browser session for reading only: a cookie-authenticated write
        // would bypass the CSRF check that guards forms. API writes use bearer tokens.
        let cookieAllowed = !request.isAPI || [.GET, .HEAD].contains(request.method)
        guard cookieAllowed, let token = request.cookies[Self.cookieName]?.string, !token.isEmpty, token.count <= 128
        else { return next.respond(to: request) }
        return request.eventLoop.makeFutureWithTask {
            // A page shows the unread count in its header; the API has its own endpoint.
            guard let sql = request.db as? any SQLDatabase,
                let row = try await Self.lookUp(
                    Secrets.sha256(token), countingUnread: !request.isAPI, now: request.clock.now, on: sql),
                case let user = try row.decode(fluentModel: User.self), user.isActive
            else { return }
            request.auth.login(user)
            if var signedIn = user.signedIn {
                signedIn.unreadNotifications = try row.decode(column: "unread_count", as: Int.self)
                request.auth.login(signedIn)
            }
            request.storage[SessionTokenKey.self] = token
        }.flatMap { next.respond(to: request) }
    }

    /// The unexpired session's account, with its unread notifications counted, in one
    /// statement: every signed-in page pays for it, and the session, its user and the
    /// count were three trips through Fluent.
    private static func lookUp(_ hash: String, countingUnread: Bool, now: Date, on sql: any SQLDatabase)
        async throws -> (any SQLRow)?
    {
        let unread: SQLQueryString =
            countingUnread
            ? "(SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL)" : "0"
        return try await sql.raw(
            """
            SELECT u.*, \(unread) AS unread_count FROM user_sessions s JOIN users u ON u.id = s.user_id \
            WHERE s.token_hash = \(bind: hash) AND s.expires_at > \(bind: now)
            """
        ).first()
    }
}

/// Signs an API request in from `Authorization: Bearer`: a token that is unknown, revoked
/// or expired is a 401 problem, never a silent anonymous request. A read-only token may
/// only read. A token checked in the last few seconds is not looked up again
/// (`BearerTokenCache`).
package struct BearerTokenAuthenticator: Middleware {
    package let cache: BearerTokenCache

    package init(cache: BearerTokenCache) {
        self.cache = cache
    }

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.isAPI, let bearer = request.headers.bearerAuthorization else {
            return next.respond(to: request)
        }
        // The common case, a token checked a moment ago and marked used within the minute,
        // needs no database: it is answered on the event loop, without a task (a task and
        // its hops cost an API read more than the cache look-up).
        let now = request.clock.now
        if bearer.token.count <= 128, let entry = cache.entry(Secrets.sha256(bearer.token), now: now),
            !Self.marksUse(entry, now: now)
        {
            do { try signIn(entry, request, now: now) } catch { return request.eventLoop.makeFailedFuture(error) }
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask { try await authenticate(bearer.token, request) }
            .flatMap { next.respond(to: request) }
    }

    private func authenticate(_ bearer: String, _ request: Request) async throws {
        let now = request.clock.now
        guard bearer.count <= 128, let sql = request.db as? any SQLDatabase else { throw invalidToken(request) }
        let hash = Secrets.sha256(bearer)
        var found = cache.entry(hash, now: now)
        if found == nil, let entry = try await Self.lookUp(hash, on: sql, now: now) {
            cache.store(entry, for: hash)
            found = entry
        }
        guard let entry = found else { throw invalidToken(request) }
        try signIn(entry, request, now: now)
        // "Last used" to the minute is enough, and saves a write on most requests.
        if Self.marksUse(entry, now: now) {
            try await sql.raw("UPDATE api_tokens SET last_used_at = \(bind: now) WHERE id = \(bind: entry.token.id)")
                .run()
            cache.markUsed(hash, at: now)
        }
    }

    /// Signs the request in as the token's account, or throws the 401 or 403 it deserves.
    private func signIn(_ entry: BearerTokenCache.Entry, _ request: Request, now: Date) throws {
        guard entry.token.revokedAt == nil, entry.token.expiresAt > now,
            case let user = try entry.account.decode(fluentModel: User.self), user.isActive
        else { throw invalidToken(request) }
        if entry.token.scope == .read, ![.GET, .HEAD].contains(request.method) {
            throw Abort(.forbidden, reason: request.messages(.errorReadOnlyToken))
        }
        request.auth.login(user)
        user.signedIn.map { request.auth.login($0) }
    }

    /// Whether this use should be written as the token's "last used" (once a minute).
    private static func marksUse(_ entry: BearerTokenCache.Entry, now: Date) -> Bool {
        entry.token.lastUsedAt.map { now.timeIntervalSince($0) > 60 } ?? true
    }

    private func invalidToken(_ request: Request) -> Abort {
        Abort(
            .unauthorized, headers: ["WWW-Authenticate": "Bearer error=\"invalid_token\""],
            reason: request.messages(.errorInvalidToken))
    }

    /// The token with its account, in one statement. Written as SQL: this runs on every
    /// API call the cache does not answer, and Fluent's query builder cost more than the
    /// look-up itself.
    private static func lookUp(_ hash: String, on sql: any SQLDatabase, now: Date) async throws -> BearerTokenCache
        .Entry?
    {
        guard
            let row = try await sql.raw(
                """
                SELECT u.*, k.id AS token_id, k.scope AS token_scope, k.expires_at AS token_expires_at, \
                k.revoked_at AS token_revoked_at, k.last_used_at AS token_last_used_at \
                FROM api_tokens k JOIN users u ON u.id = k.user_id WHERE k.token_hash = \(bind: hash)
                """
            ).first(),
            let scope = APIToken.Scope(rawValue: try row.decode(column: "token_scope", as: String.self))
        else { return nil }
        let token = BearerTokenCache.TokenFacts(
            id: try row.decode(column: "token_id", as: UUID.self), scope: scope,
            expiresAt: try row.decode(column: "token_expires_at", as: Date.self),
            revokedAt: try row.decode(column: "token_revoked_at", as: Date?.self),
            lastUsedAt: try row.decode(column: "token_last_used_at", as: Date?.self))
        return .init(token: token, account: row, checkedAt: now)
    }
}
