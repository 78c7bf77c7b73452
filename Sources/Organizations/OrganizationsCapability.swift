import SiteKit
import Vapor

/// The register of organisations: enterprises, providers, colleges.
package struct OrganizationsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [OrganizationsController()] }
}
