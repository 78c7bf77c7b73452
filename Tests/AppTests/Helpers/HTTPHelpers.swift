import SiteKit
import Testing
import Vapor
import VaporTesting

@testable import App

extension Application {
    /// Sends a GET through the whole middleware stack; `target` may carry a query string
    /// (percent-encoded here, as a browser would).
    func get(_ target: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        let encoded = target.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? target
        return try await testing().sendRequest(.GET, "/", headers: headers) { request in
            request.url = URI(string: encoded)
        }
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
}
