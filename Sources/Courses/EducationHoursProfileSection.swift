import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A talent's continuing-education hours from the online course column, newest year
/// first, on their profile page.
package struct EducationHoursProfileSection: ProfileSection {
    package init() {}

    package func load(_ talent: Talent, _ req: Request) async throws -> (any PageSection)? {
        Section(hours: try await CourseStore.yearlyHours(of: talent.requireID(), on: req.db))
    }

    package struct Section: PageSection {
        package var hours: [(year: Int, hours: StudyHours)]

        package func render(_ m: Messages) -> Node<HTML.BodyContext> {
            EducationHoursList(hours: hours, messages: m).node
        }
    }
}
