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
        let model = AuditPageModel(query: query, events: events, actorNames: names)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<AuditEventDTO> {
        let events = try await AuditQuery(request: req).run(req.scopedQuery(AuditEvent.self))
        return ItemsDTO(items: events.map(AuditEventDTO.init))
    }
}

package struct AuditPageModel {
    package var query: AuditQuery
    package var events: [AuditEvent]
    package var actorNames: [UUID: String]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.auditTitle),
            body: .group(
                .h1(.text(m(.auditTitle))),
                .p(.class("lead"), .text(m(.auditIntro))),
                .form(
                    .id("audit-filter"), .class("search-form"), .action(SiteURL.adminAudit.path), .method(.get),
                    FormParts.field(
                        .init(
                            id: "audit-actor", name: "actor", label: m(.auditActor),
                            value: query.actorID?.uuidString ?? "", required: false)),
                    FormParts.field(
                        .init(
                            id: "audit-entity", name: "entity", label: m(.auditEntity),
                            value: query.entityType ?? "", required: false)),
                    FormParts.field(
                        .init(
                            id: "audit-from", name: "from", label: m(.auditFrom), type: .date,
                            value: query.from?.description ?? "", required: false)),
                    FormParts.field(
                        .init(
                            id: "audit-to", name: "to", label: m(.auditTo), type: .date,
                            value: query.to?.description ?? "", required: false)),
                    .button(.type(.submit), .class("button"), .text(m(.actionSearch)))
                ),
                events.isEmpty
                    ? .p(.class("empty-state"), .text(m(.auditEmpty)))
                    : .scrollableTable(
                        label: m(.auditTitle),
                        .table(
                            .id("audit-events"), .class("data-table"),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text("#")),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.auditTime))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.auditActor))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.auditAction))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.auditEntity))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.auditFields)))
                                )),
                            .tbody(
                                .forEach(events) { event in
                                    .tr(
                                        .data(named: "sequence", value: String(event.sequence)),
                                        .td(.class("number"), .text(String(event.sequence))),
                                        .td(.text(ZiboTime.timestamp(event.occurredAt))),
                                        .td(.text(actorLabel(event, m))),
                                        .td(.code(.text(event.action))),
                                        .td(
                                            .text(event.entityType),
                                            .unwrap(event.entityID) { .group(.text(" "), .code(.text($0))) }),
                                        .td(.text(event.changedFields.replacingOccurrences(of: ",", with: ", "))))
                                })
                        )),
                .unwrap(events.count == AuditQuery.pageSize ? events.last : nil) { last in
                    .nav(
                        .class("pager"), .ariaLabel(m(.actionNextPage)),
                        .a(
                            .attribute(named: "rel", value: "next"), .href(nextLink(before: last.sequence)),
                            .text(m(.actionNextPage) + " →")))
                }
            ))
    }

    /// The actor's name and role, or "system" for what the platform did by itself.
    private func actorLabel(_ event: AuditEvent, _ m: Messages) -> String {
        guard let id = event.actorID else { return m(.auditSystem) }
        let role = event.actorRole.map { raw in Role(rawValue: raw).map { m.role($0) } ?? raw }
        return [
            actorNames[id] ?? String(id.uuidString.prefix(8)), role.map { m.language == .zh ? "（\($0)）" : " (\($0))" },
        ].compactMap { $0 }.joined()
    }

    private func nextLink(before: Int64) -> String {
        var items = [("before", String(before))]
        if let actor = query.actorID { items.append(("actor", actor.uuidString)) }
        if let entity = query.entityType { items.append(("entity", entity)) }
        if let from = query.from { items.append(("from", from.description)) }
        if let to = query.to { items.append(("to", to.description)) }
        return SiteURL.adminAudit.path + "?" + items.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}
