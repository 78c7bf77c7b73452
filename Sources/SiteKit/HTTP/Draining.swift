import Synchronization
import Vapor

/// A graceful stop behind a load balancer (issue 20, deliver 2). On SIGTERM the server
/// first says it is going — `/readyz` answers 503 — for `TALENT_DRAIN_SECONDS` while it
/// still serves every request, so the balancer moves new ones to the other instances; only
/// then does it stop taking connections and finish the requests it has (Vapor's quiescing
/// shutdown). A lifecycle handler added after the others, so it is the first one stopped:
/// the job runner and the database pools stop after the server.
package struct Draining: LifecycleHandler {
    package init() {}

    package func shutdownAsync(_ application: Application) async {
        let seconds = application.drainState.seconds
        if seconds > 0 {
            application.drainState.started.withLock { $0 = true }
            application.logger.notice("Draining for \(seconds) s: /readyz answers 503, requests are still served.")
            try? await Task.sleep(for: .seconds(seconds))
        }
        // Stop taking connections and let the requests in flight finish, while the jobs,
        // the database pools and the rest are still there: left to the application's own
        // shutdown, the server stopped after the pools, and a request still running
        // reached for a database that was gone (a crash under load on SIGTERM).
        await application.server.shutdown()
    }
}

package final class DrainState: Sendable {
    /// `TALENT_DRAIN_SECONDS`.
    package let seconds: Int
    package let started = Mutex(false)

    package init(seconds: Int) {
        self.seconds = seconds
    }

    package var isDraining: Bool { started.withLock { $0 } }
}

extension Application {
    private struct DrainStateKey: StorageKey {
        typealias Value = DrainState
    }

    /// Whether a stop has begun (`Draining`); read by `/readyz`. Made in `configure`.
    package var drainState: DrainState {
        get {
            guard let state = storage[DrainStateKey.self] else {
                fatalError("configure(_:config:) sets the drain state")
            }
            return state
        }
        set { storage[DrainStateKey.self] = newValue }
    }
}
