import SiteKit
import TalentDomain
import Vapor

/// What the policy grants and who may have it (issue 16): the eligibility engine's pages
/// and API today; the applications, their review and the ledger of grants build on it.
package struct ApplicationsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [EligibilityController()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.myEligibility, .eligibilityTitle, .account(roles: [.talent]), order: 92)]
    }
}
