import SiteKit
import Vapor

/// The register of organisations: enterprises, providers, colleges.
struct OrganizationsCapability: Capability {
    var routes: [any RouteCollection] { [OrganizationsController()] }
}
