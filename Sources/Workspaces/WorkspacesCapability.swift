import SiteKit
import TalentDomain
import Vapor

/// The workspace (工作台): the page each role lands on after signing in, made of what
/// every other capability contributes (`WorkspaceSource`) and the role's own places as
/// its common tasks.
package struct WorkspacesCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [WorkspaceController()] }

    package var navigation: [NavigationEntry] {
        [NavigationEntry(.workspace, .workspaceNav, .account(roles: Set(Role.allCases)), order: 10)]
    }
}
