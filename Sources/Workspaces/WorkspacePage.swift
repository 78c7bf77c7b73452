import SiteKit
import TalentDomain

/// The workspace page: 待办 (urgent first), 数据概览, the capabilities' sections, and the
/// role's places as 常用功能.
struct WorkspacePageModel {
    var role: Role
    var name: String
    var parts: [WorkspacePart]
    var places: [NavigationEntry]

    /// What is waiting, urgent first; a count of zero waits for nothing.
    var tasks: [WorkspaceTask] {
        let waiting = parts.flatMap(\.tasks).filter { $0.count > 0 }
        return waiting.filter(\.urgent) + waiting.filter { !$0.urgent }
    }

    func render(layout: Layout) -> String {
        let m = layout.messages
        let title = m(.workspaceTitle(role))
        let lead = parts.lazy.compactMap(\.lead).first.map { m($0) } ?? name
        return layout.render(
            title: title,
            body: .group(
                .h1(.text(title)),
                .p(.class("lead"), .id("workspace-lead"), .text(lead)),
                taskSection(m),
                figureSection(m),
                .forEach(parts.flatMap(\.sections)) { $0.render(m) },
                actionSection(m)))
    }

    private func taskSection(_ m: Messages) -> Node<HTML.BodyContext> {
        let tasks = self.tasks
        return .section(
            .id("workspace-tasks"), .attribute(named: "aria-labelledby", value: "tasks-heading"),
            .h2(.id("tasks-heading"), .text(m(.workspaceTasks))),
            tasks.isEmpty
                ? .p(.class("muted"), .text(m(.workspaceNoTasks)))
                : .ul(.class("todo-list"), .forEach(tasks) { task(m, $0) }))
    }

    private func task(_ m: Messages, _ task: WorkspaceTask) -> Node<HTML.ListContext> {
        .li(
            .class(task.urgent ? "todo todo--urgent" : "todo"),
            .a(
                .href(task.path),
                .span(.class("todo__count"), .text(task.count.formatted())),
                .span(.class("todo__label"), .text(m(task.label))),
                .if(task.urgent, .span(.class("badge badge--warn"), .text(m(.workspaceUrgent))))))
    }

    private func figureSection(_ m: Messages) -> Node<HTML.BodyContext> {
        let figures = parts.flatMap(\.figures)
        return .if(
            !figures.isEmpty,
            .section(
                .id("workspace-figures"), .attribute(named: "aria-labelledby", value: "figures-heading"),
                .h2(.id("figures-heading"), .text(m(.workspaceFigures))),
                .ul(.class("figure-grid"), .forEach(figures) { figure(m, $0) })))
    }

    /// The value links to the records behind it; a share also shows as a bar.
    private func figure(_ m: Messages, _ figure: WorkspaceFigure) -> Node<HTML.ListContext> {
        let label = m(figure.label)
        return .li(
            .class("figure"),
            .unwrap(
                figure.path, { .a(.class("figure__value"), .href($0), .text(figure.value)) },
                else: .span(.class("figure__value"), .text(figure.value))),
            .span(.class("figure__label"), .text(label)),
            .unwrap(figure.percent) { percent in
                .element(
                    named: "progress",
                    nodes: [
                        .attribute(named: "max", value: "100"), .attribute(named: "value", value: String(percent)),
                        .attribute(named: "aria-label", value: label), .text("\(percent)%"),
                    ])
            })
    }

    private func actionSection(_ m: Messages) -> Node<HTML.BodyContext> {
        .if(
            !places.isEmpty,
            .section(
                .id("workspace-actions"), .attribute(named: "aria-labelledby", value: "actions-heading"),
                .h2(.id("actions-heading"), .text(m(.workspaceActions))),
                .ul(
                    .class("action-grid"),
                    .forEach(places) { place in
                        .li(.a(.class("button button--secondary"), .href(place.url.path), .text(m(place.label))))
                    })))
    }
}
