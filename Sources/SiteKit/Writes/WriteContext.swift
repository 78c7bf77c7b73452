import Fluent
import Foundation
import TalentDomain
import Vapor

/// What a write needs besides its database: who does it and in which request, when, the
/// audit key and who follows its events. Not the reader's language: a write refuses
/// with `FieldErrors` of `Message`s, which the edge shows in the reader's language. Made
/// once per request (`Request.writeContext`) or per command or job
/// (`Application.writeContext`) and handed to the stores, so a store never reaches for
/// a request and the same write runs from a page, the API, a job or the command line.
package struct WriteContext: Sendable {
    package var now: Date
    /// The day the write counts as done on in Zibo: today, except for a demo that plays
    /// out a course over past months.
    package var today: CalendarDate
    package var actor: Actor?
    package var requestID: String?
    package var events: EventSubscribers
    private let auditKey: SymmetricKey

    package init(
        now: Date, today: CalendarDate? = nil, actor: Actor?, requestID: String?,
        auditKey: SymmetricKey, events: EventSubscribers
    ) {
        self.now = now
        self.today = today ?? ZiboTime.today(now)
        self.actor = actor
        self.requestID = requestID
        self.auditKey = auditKey
        self.events = events
    }

    /// Appends `entry` to the audit trail in the write's transaction.
    package func record(_ entry: AuditEntry, on db: any Database) async throws {
        try await AuditLog.append(entry, actor: actor, requestID: requestID, key: auditKey, on: db, now: now)
    }

    /// Appends each context's entry, in order, as consecutive links of the chain.
    package static func record(_ entries: [(entry: AuditEntry, context: WriteContext)], on db: any Database)
        async throws
    {
        guard let key = entries.first?.context.auditKey else { return }
        let events = entries.map {
            AuditLog.Pending(
                entry: $0.entry, actor: $0.context.actor, requestID: $0.context.requestID, now: $0.context.now)
        }
        try await AuditLog.append(events, key: key, on: db)
    }

    /// Runs the event's subscribers in the write's transaction.
    package func publish<E: DomainEvent>(_ event: E, on db: any Database) async throws {
        try await events.publish(event, on: db)
    }
}

extension Application {
    /// The context of a write no signed-in user makes — a command, a job — recorded under
    /// `requestID` (e.g. `cli:import`) and, when a user started it, their actor.
    package func writeContext(
        actor: Actor? = nil, requestID: String?, today: CalendarDate? = nil
    ) -> WriteContext {
        WriteContext(
            now: clock.now, today: today, actor: actor,
            requestID: requestID, auditKey: secrets.audit, events: events)
    }
}
