import Foundation
import SiteKit
import TalentDomain

/// The audit trail's page: the filter and one page of events, each action, entity type and
/// changed field by its name in the reader's language with the stored code beside the
/// action (auditors search by it); a code no capability declares any more (an old row) is
/// shown as stored (issue 17).
package struct AuditPageModel {
    package var query: AuditQuery
    package var events: [AuditEvent]
    package var actorNames: [UUID: String]
    private let actions: [AuditAction]
    private let actionsByName: [String: AuditAction]
    private let entitiesByName: [String: AuditEntityType]

    /// `actions`: every declared action, in the order the filter lists them.
    package init(query: AuditQuery, events: [AuditEvent], actorNames: [UUID: String], actions: [AuditAction]) {
        (self.query, self.events, self.actorNames, self.actions) = (query, events, actorNames, actions)
        actionsByName = Dictionary(actions.map { ($0.name, $0) }) { first, _ in first }
        entitiesByName = Dictionary(actions.map { ($0.entityType, $0.entity) }) { first, _ in first }
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.auditTitle),
            body: .group(
                .h1(.text(m(.auditTitle))),
                .p(.class("lead"), .text(m(.auditIntro))),
                filter(m),
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
                            .tbody(.forEach(events) { row($0, m) })
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

    private func filter(_ m: Messages) -> Node<HTML.BodyContext> {
        let entities = actions.reduce(into: [AuditEntityType]()) { list, action in
            if !list.contains(action.entity) { list.append(action.entity) }
        }
        return .form(
            .id("audit-filter"), .class("search-form"), .action(SiteURL.adminAudit.path), .method(.get),
            FormParts.field(
                .init(
                    id: "audit-actor", name: "actor", label: m(.auditActor),
                    value: query.actorID?.uuidString ?? "", required: false)),
            FormParts.select(
                id: "audit-action", name: "action", label: m(.auditAction),
                options: options(
                    any: m(.auditAnyAction), actions.map { ($0.name, "\(m($0.label))\(bracketed($0.name, m))") },
                    selected: query.action),
                selected: query.action ?? ""),
            FormParts.select(
                id: "audit-entity", name: "entity", label: m(.auditEntity),
                options: options(
                    any: m(.auditAnyEntity), entities.map { ($0.name, m($0.label)) }, selected: query.entityType),
                selected: query.entityType ?? ""),
            FormParts.field(
                .init(
                    id: "audit-from", name: "from", label: m(.auditFrom), type: .date,
                    value: query.from?.description ?? "", required: false)),
            FormParts.field(
                .init(
                    id: "audit-to", name: "to", label: m(.auditTo), type: .date,
                    value: query.to?.description ?? "", required: false)),
            .button(.type(.submit), .class("button"), .text(m(.actionSearch)))
        )
    }

    /// "Any" first, then the named choices; a code asked for that none of them has (an old
    /// action, typed into the address) stays chosen, under its code.
    private func options(
        any: String, _ named: [(String, String)], selected: String?
    ) -> [(value: String, label: String)] {
        let unnamed = selected.flatMap { code in named.contains { $0.0 == code } ? nil : (code, code) }
        return [("", any)] + named.map { (value: $0.0, label: $0.1) } + (unnamed.map { [$0] } ?? [])
    }

    private func row(_ event: AuditEvent, _ m: Messages) -> Node<HTML.TableContext> {
        let action = actionsByName[event.action]
        let fields = event.changedFields.split(separator: ",").map {
            AuditFieldNames.label(String($0), entityType: event.entityType, m)
        }
        return .tr(
            .data(named: "sequence", value: String(event.sequence)),
            .td(.class("number"), .text(String(event.sequence))),
            .td(.text(ZiboTime.timestamp(event.occurredAt))),
            .td(.text(actorLabel(event, m))),
            .td(
                .unwrap(action) { .group(.text(m($0.label)), .text(" ")) },
                .small(.class("muted"), .code(.text(event.action)))),
            .td(
                .text(entitiesByName[event.entityType].map { m($0.label) } ?? event.entityType),
                .unwrap(event.entityID) { .group(.text(" "), .code(.text($0))) }),
            .td(.text(fields.joined(separator: m.language == .zh ? "、" : ", "))))
    }

    private func bracketed(_ code: String, _ m: Messages) -> String {
        m.language == .zh ? "（\(code)）" : " (\(code))"
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
        if let action = query.action { items.append(("action", action)) }
        if let entity = query.entityType { items.append(("entity", entity)) }
        if let from = query.from { items.append(("from", from.description)) }
        if let to = query.to { items.append(("to", to.description)) }
        return SiteURL.adminAudit.path + "?" + items.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
    }
}
