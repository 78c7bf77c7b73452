import SiteKit
import Vapor

/// The audit trail's pages and API (the writer is SiteKit's, used by every write).
struct AuditCapability: Capability {
    var routes: [any RouteCollection] { [AuditController()] }
}
