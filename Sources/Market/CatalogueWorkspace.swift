import Fluent
import SiteKit
import TalentDomain
import Vapor

/// The catalogue on a workspace: an employer's declaration for the year still to send
/// (or sent back); for the catalogue's departments, declarations submitted since the
/// year's catalogue was last compiled and drafts waiting to be published.
package struct CatalogueWorkspace: WorkspaceSource {
    package func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart {
        let year = req.clock.today.year
        switch actor.role {
        case .employer:
            guard let organizationID = actor.organizationID else { return WorkspacePart() }
            let declaration = try await ShortageDeclaration.query(on: req.db)
                .filter(\.$organization.$id == organizationID).filter(\.$year == year).first()
            guard declaration?.state != .submitted else { return WorkspacePart() }
            let path = declaration.flatMap(\.id).map { SiteURL.catalogueDeclaration($0).path }
            return WorkspacePart(tasks: [
                WorkspaceTask(
                    declaration?.state == .returned ? .workspaceDeclarationReturned : .workspaceDeclareNeeds,
                    count: 1, path: path ?? SiteURL.catalogueDeclarations.path,
                    urgent: declaration?.state == .returned)
            ])
        case .admin, .officer:
            guard CatalogueOffice.includes(actor, policy: try req.policy) else { return WorkspacePart() }
            // Submitted since the year's catalogue was last compiled: those still to compile.
            var submitted = 0
            for declared in [year, year + 1] {
                var query = ShortageDeclaration.query(on: req.db).filter(\.$year == declared)
                    .filter(\.$state == .submitted)
                if let compiled = try await CatalogueEdition.query(on: req.db).filter(\.$year == declared)
                    .max(\.$compiledAt)
                {
                    query = query.filter(\.$submittedAt > compiled)
                }
                submitted += try await query.count()
            }
            let drafts = try await CatalogueEdition.query(on: req.db).filter(\.$state == .draft).count()
            return WorkspacePart(tasks: [
                WorkspaceTask(
                    .workspaceDeclarationsSubmitted, count: submitted,
                    path: SiteURL.catalogueDeclarations.path + "?year=\(year)"),
                WorkspaceTask(.workspaceCatalogueDrafts, count: drafts, path: SiteURL.catalogueEditions.path),
            ])
        case .provider, .talent:
            return WorkspacePart()
        }
    }
}
