import Fluent
import SiteKit
import TalentDomain
import Vapor

/// A provider's or employer's workspace is headed by its organisation's name.
package struct OrganizationsWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        guard actor.role == .provider || actor.role == .employer, let id = actor.organizationID,
            let organization = try await Organization.find(id, on: req.db)
        else { return WorkspacePart() }
        return WorkspacePart(lead: Message(zh: organization.name, en: organization.name))
    }
}
