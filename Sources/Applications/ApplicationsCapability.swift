import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// What the policy grants and who may have it (issue 16): the eligibility engine's pages
/// and API, the application workflow — applications, their review by the department
/// the policy routes them to, attachments, and the ledger of subsidies granted;
/// and the policy simulation, which judges the pool under a draft policy.
package struct ApplicationsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] {
        [
            EligibilityController(), OrganizationEligibilityController(), ApplicationsController(),
            ApplicationPagesController(),
            PolicySimulationController(),
        ]
    }

    package func follow(_ events: inout EventSubscribers) {
        events.subscribe(to: ApplicationMoved.self) { moved, db in
            try await ApplicationNotifications.follow(moved, on: db)
        }
        events.subscribe(to: TalentErased.self) { erased, db in
            try await ApplicationErasure.forget(talent: erased.talentID, at: erased.at, on: db)
        }
    }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [
            NavigationEntry(.applications, .applicationsQueue, .account(roles: [.admin, .officer]), order: 15),
            NavigationEntry(.myEligibility, .eligibilityTitle, .account(roles: [.talent, .employer]), order: 92),
            NavigationEntry(.applications, .applicationsMine, .account(roles: [.talent, .employer]), order: 93),
            NavigationEntry(.policySimulations, .simulationsTitle, .account(roles: [.admin]), order: 76),
        ]
    }

    package var workspace: [any WorkspaceSource] { [ApplicationsWorkspace()] }

    package func register(on jobs: JobRunner) {
        jobs.register(PolicySimulationHandler())
    }
}
