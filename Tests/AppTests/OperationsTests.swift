import Foundation
import Operations
import SiteKit
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Operations endpoints")
struct OperationsTests {
    @Test func healthAndReadinessAnswer200() async throws {
        try await TestApp.run { app, config in
            let health = try await app.get("/healthz")
            #expect(health.status == .ok)
            #expect(health.headers.contentType == .json)
            #expect(try health.content.decode(HealthDTO.self).status == "ok")
            let ready = try await app.get("/readyz")
            #expect(ready.status == .ok)
            #expect(ready.text.contains(config.database.engineName))
        }
    }

    @Test func readinessIs503BeforeThePolicyIsLoaded() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let response = try await app.get("/readyz")
            #expect(response.status == .serviceUnavailable)
        }
    }

    static func withMetricsToken(_ config: inout AppConfig) {
        config.metricsToken = "scrape-token-0123456789"
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await TestApp.run(adjusting: Self.withMetricsToken) { app, _ async throws in
            _ = try await app.get("/measures/M2")
            _ = try await app.get("/no-such-page")
            let metrics = try await app.get("/metrics", headers: ["Authorization": "Bearer scrape-token-0123456789"])
                .text
            #expect(metrics.contains("http_requests_total{method=\"GET\",route=\"/measures/:code\",status=\"200\"} 1"))
            #expect(metrics.contains("route=\"unmatched\",status=\"404\"} 1"))
            #expect(metrics.contains("http_request_duration_seconds_bucket{route=\"/measures/:code\",le=\"+Inf\"} 1"))
            #expect(metrics.contains("talent_db_up"))
        }
    }

    @Test func metricsAreNobodyElsesBusinessWithoutTheTokenOrFromAnotherMachine() async throws {
        try await TestApp.run(adjusting: Self.withMetricsToken) { app, _ async throws in
            #expect(try await app.get("/metrics").status == .notFound)
            #expect(
                try await app.get("/metrics", headers: ["Authorization": "Bearer scrape-token-012345678X"]).status
                    == .notFound)
        }
        // Without a token only loopback may scrape; an in-memory test request has no address.
        try await TestApp.run { app, _ async throws in
            #expect(try await app.get("/metrics").status == .notFound)
        }
    }

    /// `Server-Timing` is what the page benchmark reads: the server's time without the
    /// network's, on pages and errors alike.
    @Test func everyResponseSaysHowLongTheServerTook() async throws {
        try await TestApp.run { app, _ in
            for path in ["/", "/measures/M2", "/no-such-page"] {
                let timing = try await app.get(path).headers.first(name: "Server-Timing") ?? ""
                let duration = timing.firstMatch(of: /^app;dur=(\d+\.\d{2})$/).flatMap { Double($0.1) }
                #expect(duration.map { $0 >= 0 && $0 < 60_000 } == true, "\(path): \(timing)")
            }
        }
    }

    @Test func serverTimesAreWrittenInMillisecondsWithTwoDecimals() {
        let cases: [(Double, String)] = [
            (0, "0.00"), (0.004, "0.00"), (0.07, "0.07"), (1.5, "1.50"), (12.345, "12.35"), (100, "100.00"),
            (59_999.999, "60000.00"), (-1, "0.00"),
        ]
        for (value, text) in cases { #expect(RequestObserverMiddleware.hundredths(value) == text, "\(value)") }
    }

    @Test func aRequestsLanguageComesFromItsQueryOnlyWhenItAsks() async throws {
        try await TestApp.run { app, _ in
            #expect(try await app.get("/healthz").headers.first(name: .contentLanguage) == "zh-Hans")
            #expect(try await app.get("/healthz?lang=en").headers.first(name: .contentLanguage) == "en")
            // `lang` must be a parameter of its own, not part of another's name or value.
            #expect(try await app.get("/?q=language").headers.first(name: .contentLanguage) == "zh-Hans")
            let english = try await app.get("/?x=1&lang=en")
            #expect(english.headers.first(name: .contentLanguage) == "en")
            #expect(english.headers.setCookie?["lang"]?.string == "en")
        }
    }

    @Test func everyResponseCarriesARequestID() async throws {
        try await TestApp.run { app, _ in
            let generated = try await app.get("/")
            #expect(UUID(uuidString: generated.headers.first(name: "X-Request-ID") ?? "") != nil)
            let again = try await app.get("/")
            #expect(again.headers.first(name: "X-Request-ID") != generated.headers.first(name: "X-Request-ID"))
            let echoed = try await app.get("/healthz", headers: ["X-Request-ID": "lb-1234.abc"])
            #expect(echoed.headers.first(name: "X-Request-ID") == "lb-1234.abc")
            let forged = try await app.get("/healthz", headers: ["X-Request-ID": "x\" injected=1"])
            #expect(UUID(uuidString: forged.headers.first(name: "X-Request-ID") ?? "") != nil)
        }
    }
}
