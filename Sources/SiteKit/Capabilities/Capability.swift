import Vapor

/// One capability of the platform as the application composes it: its pages and API,
/// its header links, its share of the workspace, the names of its audit actions, the
/// other capabilities' events it follows, the answers it gives to their questions, and
/// its background work. Adding a capability is a module of its own and one line in the
/// App's list; `configure` never names a capability's controllers, jobs or subscribers.
/// The schema stays one explicit migration list, in the order the tables were made.
package protocol Capability: Sendable {
    /// Stores on the application what its handlers read from it, such as the answers
    /// other capabilities give to the questions it asks them. Runs before any routes.
    func configure(_ app: Application)
    /// What it serves.
    var routes: [any RouteCollection] { get }
    /// Its links in the page header.
    var navigation: [NavigationEntry] { get }
    /// What it puts on the signed-in person's workspace (待办, figures, sections).
    var workspace: [any WorkspaceSource] { get }
    /// The actions it records in the audit trail, each with its name for the audit page.
    var auditActions: [AuditAction] { get }
    /// Subscribes to events other capabilities publish.
    func follow(_ events: inout EventSubscribers)
    /// Registers its job handlers and periodic sweeps.
    func register(on jobs: JobRunner)
    /// Its `talent …` commands, by name.
    var commands: [String: any AsyncCommand] { get }
    /// Where it keeps values sealed with the personal-data key, for key rotation.
    var sealedColumns: [SealedColumns] { get }
}

extension Capability {
    package func configure(_ app: Application) {}
    package var navigation: [NavigationEntry] { [] }
    package var workspace: [any WorkspaceSource] { [] }
    package var auditActions: [AuditAction] { [] }
    package func follow(_ events: inout EventSubscribers) {}
    package func register(on jobs: JobRunner) {}
    package var commands: [String: any AsyncCommand] { [:] }
    package var sealedColumns: [SealedColumns] { [] }
}

extension Application {
    /// Registers each capability's routes, header links, audit actions, subscriptions and
    /// jobs, in the list's order.
    package func compose(_ capabilities: [any Capability]) throws {
        for capability in capabilities { capability.configure(self) }
        for capability in capabilities {
            for collection in capability.routes { try register(collection: collection) }
            navigation += capability.navigation
            workspaceSources += capability.workspace
            auditActions += capability.auditActions
            sealedColumns += capability.sealedColumns
            capability.follow(&events)
            capability.register(on: jobs)
            for (name, command) in capability.commands { asyncCommands.use(command, as: name) }
        }
    }
}
