import Fluent
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The job zone on a workspace: an employer's applications waiting for a first answer
/// and its drafts; a talent's invitations to answer and offers.
package struct JobWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        switch actor.role {
        case .employer:
            guard let organizationID = actor.organizationID else { return WorkspacePart() }
            let received = try await JobApplication.query(on: req.db).filter(\.$organization.$id == organizationID)
                .filter(\.$state == .received).count()
            let drafts = try await JobPost.query(on: req.db).filter(\.$organization.$id == organizationID)
                .filter(\.$state == .draft).count()
            return WorkspacePart(tasks: [
                WorkspaceTask(.workspaceJobApplicationsReceived, count: received, path: SiteURL.jobPosts.path),
                WorkspaceTask(.workspaceJobDrafts, count: drafts, path: SiteURL.jobPosts.path),
            ])
        case .talent:
            let mine = JobApplication.query(on: req.db).filter(\.$applicantUserID == actor.userID)
            let invited = try await mine.copy().filter(\.$state == .invited).count()
            let offers = try await mine.copy().filter(\.$state == .offer).count()
            return WorkspacePart(tasks: [
                WorkspaceTask(.workspaceJobInvitations, count: invited, path: SiteURL.myJobs.path, urgent: true),
                WorkspaceTask(.workspaceJobOffers, count: offers, path: SiteURL.myJobs.path, urgent: true),
            ])
        case .admin, .officer, .provider:
            return WorkspacePart()
        }
    }
}
