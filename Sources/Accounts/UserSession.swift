import Fluent
import Foundation
import SiteKit

/// A signed-in browser session, kept in the database so that any instance behind a load
/// balancer can serve the next request. Only a SHA-256 of the cookie's token is stored:
/// a copy of the table does not let anyone sign in.
package final class UserSession: Model, @unchecked Sendable {
    package static let schema = "user_sessions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Parent(key: "user_id") package var user: User
    @Field(key: "expires_at") package var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    /// Listed by hand, as `Talent.properties` explains.
    package var properties: [any AnyProperty] { [$id, $tokenHash, $user, $expiresAt, $createdAt] }

    package init(tokenHash: String, userID: UUID, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.expiresAt = expiresAt
    }
}

/// One sign-in attempt, kept for throttling (5 failures per account or address in 15
/// minutes). The account is stored as a keyed hash, never as the email or mobile typed.
package final class LoginAttempt: Model, @unchecked Sendable {
    package static let schema = "login_attempts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "account_key") package var accountKey: String
    @Field(key: "address") package var address: String
    @Field(key: "succeeded") package var succeeded: Bool
    @Field(key: "attempted_at") package var attemptedAt: Date

    package init() {}

    package init(accountKey: String, address: String, succeeded: Bool, attemptedAt: Date) {
        self.accountKey = accountKey
        self.address = address
        self.succeeded = succeeded
        self.attemptedAt = attemptedAt
    }
}

/// A personal API token: shown once at creation, stored only as its SHA-256.
package final class APIToken: Model, @unchecked Sendable {
    package static let schema = "api_tokens"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") package var user: User
    @Field(key: "name") package var name: String
    @Field(key: "token_hash") package var tokenHash: String
    @Enum(key: "scope") package var scope: Scope
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "revoked_at") package var revokedAt: Date?
    @OptionalField(key: "last_used_at") package var lastUsedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    /// Listed by hand, as `Talent.properties` explains.
    package var properties: [any AnyProperty] {
        [
            $id, $user, $name, $tokenHash, $scope, $expiresAt, $revokedAt, $lastUsedAt, $createdAt,
        ]
    }

    package init(userID: UUID, name: String, tokenHash: String, scope: Scope, expiresAt: Date) {
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.scope = scope
        self.expiresAt = expiresAt
    }

    package enum Scope: String, Codable, CaseIterable, Sendable {
        case read
        case readWrite = "read_write"
    }
}

extension APIToken {
    /// Revokes every live token of a user: after a password change, reset or deactivation
    /// a token made before must not keep working.
    package static func revokeAll(of userID: UUID, on database: any Database, now: Date) async throws {
        try await APIToken.query(on: database)
            .filter(\.$user.$id == userID).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).update()
    }
}
