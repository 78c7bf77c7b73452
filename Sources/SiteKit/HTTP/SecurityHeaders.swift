import Vapor

/// Headers that make the browser refuse what the platform never does on purpose
/// (issue 14, defect 7):
/// - scripts and styles only from this site (the one script is `/static/site.js`), so a
///   value that ever escaped into a page could not run;
/// - no page inside a frame of another site, so a one-click form (approve an erasure,
///   reset a password) cannot be clicked through a disguised overlay;
/// - no guessing of content types, and no full address sent to other sites (a search's
///   query string names people);
/// - behind TLS, HTTPS for a year.
///
/// On futures, as every middleware without I/O (`RequestIDMiddleware`).
package struct SecurityHeadersMiddleware: Middleware {
    package static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// `Strict-Transport-Security` only when the platform is served over TLS.
    package var https: Bool

    private let headers: [(String, String)]

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { [headers] response in
            for (name, value) in headers where !response.headers.contains(name: name) {
                response.headers.add(name: name, value: value)
            }
            return response
        }
    }

    package init(https: Bool) {
        self.https = https
        headers =
            [
                ("Content-Security-Policy", Self.contentSecurityPolicy),
                ("X-Frame-Options", "DENY"),
                ("X-Content-Type-Options", "nosniff"),
                ("Referrer-Policy", "same-origin"),
                ("Cross-Origin-Opener-Policy", "same-origin"),
            ] + (https ? [("Strict-Transport-Security", "max-age=31536000")] : [])
    }
}
