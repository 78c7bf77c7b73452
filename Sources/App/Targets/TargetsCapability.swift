import SiteKit
import Vapor

/// The yearly targets, kept from the records by following training and certificates.
struct TargetsCapability: Capability {
    var routes: [any RouteCollection] { [TargetsController()] }

    func follow(_ events: inout EventSubscribers) {
        TargetTally.follow(&events)
    }
}
