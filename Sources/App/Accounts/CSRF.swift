import Vapor

/// Cross-site request forgery protection for every state-changing form.
///
/// Each browser gets a random `talent_csrf` cookie (HttpOnly, SameSite=Lax); forms carry
/// `_csrf` = HMAC(csrf key, that cookie + the session token). A forged cross-site form
/// cannot read the cookie, so it cannot compute the field; signing in or out changes the
/// session token and with it every form's token.
enum CSRF {
    static let cookieName = "talent_csrf"
    static let fieldName = "_csrf"

    /// The token for forms rendered in this response (sets the cookie if it is new).
    static func token(for request: Request) -> String {
        let nonce = request.storage[NonceKey.self] ?? request.cookies[cookieName]?.string ?? {
            let fresh = Secrets.randomToken()
            request.storage[NonceKey.self] = fresh
            return fresh
        }()
        request.storage[NonceKey.self] = nonce
        let session = request.storage[SessionTokenKey.self] ?? ""
        return Secrets.mac("\(nonce)|\(session)", key: request.application.secrets.csrf)
    }

    static func isValid(_ submitted: String?, for request: Request) -> Bool {
        guard let submitted, let nonce = request.cookies[cookieName]?.string, !nonce.isEmpty else { return false }
        let session = request.storage[SessionTokenKey.self] ?? ""
        let expected = Secrets.mac("\(nonce)|\(session)", key: request.application.secrets.csrf)
        // Constant time: the comparison must not reveal how much of a guess was right.
        return submitted.utf8.count == expected.utf8.count
            && zip(submitted.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    struct NonceKey: StorageKey {
        typealias Value = String
    }
}

/// Rejects every non-API POST without a valid `_csrf` field (403), and sets the CSRF cookie
/// on responses that rendered a form with a new one.
struct CSRFMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if request.method == .POST, !request.url.path.hasPrefix("/api/") {
            // A file upload's body is still streaming here, so its form names the token in
            // the action URL instead (see the import form); every other form in the body.
            let submitted = request.headers.contentType?.subType == "form-data"
                ? request.query[String.self, at: CSRF.fieldName]
                : try? request.content.get(String.self, at: CSRF.fieldName)
            guard CSRF.isValid(submitted, for: request) else {
                return request.eventLoop.makeFailedFuture(Abort(.forbidden, reason: request.messages(.errorFormExpired)))
            }
        }
        return next.respond(to: request).map { response in
            if let nonce = request.storage[CSRF.NonceKey.self], request.cookies[CSRF.cookieName]?.string != nonce {
                response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                    string: nonce, path: "/", isSecure: request.application.secureCookies,
                    isHTTPOnly: true, sameSite: .lax)
            }
            return response
        }
    }
}
