import Vapor

/// A request whose path has routes, but none for its method (`TRACE /api/v1/talents`,
/// `DELETE /api/v1/districts`), is answered 405 with `Allow` listing the methods the path
/// takes (RFC 9110 §15.5.6), where the router alone says 404 — which tells a client the
/// resource does not exist, and which the API document cannot promise (issue 20: found
/// by schemathesis). Innermost middleware: it looks only at what the router left
/// unmatched (`request.route` is nil), so a handler's own 404 stays a 404.
package struct MethodNotAllowedMiddleware: Middleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            guard request.route == nil, (error as? any AbortError)?.status == .notFound else {
                return request.eventLoop.makeFailedFuture(error)
            }
            let allowed = Self.methods(for: request.url.path, in: request.application.routes.all)
            guard !allowed.isEmpty else { return request.eventLoop.makeFailedFuture(error) }
            let message = request.messages(
                .errorMethodNotAllowed(method: request.method.rawValue, allowed: allowed.joined(separator: ", ")))
            return request.eventLoop.makeFailedFuture(
                Abort(.methodNotAllowed, headers: ["Allow": allowed.joined(separator: ", ")], reason: message))
        }
    }

    /// The methods of the routes whose path matches `path`, sorted; HEAD with GET.
    package static func methods(for path: String, in routes: [Route]) -> [String] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var methods = Set<String>()
        for route in routes where matches(route.path, parts) {
            methods.insert(route.method.rawValue)
            if route.method == .GET { methods.insert("HEAD") }
        }
        return methods.sorted()
    }

    private static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return true
            case let .constant(text):
                guard index < parts.count, parts[index] == text else { return false }
            case .parameter, .anything:
                guard index < parts.count else { return false }
            }
        }
        return pattern.count == parts.count
    }
}
