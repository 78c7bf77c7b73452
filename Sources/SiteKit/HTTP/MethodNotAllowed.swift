import Synchronization
import Vapor

/// A request whose path has routes, but none for its method (`TRACE /api/v1/talents`,
/// `DELETE /api/v1/districts`), is answered 405 with `Allow` listing the methods the path
/// takes (RFC 9110 §15.5.6), where the router alone says 404 — which tells a client the
/// resource does not exist, and which the API document cannot promise (issue 20: found
/// by schemathesis). Innermost middleware: it looks only at what the router left
/// unmatched (`request.route` is nil), so a handler's own 404 stays a 404.
///
/// It also answers 405 where the router matched a parameter for a segment that names a
/// resource of its own: `PATCH /api/v1/job-posts/mine` reaches `PATCH /job-posts/:id` with
/// the id `mine`, though `/job-posts/mine` is a path with only GET. That is decided before
/// the handler runs, which would otherwise refuse the body (415) or find no post (404).
package struct MethodNotAllowedMiddleware: Middleware {
    /// The methods of each path whose routes are all constant segments, built on first use.
    private let constantPaths = ConstantPaths()

    package init() {}

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let routes = request.application.routes.all
        if let route = request.route, route.path.contains(where: \.isParameterLike),
            let allowed = constantPaths.methods(routes)[Self.normalized(request.path)],
            !allowed.contains(request.method.rawValue)
        {
            return request.eventLoop.makeFailedFuture(Self.refusal(request, allowed: allowed))
        }
        return next.respond(to: request).flatMapError { error in
            guard request.route == nil, (error as? any AbortError)?.status == .notFound else {
                return request.eventLoop.makeFailedFuture(error)
            }
            // A path that is a resource of its own answers for its own routes only, not for
            // those whose parameter its last segment would fill (`/job-posts/mine`).
            let allowed =
                constantPaths.methods(routes)[Self.normalized(request.path)]
                ?? Self.methods(for: request.path, in: routes)
            guard !allowed.isEmpty else { return request.eventLoop.makeFailedFuture(error) }
            return request.eventLoop.makeFailedFuture(Self.refusal(request, allowed: allowed))
        }
    }

    private static func refusal(_ request: Request, allowed: [String]) -> Abort {
        let list = allowed.joined(separator: ", ")
        let message = request.messages(.errorMethodNotAllowed(method: request.method.rawValue, allowed: list))
        return Abort(.methodNotAllowed, headers: ["Allow": list], reason: message)
    }

    /// `/a/b` for `a/b/`, `//a/b` and `/a/b`, as `ConstantPaths` keys them.
    private static func normalized(_ path: String) -> String {
        "/" + path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
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

extension PathComponent {
    fileprivate var isParameterLike: Bool {
        switch self {
        case .constant: false
        case .parameter, .anything, .catchall: true
        }
    }
}

/// Each path made of constant segments only, with the methods of its routes (HEAD with GET).
private final class ConstantPaths: Sendable {
    private let built = Mutex<[String: [String]]?>(nil)

    func methods(_ routes: [Route]) -> [String: [String]] {
        built.withLock { built in
            if let built { return built }
            var paths: [String: Set<String>] = [:]
            for route in routes where !route.path.contains(where: \.isParameterLike) {
                let path = "/" + route.path.map(\.description).joined(separator: "/")
                paths[path, default: []].insert(route.method.rawValue)
                if route.method == .GET { paths[path, default: []].insert("HEAD") }
            }
            let sorted = paths.mapValues { $0.sorted() }
            built = sorted
            return sorted
        }
    }
}
