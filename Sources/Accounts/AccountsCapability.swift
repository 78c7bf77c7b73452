import SiteKit
import Vapor

/// Accounts, sign-in, API tokens and the departments' settings.
package struct AccountsCapability: Capability {
    /// Finds the profile an account page links to (the talent pool's).
    package let profiles: any LinkedProfiles

    package init(profiles: any LinkedProfiles) {
        self.profiles = profiles
    }

    package var routes: [any RouteCollection] {
        [AccountsController(), TokensController(profiles: profiles), UsersController(), DepartmentsAdminController()]
    }
}
