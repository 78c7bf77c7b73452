import SiteKit
import TalentDomain
import Vapor

/// The yearly targets, kept from the records by following training and certificates,
/// and the officer's workspace: their department's measures and targets.
package struct TargetsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [TargetsController(), WorkspaceController()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.workspace, .workspaceTitle, .account(roles: [.officer]), order: 10)]
    }

    package func follow(_ events: inout EventSubscribers) {
        TargetTally.follow(&events)
    }

    package var commands: [String: any AsyncCommand] { ["targets": TargetsCommand()] }
}
