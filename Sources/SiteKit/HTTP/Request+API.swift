import Vapor

extension Request {
    /// Whether the request is for the JSON API (answers are JSON, errors problem+json).
    package var isAPI: Bool { url.path.hasPrefix("/api/") }
}
