import SiteKit
import Vapor

/// The online course column (数字工程师专栏) and continuing-education hours.
struct CoursesCapability: Capability {
    var routes: [any RouteCollection] { [CoursesController()] }
}
