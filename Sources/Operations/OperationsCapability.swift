import SiteKit
import Vapor

/// Health, readiness and metrics; the stylesheet, script and API document; housekeeping.
package struct OperationsCapability: Capability {
    package let ops: OpsController
    /// Read once at start-up: a missing shipped file stops the server from starting.
    package let files: StaticResourceController

    package init(engine: String, metricsToken: String?) throws {
        ops = OpsController(engine: engine, metricsToken: metricsToken)
        files = try StaticResourceController()
    }

    package var routes: [any RouteCollection] { [ops, files] }

    /// The API document's query parameters checked before any handler: innermost of the
    /// middleware (registered after the App's own), where the router's match is known.
    package func configure(_ app: Application) {
        // The document parsed when the controller read it at start-up: it is valid JSON.
        if let contract = try? QueryContract(document: Data(files.openAPI.utf8)) {
            app.middleware.use(QueryContractMiddleware(contract: contract))
        }
    }

    package func register(on jobs: JobRunner) {
        jobs.register(sweep: { app, now in try await Housekeeping.sweep(app, now: now) })
    }

    package var commands: [String: any AsyncCommand] {
        ["jobs": JobsCommand(), "backup": BackupCommand(), "restore": RestoreCommand(), "keys": KeysCommand()]
    }

    package var auditActions: [AuditAction] { [.keysRotate] }
}
