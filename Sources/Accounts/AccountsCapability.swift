import SiteKit
import TalentDomain
import Vapor

/// Accounts, sign-in, API tokens and the departments' settings.
package struct AccountsCapability: Capability {
    /// Finds the profile an account page links to (the talent pool's).
    package let profiles: any LinkedProfiles

    package init(profiles: any LinkedProfiles) {
        self.profiles = profiles
    }

    package var routes: [any RouteCollection] {
        [
            AccountsController(), TokensController(profiles: profiles), UsersController(), DepartmentsAdminController(),
            NotificationsController(),
        ]
    }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(
                .adminUsers, .usersTitle, .account(roles: [.admin, .officer, .provider, .employer]), order: 60),
            NavigationEntry(.adminDepartments, .adminDepartmentsTitle, .account(roles: [.admin]), order: 70),
            NavigationEntry(.account, .accountTitle, .account(roles: Set(Role.allCases)), order: 100),
        ]
    }

    package var commands: [String: any AsyncCommand] {
        ["create-admin": CreateAdminCommand(), "token": TokenCommand()]
    }
}
