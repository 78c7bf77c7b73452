import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Nominations and recommendations (推荐, issue 16): a department assembles a list of
/// candidates for a programme of the policy file and a year, within the programme's
/// rule (the M8 digital share), submits it, and records who was selected — which gives
/// a selected talent the programme's high-level category.
package struct NominationsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [NominationPagesController(), NominationsController()] }

    /// A person erased leaves the lists still being assembled; a submitted list keeps
    /// its row, which names nobody once the profile is erased.
    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: TalentErased.self) { erased, db in
            try await (db as! any SQLDatabase).raw(
                """
                DELETE FROM nomination_candidates WHERE talent_id = \(bind: erased.talentID)
                    AND list_id IN (SELECT id FROM nomination_lists WHERE state = 'draft')
                """
            ).run()
        }
    }

    /// Its link in the header: the departments' staff.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.nominations, .nominationsTitle, .account(roles: [.admin, .officer]), order: 16)]
    }

    package var workspace: [any WorkspaceSource] { [NominationsWorkspace()] }
}
