import SiteKit
import Vapor

/// Accounts, sign-in, API tokens, the officer's workspace and the departments' settings.
struct AccountsCapability: Capability {
    var routes: [any RouteCollection] {
        [
            AccountsController(), TokensController(), UsersController(), WorkspaceController(),
            DepartmentsAdminController(),
        ]
    }
}
