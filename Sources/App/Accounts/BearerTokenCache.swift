import Fluent
import Foundation
import SQLKit
import SiteKit
import Synchronization

/// Bearer tokens this process checked in the last few seconds, with their account's row,
/// so an integration calling the API many times a second pays for the token look-up
/// once per `lifetime` instead of on every call (the look-up cost as much as the read it
/// guarded: issue 4's API-read benchmark).
///
/// What may be stale, and for how long:
/// - a change this process makes to an account or a token (revocation, deactivation, a
///   new password or role, erasure) empties the cache (`BearerTokenCacheInvalidation`),
///   so the next request reads the database;
/// - a change made elsewhere (another server process, a `talent` command) takes effect
///   within `lifetime`;
/// - expiry is checked on every request against the cached expiry time.
/// Only tokens that were found are kept, so random tokens cannot fill the memory.
final class BearerTokenCache: Sendable {
    static let lifetime: TimeInterval = 5
    /// Beyond this many tokens the cache starts afresh: far more than the integrations a
    /// city runs, and a bound on memory.
    static let capacity = 10_000

    struct Entry: Sendable {
        var token: TokenFacts
        /// The account's row as the look-up read it: each request decodes its own `User`,
        /// so no two requests share (or mutate) one model.
        var account: any SQLRow
        var checkedAt: Date
    }

    /// What a request needs of a token.
    struct TokenFacts: Sendable {
        var id: UUID
        var scope: APIToken.Scope
        var expiresAt: Date
        var revokedAt: Date?
        var lastUsedAt: Date?
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The entry for `hash` if it was checked less than `lifetime` ago.
    func entry(_ hash: String, now: Date) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            guard now.timeIntervalSince(entry.checkedAt) < Self.lifetime else {
                entries[hash] = nil
                return nil
            }
            return entry
        }
    }

    func store(_ entry: Entry, for hash: String) {
        entries.withLock { entries in
            if entries.count >= Self.capacity, entries[hash] == nil { entries.removeAll(keepingCapacity: true) }
            entries[hash] = entry
        }
    }

    /// Records that the token's "last used" time was written, so the next requests do not
    /// write it again.
    func markUsed(_ hash: String, at time: Date) {
        entries.withLock { $0[hash]?.token.lastUsedAt = time }
    }

    func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}

/// Empties the bearer-token cache whenever an account or a token is saved or deleted
/// through Fluent: every path that revokes a token or changes who an account is does
/// that (revoking all of a user's tokens comes with a save of the user).
struct BearerTokenCacheInvalidation<M: Model>: AsyncModelMiddleware {
    let cache: BearerTokenCache

    func create(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        cache.removeAll()
    }

    func update(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.update(model, on: db)
        cache.removeAll()
    }

    func delete(model: M, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.delete(model, force: force, on: db)
        cache.removeAll()
    }
}
