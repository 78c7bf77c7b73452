import Fluent
import Foundation

/// A limit on how often something may happen per subject (an address, an account) in a
/// sliding window, counted in the database so that every instance counts the same.
package struct RateLimit: Sendable {
    package var kind: String
    package var limit: Int
    package var window: TimeInterval

    /// Self-registrations that reach the check against the pool, per address: a college
    /// lab registering a class behind one address stays well under it; someone trying ID
    /// numbers to learn who is in the pool gets 20 an hour.
    package static let registration = RateLimit(kind: "register", limit: 20, window: 3600)

    /// Counts one more event for `subject`, unless the limit is reached: then nothing is
    /// counted and the seconds until the oldest counted event leaves the window are returned.
    package func take(_ subject: String, now: Date, on db: any Database) async throws -> Int? {
        try await db.writeTransaction { db in
            let recent = try await RateLimitEvent.query(on: db).filter(\.$kind == kind).filter(\.$subject == subject)
                .filter(\.$occurredAt > now.addingTimeInterval(-window)).sort(\.$occurredAt).all(\.$occurredAt)
            if recent.count >= limit, let oldest = recent.first {
                return max(1, Int(oldest.addingTimeInterval(window).timeIntervalSince(now).rounded(.up)))
            }
            try await RateLimitEvent(kind: kind, subject: subject, occurredAt: now).create(on: db)
            return nil
        }
    }

    /// Events older than a day decide nothing any more (`Housekeeping`).
    package static func prune(before cutoff: Date, on db: any Database) async throws {
        try await RateLimitEvent.query(on: db).filter(\.$occurredAt < cutoff).delete()
    }
}

package final class RateLimitEvent: Model, @unchecked Sendable {
    package static let schema = "rate_limit_events"

    @ID(key: .id) package var id: UUID?
    @Field(key: "kind") package var kind: String
    @Field(key: "subject") package var subject: String
    @Field(key: "occurred_at") package var occurredAt: Date

    package init() {}

    package init(kind: String, subject: String, occurredAt: Date) {
        (self.kind, self.subject, self.occurredAt) = (kind, subject, occurredAt)
    }
}
