import Foundation

/// When sign-in is refused after repeated failures: at most `maxFailures` failed
/// attempts within the sliding `window`. GB/T 22239-2019 (identification and
/// authentication) requires a response to repeated failed logins; a temporary lock
/// rather than a permanent one keeps an attacker from locking real users out for good
/// (NIST SP 800-63B §5.2.2 rate limiting). The App stores the failures in the database, so
/// every instance counts the same ones, and passes them in with the current time.
public struct LoginThrottle: Hashable, Sendable {
    public var maxFailures: Int
    public var window: TimeInterval

    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60) {
        precondition(maxFailures >= 1 && window > 0, "a throttle needs at least one failure and a positive window")
        self.maxFailures = maxFailures
        self.window = window
    }

    /// The oldest failure time that still counts at `now` (exclusive): the App loads only
    /// failures after it.
    public func windowStart(now: Date) -> Date {
        now.addingTimeInterval(-window)
    }

    /// Blocked when at least `maxFailures` of `failures` fall within the window, that is
    /// after `now − window` (a failure exactly `window` old no longer counts; one stamped
    /// slightly after `now` by another instance's clock does). Then `retryAfter` is the
    /// time, rounded up to whole seconds, until the oldest of the most recent
    /// `maxFailures` leaves the window — when fewer than `maxFailures` remain.
    public func decision(failures: [Date], now: Date) -> ThrottleDecision {
        let start = windowStart(now: now)
        let recent = failures.filter { $0 > start }.sorted(by: >)
        guard recent.count >= maxFailures else { return .allowed }
        let wait = recent[maxFailures - 1].timeIntervalSince(start)
        // Rounded to the millisecond first, so floating-point noise in `Date` arithmetic
        // never adds a whole second; at least one second, since it is still blocked now.
        return .blocked(retryAfter: max(1, ((wait * 1000).rounded() / 1000).rounded(.up)))
    }
}

/// The outcome of `LoginThrottle.decision`.
public enum ThrottleDecision: Hashable, Sendable {
    case allowed
    /// Refused; the next attempt may be made after `retryAfter` whole seconds.
    case blocked(retryAfter: TimeInterval)
}

/// How long an account waits between failed sign-ins (issue 14: five wrong passwords
/// from anywhere locked any account for 15 minutes, so anyone could lock anyone out).
/// The first `freeFailures` failures of the last hour cost nothing; after that each
/// attempt must come `base × 2^k` seconds after the latest failure (k failures beyond the
/// free ones), at most `cap` seconds. A guesser spread over many addresses gets about a
/// try a minute; the owner waits at most a minute after the latest wrong guess. The
/// per-address `LoginThrottle` still blocks one address that fails too often.
public struct SignInDelay: Hashable, Sendable {
    public var freeFailures = 5
    public var base: TimeInterval = 1
    public var cap: TimeInterval = 60
    public var window: TimeInterval = 3600

    public init() {}

    public func decision(failures: [Date], now: Date) -> ThrottleDecision {
        let recent = failures.filter { $0 > now.addingTimeInterval(-window) }
        guard recent.count >= freeFailures, let latest = recent.max() else { return .allowed }
        let wait = min(cap, base * pow(2, Double(recent.count - freeFailures)))
        let remaining = latest.addingTimeInterval(wait).timeIntervalSince(now)
        return remaining > 0 ? .blocked(retryAfter: max(1, remaining.rounded(.up))) : .allowed
    }
}
