import Fluent
import Foundation
import Synchronization
import TalentDomain
import Vapor

/// Runs one kind of job. `run` is called again, from the start, when an earlier attempt
/// died half-way (its process stopped): it must first undo or skip what that attempt did.
package protocol JobHandler: Sendable {
    /// The `Job.kind` it runs.
    var kind: String { get }
    func run(_ job: JobContext) async throws
    /// The job died on its last attempt: leave its records failed, with nothing half-done.
    func abandon(_ job: JobContext) async throws
}

/// A failure a handler explains to the person who started the job, in both languages.
package protocol JobFailure: Error {
    func message(_ m: Messages) -> String
}

/// What a handler gets: its job's payload and file, and the way to report progress
/// (which also keeps its claim alive).
package struct JobContext: Sendable {
    package let app: Application
    package let id: UUID
    package let payload: String
    package let attempt: Int
    package let owner: String

    package func decode<Payload: Decodable>(_ type: Payload.Type) throws -> Payload {
        try JSONDecoder().decode(type, from: Data(payload.utf8))
    }

    package func file() async throws -> [UInt8]? {
        try await JobQueue.file(of: id, cipher: app.personalData, on: app.db(.bulk))
    }

    /// Reports progress inside the caller's transaction; throws `JobQueue.LeaseLost` when
    /// another instance has taken the job.
    package func report(done: Int, total: Int, phase: String? = nil, on db: any Database) async throws {
        try await JobQueue.report(id, owner: owner, done: done, total: total, phase: phase, now: app.clock.now, on: db)
    }
}

/// Claims and runs jobs, one at a time, for this instance: in `talent serve` every half
/// second while there is work (and the housekeeping sweep every 30 s); in tests when
/// asked (`runPending`), so that a test awaits its job instead of polling.
package final class JobRunner: LifecycleHandler, Sendable {
    private let handlers = Mutex<[String: any JobHandler]>([:])
    private let sweeps = Mutex<[Sweep]>([])
    private let loop = Mutex<Task<Void, Never>?>(nil)

    /// Work the loop does every `sweepInterval` besides jobs (the app's housekeeping).
    package typealias Sweep = @Sendable (Application, Date) async throws -> Void
    package static let sweepInterval: Duration = .seconds(30)

    package func register(_ handler: any JobHandler) {
        handlers.withLock { $0[handler.kind] = handler }
    }

    package func register(sweep: @escaping Sweep) {
        sweeps.withLock { $0.append(sweep) }
    }

    /// Runs every registered sweep once, as the loop does every `sweepInterval`.
    package func sweep(_ app: Application, now: Date) async throws {
        for sweep in sweeps.withLock({ $0 }) { try await sweep(app, now) }
    }

    /// Runs jobs until none is left to claim; returns how many ran.
    @discardableResult
    package func runPending(_ app: Application) async throws -> Int {
        var ran = 0
        try await failAbandoned(app)
        while let job = try await JobQueue.claimNext(owner: app.instanceID, now: app.clock.now, on: app.db) {
            await execute(job, app)
            ran += 1
        }
        return ran
    }

    package func start(_ app: Application) {
        loop.withLock { running in
            running?.cancel()
            running = Task {
                var lastSweep = ContinuousClock.now - Self.sweepInterval
                while !Task.isCancelled {
                    do {
                        if ContinuousClock.now - lastSweep >= Self.sweepInterval {
                            lastSweep = .now
                            try await self.sweep(app, now: app.clock.now)
                        }
                        if try await runPending(app) > 0 { continue }
                    } catch {
                        app.logger.error("jobs: \(String(reflecting: type(of: error)))")
                    }
                    try? await Task.sleep(for: .milliseconds(500))
                }
            }
        }
    }

    package func shutdownAsync(_ application: Application) async {
        loop.withLock { $0?.cancel() }
    }

    private func execute(_ job: Job, _ app: Application) async {
        guard let id = job.id else { return }
        let context = JobContext(app: app, id: id, payload: job.payload, attempt: job.attempts, owner: app.instanceID)
        guard let handler = handlers.withLock({ $0[job.kind] }) else {
            _ = try? await JobQueue.finish(
                id, owner: context.owner, succeeded: false,
                error: Self.errorText { _ in "unknown job kind \(job.kind)" }, now: app.clock.now, on: app.db)
            return
        }
        do {
            try await handler.run(context)
            try await JobQueue.finish(id, owner: context.owner, succeeded: true, now: app.clock.now, on: app.db)
        } catch is JobQueue.LeaseLost {
            app.logger.notice("job taken over by another instance", metadata: ["job": "\(id)"])
        } catch {
            // The log names the error's type only: its text may hold personal data.
            if !(error is any JobFailure) {
                app.logger.error("job \(id) failed: \(String(reflecting: type(of: error)))")
            }
            let text = Self.errorText { m in (error as? any JobFailure)?.message(m) ?? m(.errorServerTitle) }
            _ = try? await JobQueue.finish(
                id, owner: context.owner, succeeded: false, error: text, now: app.clock.now, on: app.db)
        }
    }

    /// Jobs that died on their last attempt: the handler cleans up, the job fails.
    private func failAbandoned(_ app: Application) async throws {
        for job in try await JobQueue.abandoned(owner: app.instanceID, now: app.clock.now, on: app.db) {
            guard let id = job.id, let handler = handlers.withLock({ $0[job.kind] }) else { continue }
            try await handler.abandon(
                JobContext(
                    app: app, id: id, payload: job.payload, attempt: job.attempts,
                    owner: app.instanceID))
            try await JobQueue.finish(
                id, owner: nil, succeeded: false, error: Self.errorText { $0(.jobInterrupted) },
                now: app.clock.now, on: app.db)
        }
    }

    /// A reason in both languages, as `Job.error` keeps it.
    package static func errorText(_ reason: (Messages) -> String) -> String {
        let text = ["zh": reason(Messages(language: .zh)), "en": reason(Messages(language: .en))]
        return String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
    }
}

extension Application {
    private struct JobRunnerKey: StorageKey {
        package typealias Value = JobRunner
    }

    /// Created at configuration, where the handlers register; started by `talent serve`.
    package var jobs: JobRunner {
        if let runner = storage[JobRunnerKey.self] { return runner }
        let runner = JobRunner()
        storage[JobRunnerKey.self] = runner
        return runner
    }
}
