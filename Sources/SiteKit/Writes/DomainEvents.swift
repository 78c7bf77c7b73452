import Fluent
import Vapor

/// Something one capability did that others follow — a certificate issued, a course
/// completed. The capability that does it declares the event and publishes it; the ones
/// that follow subscribe at start-up. So the follower depends on the publisher and never
/// the other way: certificates do not know that targets count them.
package protocol DomainEvent: Sendable {}

/// Who follows which event. Filled once while the application is configured, read by
/// every write afterwards.
package struct EventSubscribers: Sendable {
    package typealias Handler<E: DomainEvent> = @Sendable (E, any Database) async throws -> Void

    private var handlers: [ObjectIdentifier: [@Sendable (any DomainEvent, any Database) async throws -> Void]] = [:]

    package init() {}

    /// Runs `handler` for every event of type `E`, in the publisher's transaction.
    package mutating func subscribe<E: DomainEvent>(to _: E.Type, _ handler: @escaping Handler<E>) {
        handlers[ObjectIdentifier(E.self), default: []].append { event, db in
            guard let event = event as? E else { return }
            try await handler(event, db)
        }
    }

    /// Runs the subscribers of the event's type in the order they subscribed, on the
    /// publisher's database: inside its transaction, so a subscriber that throws undoes
    /// the whole write and nothing is half-followed.
    package func publish<E: DomainEvent>(_ event: E, on db: any Database) async throws {
        for handler in handlers[ObjectIdentifier(E.self)] ?? [] {
            try await handler(event, db)
        }
    }

    /// How many handlers follow `E` (for tests and start-up checks).
    package func count<E: DomainEvent>(of _: E.Type) -> Int { handlers[ObjectIdentifier(E.self)]?.count ?? 0 }
}

extension Application {
    private struct EventSubscribersKey: StorageKey {
        typealias Value = EventSubscribers
    }

    /// The subscribers registered by `configure`; empty before.
    package var events: EventSubscribers {
        get { storage[EventSubscribersKey.self] ?? EventSubscribers() }
        set { storage[EventSubscribersKey.self] = newValue }
    }
}
