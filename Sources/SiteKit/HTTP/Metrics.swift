import Synchronization
import Vapor

/// Request counters and latency histograms in this process, rendered in the Prometheus
/// text format at `/metrics`. Per instance by nature: Prometheus scrapes each instance.
package final class Metrics: Sendable {
    package static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    private struct RequestKey: Hashable {
        package var method: String
        package var route: String
        package var status: UInt
    }

    private struct Histogram {
        package var buckets = [UInt64](repeating: 0, count: Metrics.latencyBuckets.count)
        package var count: UInt64 = 0
        package var sum: Double = 0
    }

    private struct State {
        package var requests: [RequestKey: UInt64] = [:]
        package var latency: [String: Histogram] = [:]
    }

    private let state = Mutex(State())
    /// Each route's label (`/api/v1/talents/:id`), made once: the routes live as long as
    /// the process, and joining the path per request was a fiftieth of `/healthz`.
    private let labels = Mutex<[ObjectIdentifier: String]>([:])

    package func label(_ route: Route) -> String {
        let key = ObjectIdentifier(route)
        if let label = labels.withLock({ $0[key] }) { return label }
        let label = "/" + route.path.map(\.description).joined(separator: "/")
        labels.withLock { $0[key] = label }
        return label
    }

    package func record(method: String, route: String, status: UInt, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(method: method, route: route, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound {
                histogram.buckets[index] += 1
            }
            histogram.count += 1
            histogram.sum += seconds
            state.latency[route] = histogram
        }
    }

    /// The Prometheus exposition text; `extra` lines (database gauges) are appended.
    package func render(extra: [String] = []) -> String {
        let snapshot = state.withLock { $0 }
        var lines = [
            "# HELP http_requests_total HTTP requests by method, route and status.",
            "# TYPE http_requests_total counter",
        ]
        for (key, count) in snapshot.requests.sorted(by: {
            ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status)
        }) {
            lines.append(
                "http_requests_total{method=\"\(key.method)\",route=\"\(escape(key.route))\",status=\"\(key.status)\"} \(count)"
            )
        }
        lines += [
            "# HELP http_request_duration_seconds Time to produce a response, by route.",
            "# TYPE http_request_duration_seconds histogram",
        ]
        for (route, histogram) in snapshot.latency.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(escape(route))\""
            for (index, bound) in Self.latencyBuckets.enumerated() {
                lines.append(
                    "http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(histogram.buckets[index])")
            }
            lines.append("http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)")
            lines.append("http_request_duration_seconds_sum{\(label)} \(histogram.sum)")
            lines.append("http_request_duration_seconds_count{\(label)} \(histogram.count)")
        }
        return (lines + extra).joined(separator: "\n") + "\n"
    }

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

extension Application {
    private struct MetricsKey: StorageKey {
        package typealias Value = Metrics
    }

    package var metrics: Metrics {
        if let metrics = storage[MetricsKey.self] { return metrics }
        let metrics = Metrics()
        storage[MetricsKey.self] = metrics
        return metrics
    }
}

/// One structured log line and one metrics sample per request. Logs the path without its
/// query string, which may carry search terms or personal data.
package struct RequestObserverMiddleware: Middleware {
    package let metrics: Metrics

    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let start = ContinuousClock.now
        return next.respond(to: request).map { response in
            observe(response, to: request, since: start)
            return response
        }
    }

    private func observe(_ response: Response, to request: Request, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let route = request.route.map(metrics.label) ?? "unmatched"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code, seconds: seconds)
        // The server's own time, for browsers' developer tools and the page benchmark:
        // what the client measures on top of it is the network's.
        let milliseconds = Self.hundredths(seconds * 1000)
        response.headers.replaceOrAdd(name: "Server-Timing", value: "app;dur=" + milliseconds)
        request.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(request.path),
                "route": .string(route),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .string(milliseconds),
            ])
    }

    /// `12.34`: two decimals without `String(format:)`, whose locale and C varargs cost a
    /// small request more than its route.
    package static func hundredths(_ value: Double) -> String {
        let scaled = Int((max(0, value) * 100).rounded())
        let fraction = scaled % 100
        return "\(scaled / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    package init(metrics: Metrics) {
        self.metrics = metrics
    }
}
