import SiteKit
import Vapor

/// The policy in public: home, measure and department pages and their API, and the
/// reference data (occupations, districts, industry chains).
struct PublicPagesCapability: Capability {
    var routes: [any RouteCollection] { [MeasureController(), ReferenceController()] }
}
