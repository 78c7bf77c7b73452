import Fluent
import SiteKit
import TalentDomain
import Vapor

/// Nominations on an officer's workspace: the department's draft lists still to be
/// completed and sent.
package struct NominationsWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        guard let lists = try? req.scopedQuery(NominationList.self), actor.role == .officer || actor.role == .admin
        else { return WorkspacePart() }
        let drafts = try await lists.filter(\.$state == .draft).count()
        return WorkspacePart(tasks: [
            WorkspaceTask(.workspaceNominationDrafts, count: drafts, path: SiteURL.nominations.path)
        ])
    }
}
