import SiteKit
import Vapor

/// The yearly targets, kept from the records by following training and certificates,
/// and the officer's workspace: their department's measures and targets.
package struct TargetsCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [TargetsController(), WorkspaceController()] }

    package func follow(_ events: inout EventSubscribers) {
        TargetTally.follow(&events)
    }
}
