import TalentDomain
import Vapor

/// What one capability puts on the signed-in person's workspace (工作台), the page every
/// role lands on after signing in: what waits for them (待办), their figures (数据概览)
/// and larger sections (the department's targets, the next session). Each capability
/// answers for its own records (`Capability.workspace`), so the workspace page imports
/// none of them, and a capability that has nothing for a role returns an empty part.
package protocol WorkspaceSource: Sendable {
    func load(for actor: Actor, _ req: Request) async throws -> WorkspacePart
}

/// One capability's share of a workspace.
package struct WorkspacePart {
    /// Shown under the heading: the department's or the organisation's full name.
    package var lead: Message?
    package var tasks: [WorkspaceTask]
    package var figures: [WorkspaceFigure]
    package var sections: [any PageSection]

    package init(
        lead: Message? = nil, tasks: [WorkspaceTask] = [], figures: [WorkspaceFigure] = [],
        sections: [any PageSection] = []
    ) {
        (self.lead, self.tasks, self.figures, self.sections) = (lead, tasks, figures, sections)
    }
}

/// Something waiting for the person's action, with how many and where to act. A task
/// with a count of zero is left out, so the list holds only what needs doing.
package struct WorkspaceTask: Sendable {
    package var label: Message
    package var count: Int
    package var path: String
    /// Overdue or about to lapse: listed first and marked.
    package var urgent: Bool

    package init(_ label: Message, count: Int, path: String, urgent: Bool = false) {
        (self.label, self.count, self.path, self.urgent) = (label, count, path, urgent)
    }
}

/// A figure of the person's department, organisation or own record.
package struct WorkspaceFigure: Sendable {
    package var label: Message
    package var value: String
    /// A share of a whole (0–100), drawn as a bar under the value.
    package var percent: Int?
    package var path: String?

    package init(_ label: Message, value: String, percent: Int? = nil, path: String? = nil) {
        (self.label, self.value, self.percent, self.path) = (label, value, percent, path)
    }
}

extension Application {
    private struct WorkspaceSourcesKey: StorageKey {
        typealias Value = [any WorkspaceSource]
    }

    /// Every composed capability's workspace source, in the capabilities' order.
    package var workspaceSources: [any WorkspaceSource] {
        get { storage[WorkspaceSourcesKey.self] ?? [] }
        set { storage[WorkspaceSourcesKey.self] = newValue }
    }
}
