import Accounts
import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The audit trail for administrators: a filterable page and `/api/v1/audit-events`.
package struct AuditController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireSignIn()).get(SiteURL.adminAudit.route, use: page)
        routes.grouped("api", "v1").grouped(RequireSignIn()).get("audit-events", use: list)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let query = try AuditQuery(request: req)
        let events = try await query.run(req.scopedQuery(AuditEvent.self))
        // Names for the actors on this page, read within the viewer's own scope on users.
        let actorIDs = Set(events.compactMap(\.actorID))
        let actors =
            actorIDs.isEmpty
            ? []
            : try await req.scopedQuery(User.self, for: .read).filter(\.$id ~~ Array(actorIDs)).all()
        let names = Dictionary(
            uniqueKeysWithValues: actors.compactMap { user in user.id.map { ($0, user.displayName) } })
        let model = AuditPageModel(
            query: query, events: events, actorNames: names, actions: req.application.auditActions)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<AuditEventDTO> {
        let events = try await AuditQuery(request: req).run(req.scopedQuery(AuditEvent.self))
        return ItemsDTO(items: events.map(AuditEventDTO.init))
    }
}
