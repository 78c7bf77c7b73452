import Reference
import SiteKit
import TalentDomain
import Vapor

/// `GET /workspace`: the signed-in person's workspace, from every capability's part.
struct WorkspaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireSignIn()).get(SiteURL.workspace.route, use: page)
    }

    @Sendable func page(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        var parts: [WorkspacePart] = []
        // One after another: each is a few indexed counts, and the database serves one
        // request's queries in turn anyway.
        for source in req.application.workspaceSources {
            parts.append(try await source.load(for: actor, req))
        }
        let model = WorkspacePageModel(
            role: actor.role, name: req.signedIn?.name ?? "", parts: parts,
            places: req.application.navigation.filter { $0.isPlace(of: actor.role) && $0.url != .workspace })
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }
}
