import SiteKit
import TalentDomain
import Vapor

/// The register of organisations: enterprises, providers, colleges.
package struct OrganizationsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [OrganizationsController()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(
                .adminOrganizations, .organizationsTitle, .account(roles: [.admin, .officer, .provider, .employer]),
                order: 50)
        ]
    }

    package var workspace: [any WorkspaceSource] { [OrganizationsWorkspace()] }
}
