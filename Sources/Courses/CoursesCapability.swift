import SiteKit
import TalentDomain
import Vapor

/// The online course column (数字工程师专栏) and continuing-education hours.
package struct CoursesCapability: Capability {
    /// Whom a provider trained, for crediting hours (the training capability's answer).
    package let roster: any ProviderRoster

    package init(roster: any ProviderRoster) {
        self.roster = roster
    }

    package var routes: [any RouteCollection] { [CoursesController(roster: roster), CourseReviewController()] }

    package var workspace: [any WorkspaceSource] { [CoursesWorkspace()] }

    /// Its links in the header.
    package var navigation: [NavigationEntry] {
        [NavigationEntry(.courses, .navCourses, .site(section: "/courses"), order: 60)]
    }
}
