import Fluent
import Reference
import SQLKit
import SiteKit
import Vapor

/// Liveness, readiness and metrics for operators and load balancers.
package struct OpsController: RouteCollection {
    package let engine: String
    /// `TALENT_METRICS_TOKEN`: the bearer token a scraper sends. Without one, only the
    /// machine itself (loopback) may scrape: the counts show traffic and failed sign-ins
    /// per route, which is nobody else's business (issue 14).
    package let metricsToken: String?

    package func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz", use: health)
        routes.get("readyz", use: ready)
        routes.get("metrics", use: metrics)
    }

    /// The process is up and serving; says nothing about the database. A balancer polls
    /// it, so it answers on the event loop (not `async`: a task's two executor hops) with
    /// a body written once (`HealthDTO(status: "ok")` encoded: JSON encoding per call was
    /// a tenth of the request).
    @Sendable package func health(req: Request) -> Response {
        Response(status: .ok, headers: Self.jsonHeaders, body: .init(staticString: #"{"status":"ok"}"#))
    }

    private static let jsonHeaders = HTTPHeaders([("Content-Type", "application/json; charset=utf-8")])

    /// A database round-trip and a loaded policy; 503 otherwise, so a load balancer
    /// sends no traffic to an instance that cannot answer.
    @Sendable package func ready(req: Request) async throws -> Response {
        let databaseUp = await pingDatabase(req) != nil
        let policy = req.application.activePolicy.map { "\($0.document.id)@\($0.document.version)" }
        // Stopping (`Draining`): still serving, but no new traffic should come here.
        let draining = req.application.drainState.isDraining
        let body = HealthDTO(
            status: draining ? "draining" : databaseUp && policy != nil ? "ok" : "unavailable",
            database: databaseUp ? engine : "unreachable", policy: policy)
        return try await body.encodeResponse(status: body.status == "ok" ? .ok : .serviceUnavailable, for: req)
    }

    @Sendable package func metrics(req: Request) async throws -> Response {
        guard mayScrape(req) else { throw Abort(.notFound) }
        let ping = await pingDatabase(req)
        let extra = [
            "# HELP talent_db_up Whether a database round-trip succeeded during this scrape.",
            "# TYPE talent_db_up gauge",
            "talent_db_up{engine=\"\(engine)\"} \(ping == nil ? 0 : 1)",
            "# HELP talent_db_ping_seconds Time of that round-trip, which waits for a pooled connection.",
            "# TYPE talent_db_ping_seconds gauge",
            "talent_db_ping_seconds{engine=\"\(engine)\"} \(ping ?? 0)",
            "# HELP talent_db_pool_max_connections Connections the pool may open per event loop.",
            "# TYPE talent_db_pool_max_connections gauge",
            "talent_db_pool_max_connections{engine=\"\(engine)\"} \(engine == "sqlite" ? 1 : DatabasePool.postgresConnectionsPerEventLoop)",
            "# HELP talent_event_loops Event loops serving requests (each has its own pool).",
            "# TYPE talent_event_loops gauge",
            "talent_event_loops \(req.application.eventLoopGroup.makeIterator().reduce(0) { count, _ in count + 1 })",
        ]
        let response = Response(status: .ok, body: .init(string: req.application.metrics.render(extra: extra)))
        response.headers.contentType = HTTPMediaType(
            type: "text", subType: "plain",
            parameters: ["version": "0.0.4", "charset": "utf-8"])
        return response
    }

    /// Seconds a `SELECT 1` took, or nil when the database did not answer.
    private func mayScrape(_ req: Request) -> Bool {
        if let metricsToken {
            let sent = req.headers.bearerAuthorization?.token ?? ""
            // Constant time: the comparison must not reveal how much of a guess was right.
            return sent.utf8.count == metricsToken.utf8.count
                && zip(sent.utf8, metricsToken.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
        }
        // Behind a proxy on this machine every request comes from loopback: the client
        // it names counts (`TALENT_TRUSTED_PROXIES`), or else set a token.
        guard let address = req.clientAddress else { return false }
        return address == "127.0.0.1" || address == "::1"
    }

    private func pingDatabase(_ req: Request) async -> Double? {
        guard let sql = req.db as? any SQLDatabase else { return nil }
        let start = ContinuousClock.now
        do {
            try await sql.raw("SELECT 1").run()
        } catch {
            req.logger.warning("database ping failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            return nil
        }
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

package struct HealthDTO: Content {
    package var status: String
    package var database: String?
    package var policy: String?
}
