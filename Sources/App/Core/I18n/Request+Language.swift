import TalentDomain
import Vapor

/// Chooses the page language: `?lang=` (which also sets the `lang` cookie for later
/// pages), then the cookie, then Chinese — the platform is Chinese first.
struct LanguageMiddleware: Middleware {
    static let cookieName = "lang"

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let requested = request.query[String.self, at: "lang"].flatMap(DisplayLanguage.init(rawValue:))
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
}

private struct LanguageKey: StorageKey {
    typealias Value = DisplayLanguage
}

extension Request {
    var language: DisplayLanguage { storage[LanguageKey.self] ?? .zh }
    var messages: Messages { Messages(language: language) }
}
