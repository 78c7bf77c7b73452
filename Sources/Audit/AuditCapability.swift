import Reference
import SiteKit
import TalentDomain
import Vapor

/// The audit trail's pages and API (the writer is SiteKit's, used by every write).
package struct AuditCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [AuditController()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.adminAudit, .auditTitle, .account(roles: [.admin]), order: 80)]
    }

    /// The reference data's and policies' actions: they have no capability of their own (the
    /// App loads them at start-up), and this one shows the trail they are recorded in.
    package var auditActions: [AuditAction] { [.referenceLoad, .policyActivate] }

    package var commands: [String: any AsyncCommand] { ["audit": AuditCommand()] }
}
