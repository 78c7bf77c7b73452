import SiteKit
import Vapor

/// The audit trail's pages and API (the writer is SiteKit's, used by every write).
package struct AuditCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [AuditController()] }
}
