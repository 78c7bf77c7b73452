import Fluent
import Vapor

extension Request {
    /// The context of a write by the signed-in user of this request.
    package var writeContext: WriteContext {
        WriteContext(
            now: clock.now, actor: signedIn?.actor, requestID: requestID,
            auditKey: application.secrets.audit, events: application.events)
    }

    /// Records `entry` as done by the signed-in actor in this request.
    package func audit(_ entry: AuditEntry, on database: any Database) async throws {
        try await writeContext.record(entry, on: database)
    }
}
