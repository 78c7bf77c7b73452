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
///   new password or role, erasure) empties the cache (`AfterModelChange`, set in `useAccountSignIn`),
///   so the next request reads the database;
/// - a change made elsewhere (another server process, a `talent` command) takes effect
///   within `lifetime`;
/// - expiry is checked on every request against the cached expiry time.
/// Only tokens that were found are kept, so random tokens cannot fill the memory.
package final class BearerTokenCache: Sendable {
    package static let lifetime: TimeInterval = 5
    /// Beyond this many tokens the cache starts afresh: far more than the integrations a
    /// city runs, and a bound on memory.
    package static let capacity = 10_000

    package init() {}

    package struct Entry: Sendable {
        package var token: TokenFacts
        /// The account's row as the look-up read it: each request decodes its own `User`,
        /// so no two requests share (or mutate) one model.
        package var account: any SQLRow
        package var checkedAt: Date

        package init(token: TokenFacts, account: any SQLRow, checkedAt: Date) {
            self.token = token
            self.account = account
            self.checkedAt = checkedAt
        }
    }

    /// What a request needs of a token.
    package struct TokenFacts: Sendable {
        package var id: UUID
        package var scope: APIToken.Scope
        package var expiresAt: Date
        package var revokedAt: Date?
        package var lastUsedAt: Date?

        package init(id: UUID, scope: APIToken.Scope, expiresAt: Date, revokedAt: Date? = nil, lastUsedAt: Date? = nil)
        {
            self.id = id
            self.scope = scope
            self.expiresAt = expiresAt
            self.revokedAt = revokedAt
            self.lastUsedAt = lastUsedAt
        }
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The entry for `hash` if it was checked less than `lifetime` ago.
    package func entry(_ hash: String, now: Date) -> Entry? {
        entries.withLock { entries in
            guard let entry = entries[hash] else { return nil }
            guard now.timeIntervalSince(entry.checkedAt) < Self.lifetime else {
                entries[hash] = nil
                return nil
            }
            return entry
        }
    }

    package func store(_ entry: Entry, for hash: String) {
        entries.withLock { entries in
            if entries.count >= Self.capacity, entries[hash] == nil { entries.removeAll(keepingCapacity: true) }
            entries[hash] = entry
        }
    }

    /// Records that the token's "last used" time was written, so the next requests do not
    /// write it again.
    package func markUsed(_ hash: String, at time: Date) {
        entries.withLock { $0[hash]?.token.lastUsedAt = time }
    }

    package func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
