import Reference
import SiteKit
import Vapor

/// The policy in public: home, measure and department pages and their API, and the
/// reference data (occupations, districts, industry chains).
package struct PublicPagesCapability: Capability {
    package init() {}

    package var routes: [any RouteCollection] { [MeasureController(), ReferenceController()] }
}
