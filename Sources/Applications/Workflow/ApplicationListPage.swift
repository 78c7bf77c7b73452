import Foundation
import SiteKit
import TalentDomain

/// `/applications`: a talent's own applications ("我的申报"), or a department's queue
/// ("申报审核") soonest due first, with the overdue and the due-soon marked and counted.
package struct ApplicationListPageModel {
    package struct Row {
        package var application: PolicyApplication
        package var applicantName: String
    }

    /// The signed-in talent's own list, or a reviewer's queue.
    package var mine: Bool
    package var rows: [Row]
    package var state: ApplicationState?
    package var kind: String?
    /// The queue's counts: submitted, overdue, due within 2 working days.
    package var counts: (submitted: Int, overdue: Int, soon: Int)?
    package var today: CalendarDate
    /// The last day counted as due soon (2 working days from today).
    package var soon: CalendarDate
    /// Whether this is a later page of the queue, and where the next begins.
    package var paged = false
    package var next: String?

    /// Applications a page of the queue shows.
    package static let pageSize = 50

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = mine ? m(.applicationsMine) : m(.applicationsQueue)
        let policy = layout.policy
        let kinds = policy.applicationKinds ?? []
        let header: Node<HTML.TableContext> = .thead(
            .tr(
                .th(.text(m(.applicationKind))),
                .if(!mine, .th(.text(m(.applicationApplicant)))),
                .th(.text(m(.applicationState))),
                .th(.text(m(.applicationSubmitted))),
                .th(.text(m(.applicationDue)))))
        let body: [Node<HTML.TableContext>] = rows.map { row($0, m, policy) }
        let table: Node<HTML.BodyContext> = .table(
            .class("data-table data-table--wide"), .id("applications"), header, .tbody(.group(body)))
        let filters: Node<HTML.BodyContext> = .form(
            .class("filters"), .method(.get), .action(SiteURL.applications.path),
            FormParts.select(
                id: "filter-state", name: "state", label: m(.applicationState),
                options: [("", m(.applicationAllStates))]
                    + ApplicationState.allCases.map { ($0.rawValue, m.applicationState($0)) },
                selected: state?.rawValue),
            FormParts.select(
                id: "filter-kind", name: "kind", label: m(.applicationKind),
                options: [("", m(.applicationAllKinds))] + kinds.map { ($0.id, $0.label.text(m.language)) },
                selected: kind),
            .button(.type(.submit), .class("button button--secondary"), .text(m(.applicationFilter))))
        let counts: Node<HTML.BodyContext> =
            self.counts.map { counts in
                .p(
                    .id("queue-counts"), .attribute(named: "role", value: "status"),
                    .text(
                        m(
                            .applicationsCounts(
                                submitted: Self.count(counts.submitted, m), overdue: Self.count(counts.overdue, m),
                                soon: Self.count(counts.soon, m)))))
            } ?? .empty
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(.class("lead"), .text(mine ? m(.applicationsMineIntro) : m(.applicationsQueueIntro))),
                .if(mine, .p(.a(.href(SiteURL.myEligibility.path), .text(m(.eligibilityTitle))))),
                counts, filters,
                rows.isEmpty
                    ? .p(.class("empty-state"), .text(m(.applicationsEmpty)))
                    : .scrollableTable(label: title, table),
                pager(m)))
    }

    /// A count, or "more than" the cap when it reached it.
    package static func count(_ count: Int, _ m: Messages) -> String {
        count > ApplicationRequests.countCap
            ? m(.applicationsMoreThan(count: ApplicationRequests.countCap.formatted())) : count.formatted()
    }

    /// 第一页 / 下一页, keeping the filters.
    private func pager(_ m: Messages) -> Node<HTML.BodyContext> {
        guard paged || next != nil else { return .empty }
        let filters = [("state", state?.rawValue), ("kind", kind)].compactMap { name, value in
            value.map { "\(name)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0)" }
        }
        let link = { (extra: [String]) in
            SiteURL.applications.path
                + ((filters + extra).isEmpty ? "" : "?" + (filters + extra).joined(separator: "&"))
        }
        return .nav(
            .class("pager"), .ariaLabel(m(.applicationsPages)),
            .if(paged, .a(.href(link([])), .text(m(.applicationsFirstPage)))),
            .unwrap(next) { cursor in
                .a(.rel(.next), .href(link(["cursor=\(cursor)"])), .text(m(.applicationsNextPage)))
            })
    }

    private func row(_ row: Row, _ m: Messages, _ policy: PolicyDocument) -> Node<HTML.TableContext> {
        let application = row.application
        let label = policy.applicationKind(application.kind)?.label.text(m.language) ?? application.kind
        let due = application.dueOn.flatMap(CalendarDate.init)
        let waiting = application.state == .submitted
        let flag: Node<HTML.BodyContext> =
            if waiting, let due, due < today {
                .span(.class("badge badge--warn"), .text(m(.applicationOverdue)))
            } else if waiting, let due, due <= soon {
                .span(.class("badge badge--warn"), .text(m(.applicationDueSoon)))
            } else {
                .empty
            }
        return .tr(
            .data(named: "state", value: application.state.rawValue),
            .td(
                .a(
                    .href(application.id.map { SiteURL.application($0).path } ?? SiteURL.applications.path),
                    .text(label))),
            .if(!mine, .td(.text(row.applicantName))),
            .td(.text(m.applicationState(application.state))),
            .td(.text(application.submittedAt.map(ZiboTime.day) ?? "—")),
            .td(.text(application.dueOn ?? "—"), flag))
    }
}
