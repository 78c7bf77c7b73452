import Accounts
import Foundation
import Logging
import NIOConcurrencyHelpers
import SiteKit
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("Errors and logs")
struct ErrorAndLoggingTests {
    /// An error whose description must never reach a user.
    private struct InternalFailure: Error, CustomStringConvertible {
        var description: String { "connection string postgres://secret@db" }
    }

    @Test func serverErrorPageShowsNoInternalsAndNamesTheRequestID() async throws {
        try await TestApp.run { app, _ in
            // setup
            app.get("boom") { _ -> String in throw InternalFailure() }
            // MUT
            let response = try await app.get("/boom")
            // validate
            #expect(response.status == .internalServerError)
            #expect(response.headers.contentType == .html)
            #expect(!response.text.contains("secret"))
            #expect(!response.text.contains("InternalFailure"))
            let requestID = try #require(response.headers.first(name: "X-Request-ID"))
            #expect(response.text.contains(requestID))
        }
    }

    @Test func apiServerErrorIsAProblemDocumentWithoutDetail() async throws {
        try await TestApp.run { app, _ in
            app.get("api", "v1", "boom") { _ -> String in throw InternalFailure() }
            let response = try await app.get("/api/v1/boom")
            #expect(response.status == .internalServerError)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.text.utf8))
            #expect(problem.detail == nil)
            #expect(!response.text.contains("secret"))
        }
    }

    @Test func requestLogLineCarriesTheRequestIDButNotTheQuery() async throws {
        try await TestApp.run { app, _ in
            // setup: every request logs into `lines`
            let lines = NIOLockedValueBox<[String]>([])
            app.middleware.use(LogCapture(lines: lines), at: .beginning)
            // MUT: a query that could be personal data
            let response = try await app.get("/occupations?q=370303199001011234")
            // validate
            let requestID = try #require(response.headers.first(name: "X-Request-ID"))
            let logged = lines.withLockedValue { $0 }
            let requestLine = try #require(logged.first { $0.hasPrefix("request ") })
            #expect(requestLine.contains("request-id=\(requestID)"))
            #expect(requestLine.contains("path=/occupations"))
            #expect(requestLine.contains("status=200"))
            #expect(logged.allSatisfy { !$0.contains("370303199001011234") }, "\(logged)")
        }
    }
}

/// Replaces the request's logger with one that records each line as
/// `message key=value …` (metadata sorted), for assertions.
struct LogCapture: AsyncMiddleware {
    let lines: NIOLockedValueBox<[String]>

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let lines = lines
        request.logger = Logger(label: "test") { _ in CapturingHandler(lines: lines) }
        return try await next.respond(to: request)
    }
}

struct CapturingHandler: LogHandler {
    let lines: NIOLockedValueBox<[String]>
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let line = ([event.message.description] + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
            .joined(separator: " ")
        lines.withLockedValue { $0.append(line) }
    }
}
