import TalentDomain
import Vapor

/// Chooses the page language: `?lang=` (which also sets the `lang` cookie for later
/// pages), then the cookie, then Chinese — the platform is Chinese first.
package struct LanguageMiddleware: Middleware {
    package static let cookieName = "lang"

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // Vapor's query decoder is a twentieth of a small request; most have no `lang`.
        let mayAsk = request.url.query?.contains("lang") ?? false
        let requested = mayAsk ? request.query[String.self, at: "lang"].flatMap(DisplayLanguage.init(rawValue:)) : nil
        let language =
            requested
            ?? request.cookies[Self.cookieName].flatMap { DisplayLanguage(rawValue: $0.string) }
            ?? .zh
        request.storage[LanguageKey.self] = language
        return next.respond(to: request).map { response in
            if let requested {
                response.cookies[Self.cookieName] = HTTPCookies.Value(
                    string: requested.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                    isHTTPOnly: true, sameSite: .lax)
            }
            response.headers.replaceOrAdd(name: .contentLanguage, value: language.tag)
            return response
        }
    }

    package init() {

    }
}

private struct LanguageKey: StorageKey {
    package typealias Value = DisplayLanguage
}

extension Request {
    package var language: DisplayLanguage { storage[LanguageKey.self] ?? .zh }
    package var messages: Messages { Messages(language: language) }
}
