import SiteKit
import TalentDomain
import Vapor

/// The yearly targets, kept from the records by following training and certificates,
/// and on an officer's workspace their department's measures and targets.
package struct TargetsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [TargetsController()] }

    package var workspace: [any WorkspaceSource] { [TargetsWorkspace()] }

    package func follow(_ events: inout EventSubscribers) {
        TargetTally.follow(&events)
    }

    package var commands: [String: any AsyncCommand] { ["targets": TargetsCommand()] }
}
