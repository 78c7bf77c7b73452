import Fluent
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// Signs a user in by email or mobile number and password, enforcing limits kept in the
/// database, so that every instance behind a load balancer counts the same failures: an
/// address is blocked after 5 failures in 15 minutes (`LoginThrottle`); an account is
/// only slowed down, a growing wait after its fifth failure in an hour (`SignInDelay`),
/// so that nobody can lock someone else out.
package struct LoginService {
    package enum Outcome {
        case signedIn(User, sessionToken: String)
        case invalidCredentials
        /// This address failed too often.
        case throttled(retryAfter: Int)
        /// This account failed often lately: its next attempt must wait a little.
        case slowedDown(retryAfter: Int)
    }

    package static let sessionLifetime: TimeInterval = 12 * 3600
    package static let throttle = LoginThrottle()
    package static let delay = SignInDelay()
    package static let attemptRetention: TimeInterval = 24 * 3600

    package let database: any Database
    package let secrets: Secrets
    package let passwords: AsyncPasswordHasher
    /// A hash of a password nobody knows, made once at the service's cost, so
    /// an unknown account costs one verification exactly like a known one.
    package let absentUserHash: String
    package let requestID: String?
    package let now: Date

    /// `identifier` is an email address or a mainland mobile number, as typed.
    package func signIn(identifier: String, password: String, address: String) async throws -> Outcome {
        let account = Self.normalizedIdentifier(identifier)
        let accountKey = Secrets.mac(account, key: secrets.accountKey)
        // Record the attempt as a failure *before* counting and verifying: parallel guesses
        // then see each other, and none slips past the limit while bcrypt runs.
        let attempt = LoginAttempt(accountKey: accountKey, address: address, succeeded: false, attemptedAt: now)
        try await attempt.create(on: database)
        let since = min(Self.throttle.windowStart(now: now), now.addingTimeInterval(-Self.delay.window))
        let recentFailures = try await LoginAttempt.query(on: database)
            .filter(\.$succeeded == false)
            .filter(\.$attemptedAt > since)
            .filter(\.$id != attempt.requireID())
            .group(.or) { $0.filter(\.$accountKey == accountKey).filter(\.$address == address) }
            .all()
        let byAccount = recentFailures.filter { $0.accountKey == accountKey }.map(\.attemptedAt)
        let byAddress = recentFailures.filter { $0.address == address }.map(\.attemptedAt)
        var refusal: Outcome?
        if case let .blocked(wait) = Self.delay.decision(failures: byAccount, now: now) {
            refusal = .slowedDown(retryAfter: Int(wait.rounded(.up)))
        }
        if case let .blocked(wait) = Self.throttle.decision(failures: byAddress, now: now) {
            refusal = .throttled(retryAfter: Int(wait.rounded(.up)))
        }
        if let refusal {
            // A refused attempt is not counted: the wait ends when the earlier failures age out.
            try await attempt.delete(on: database)
            return refusal
        }

        let user = try await Self.findUser(account, on: database)
        let matches =
            try await passwords.verify(password, created: user?.passwordHash ?? absentUserHash)
            && user?.isActive == true
        guard matches, let user, let userID = user.id else {
            try await pruneOldAttempts()
            return .invalidCredentials
        }

        let token = Secrets.randomToken()
        let attemptID = try attempt.requireID()
        let signedIn = try await database.writeTransaction { [secrets, requestID] db in
            // The account as it is now, not as it was when the password was checked: an
            // account deactivated or erased meanwhile (bcrypt takes a while) gets no session.
            // The update also locks the row (PostgreSQL) until the session is written.
            guard
                try await (db as! any SQLDatabase).raw(
                    """
                    UPDATE users SET last_login_at = \(bind: now) WHERE id = \(bind: userID) AND is_active = \(bind: true) \
                    AND password_hash = \(bind: user.passwordHash) RETURNING id
                    """
                ).first() != nil
            else { return false }
            try await LoginAttempt.query(on: db).filter(\.$id == attemptID).set(\.$succeeded, to: true).update()
            try await UserSession(
                tokenHash: Secrets.sha256(token), userID: userID,
                expiresAt: now.addingTimeInterval(Self.sessionLifetime)
            ).create(on: db)
            try await UserSession.query(on: db).filter(\.$user.$id == userID).filter(\.$expiresAt < now).delete()
            try await AuditLog.append(
                AuditEntry(.sessionCreate, entityID: userID.uuidString),
                actor: user.actor, requestID: requestID, key: secrets.audit, on: db, now: now)
            return true
        }
        try await pruneOldAttempts()
        guard signedIn else { return .invalidCredentials }
        user.lastLoginAt = now
        return .signedIn(user, sessionToken: token)
    }

    /// Attempts older than a day decide nothing any more; keeping them would only grow a
    /// table of who tried to sign in from where.
    private func pruneOldAttempts() async throws {
        try await LoginAttempt.query(on: database)
            .filter(\.$attemptedAt < now.addingTimeInterval(-Self.attemptRetention)).delete()
    }

    /// Lower-cased email, or the 11 digits of a mobile number (spaces, hyphens, +86 dropped).
    package static func normalizedIdentifier(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("@") { return trimmed.lowercased() }
        var digits = trimmed.filter(\.isASCII).filter(\.isNumber)
        if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
        return digits
    }

    package static func findUser(_ account: String, on database: any Database) async throws -> User? {
        guard !account.isEmpty else { return nil }
        return account.contains("@")
            ? try await User.query(on: database).filter(\.$email == account).first()
            : try await User.query(on: database).filter(\.$mobile == account).first()
    }
}
