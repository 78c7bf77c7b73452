import Foundation
import TalentDomain
import Vapor

/// Where "now" comes from (issue 15): the system clock in service; a test sets its own
/// (`AppConfig.clock`), so that nothing it checks depends on the day it runs. Every "now"
/// and "today" of the App is read here; `Date()` appears nowhere else.
package struct PlatformClock: Sendable {
    private let read: @Sendable () -> Date

    package init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    package var now: Date { read() }
    /// Today in Zibo (China Standard Time).
    package var today: CalendarDate { ZiboTime.today(now) }
    /// This year in Zibo.
    package var year: Int { ZiboTime.year(of: now) }

    package static let system = PlatformClock { Date() }

    /// Always `date`.
    package static func fixed(_ date: Date) -> PlatformClock { PlatformClock { date } }
}

extension Application {
    private struct ClockKey: StorageKey {
        package typealias Value = PlatformClock
    }

    /// Set at configuration from `AppConfig.clock`.
    package var clock: PlatformClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    package var clock: PlatformClock { application.clock }
}

extension ContinuousClock.Instant {
    /// Seconds since this instant: how long a command took is measured on the monotonic
    /// clock, never read as dates.
    package var secondsElapsed: Double {
        let elapsed = ContinuousClock.now - self
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
