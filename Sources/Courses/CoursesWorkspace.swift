import Fluent
import SiteKit
import TalentDomain
import Vapor

/// A provider's learners' course reports waiting for its confirmation, on its workspace.
package struct CoursesWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        guard actor.role == .provider || actor.role == .admin else { return WorkspacePart() }
        let waiting = try await req.scopedQuery(CourseCompletion.self, for: .create).filter(\.$status == .pending)
            .count()
        return WorkspacePart(tasks: [
            WorkspaceTask(.workspaceCourseReviews, count: waiting, path: SiteURL.courseReviews.path)
        ])
    }
}
