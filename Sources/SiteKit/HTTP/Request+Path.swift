import Vapor

extension Request {
    /// The path of the address (percent-encoded, as `url.path`), worked out once a request:
    /// Vapor's `url.path` rebuilds it from the parsed address at every call, and five
    /// middlewares ask for it (together a twentieth of a small request).
    package var path: String {
        if let path = storage[PathKey.self] { return path }
        let path = url.path
        storage[PathKey.self] = path
        return path
    }

    /// A request of the API (`/api/…`): answered in JSON, signed in by bearer token.
    package var isAPI: Bool { path.hasPrefix("/api/") }
}

private struct PathKey: StorageKey {
    typealias Value = String
}
