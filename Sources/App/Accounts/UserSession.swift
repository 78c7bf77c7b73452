import Fluent
import Foundation
import SiteKit

/// A signed-in browser session, kept in the database so that any instance behind a load
/// balancer can serve the next request. Only a SHA-256 of the cookie's token is stored:
/// a copy of the table does not let anyone sign in.
final class UserSession: Model, @unchecked Sendable {
    static let schema = "user_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Listed by hand, as `Talent.properties` explains.
    var properties: [any AnyProperty] { [$id, $tokenHash, $user, $expiresAt, $createdAt] }

    init(tokenHash: String, userID: UUID, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.expiresAt = expiresAt
    }
}

/// One sign-in attempt, kept for throttling (5 failures per account or address in 15
/// minutes). The account is stored as a keyed hash, never as the email or mobile typed.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "account_key") var accountKey: String
    @Field(key: "address") var address: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "attempted_at") var attemptedAt: Date

    init() {}

    init(accountKey: String, address: String, succeeded: Bool, attemptedAt: Date) {
        self.accountKey = accountKey
        self.address = address
        self.succeeded = succeeded
        self.attemptedAt = attemptedAt
    }
}

/// A personal API token: shown once at creation, stored only as its SHA-256.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Enum(key: "scope") var scope: Scope
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Listed by hand, as `Talent.properties` explains.
    var properties: [any AnyProperty] {
        [
            $id, $user, $name, $tokenHash, $scope, $expiresAt, $revokedAt, $lastUsedAt, $createdAt,
        ]
    }

    init(userID: UUID, name: String, tokenHash: String, scope: Scope, expiresAt: Date) {
        self.$user.id = userID
        self.name = name
        self.tokenHash = tokenHash
        self.scope = scope
        self.expiresAt = expiresAt
    }

    enum Scope: String, Codable, CaseIterable, Sendable {
        case read
        case readWrite = "read_write"
    }
}

extension APIToken {
    /// Revokes every live token of a user: after a password change, reset or deactivation
    /// a token made before must not keep working.
    static func revokeAll(of userID: UUID, on database: any Database, now: Date) async throws {
        try await APIToken.query(on: database)
            .filter(\.$user.$id == userID).filter(\.$revokedAt == nil)
            .set(\.$revokedAt, to: now).update()
    }
}
