import Vapor

/// Cross-site request forgery protection for every state-changing form.
///
/// Each browser gets a random `talent_csrf` cookie (HttpOnly, SameSite=Lax); forms carry
/// `_csrf` = HMAC(csrf key, that cookie + the session token). A forged cross-site form
/// cannot read the cookie, so it cannot compute the field; signing in or out changes the
/// session token and with it every form's token.
package enum CSRF {
    package static let cookieName = "talent_csrf"
    package static let fieldName = "_csrf"

    /// The token for forms rendered in this response (sets the cookie if it is new).
    package static func token(for request: Request) -> String {
        let nonce =
            request.storage[NonceKey.self] ?? request.cookies[cookieName]?.string
            ?? {
                let fresh = Secrets.randomToken()
                request.storage[NonceKey.self] = fresh
                return fresh
            }()
        request.storage[NonceKey.self] = nonce
        let session = request.storage[SessionTokenKey.self] ?? ""
        return Secrets.mac("\(nonce)|\(session)", key: request.application.secrets.csrf)
    }

    package static func isValid(_ submitted: String?, for request: Request) -> Bool {
        guard let submitted, let nonce = request.cookies[cookieName]?.string, !nonce.isEmpty else { return false }
        let session = request.storage[SessionTokenKey.self] ?? ""
        // A form rendered before the key changed carries the previous key's token.
        return request.application.secrets.all.contains { secrets in
            let expected = Secrets.mac("\(nonce)|\(session)", key: secrets.csrf)
            // Constant time: the comparison must not reveal how much of a guess was right.
            return submitted.utf8.count == expected.utf8.count
                && zip(submitted.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
    }

    package struct NonceKey: StorageKey {
        package typealias Value = String
    }
}

/// Rejects every non-API POST without a valid `_csrf` field in its body (403), and sets
/// the CSRF cookie on responses that rendered a form with a new one.
///
/// The token is read from the body only, never from the address: an address ends up in
/// logs, history and `Referer` headers (issue 14). A body that has not fully arrived
/// when this runs (an upload, a long text) is collected here first, within the largest
/// body such a form may send; the route then reads the collected body as usual.
///
/// On futures, as every middleware without I/O (`RequestIDMiddleware`): a GET, and a
/// POST whose body has arrived, never leave the event loop.
package struct CSRFMiddleware: Middleware {
    /// The largest upload any form takes (the talent import's, set by the app) and the
    /// largest other form (a course text).
    package let maxUpload: Int
    package static let maxForm = 1 << 20

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method == .POST, !request.isAPI else {
            return answer(request, next)
        }
        guard request.body.data == nil else { return checked(request, next) }
        let upload = request.headers.contentType?.subType == "form-data"
        return request.body.collect(max: upload ? maxUpload : Self.maxForm).flatMap { _ in checked(request, next) }
    }

    /// The form's token checked, then the route.
    private func checked(_ request: Request, _ next: any Responder) -> EventLoopFuture<Response> {
        let submitted =
            request.headers.contentType?.subType == "form-data"
            ? request.multipartForm?.text(CSRF.fieldName)
            : try? request.content.get(String.self, at: CSRF.fieldName)
        guard CSRF.isValid(submitted, for: request) else {
            return request.eventLoop.makeFailedFuture(
                Abort(.forbidden, reason: request.messages(.errorFormExpired)))
        }
        return answer(request, next)
    }

    /// The route's response, with the cookie of a form's new token.
    private func answer(_ request: Request, _ next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in
            if let nonce = request.storage[CSRF.NonceKey.self], request.cookies[CSRF.cookieName]?.string != nonce {
                response.cookies[CSRF.cookieName] = HTTPCookies.Value(
                    string: nonce, path: "/", isSecure: request.application.secureCookies,
                    isHTTPOnly: true, sameSite: .lax)
            }
            return response
        }
    }

    package init(maxUpload: Int) {
        self.maxUpload = maxUpload
    }
}
