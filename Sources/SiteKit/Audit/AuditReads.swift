import Fluent
import Synchronization
import Vapor

/// Audit events that stand alone — a read of someone's full ID number, a download of
/// one's own data — written in group commits: the events that arrive while one batch is
/// being written go into the next, each in one write transaction, and every request
/// waits until its own event is committed before it answers. The trail is the same as
/// one transaction per event (each event its own link, in commit order); what changes is
/// that sixty officers reading profiles at once take one turn at the write lock, not
/// sixty — the one-transaction-per-read path served about 500 audited reads a second on
/// either engine, whatever the machine.
package final class AuditReads: Sendable {
    private struct Waiting: Sendable {
        var entry: AuditEntry
        var context: WriteContext
        var done: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var waiting: [Waiting] = []
        var writing = false
    }

    private let state = Mutex(State())

    package init() {}

    /// Returns once `entry` is committed; throws what its batch's transaction threw.
    package func record(_ entry: AuditEntry, context: WriteContext, on database: any Database) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            let starts = state.withLock { state in
                state.waiting.append(Waiting(entry: entry, context: context, done: done))
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if starts { Task { await self.write(on: database) } }
        }
    }

    /// Writes batch after batch until nobody waits.
    private func write(on database: any Database) async {
        while true {
            let batch = state.withLock { state in
                let batch = state.waiting
                state.waiting.removeAll()
                if batch.isEmpty { state.writing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                let entries = batch.map { (entry: $0.entry, context: $0.context) }
                try await database.writeTransaction { db in try await WriteContext.record(entries, on: db) }
                for waiting in batch { waiting.done.resume() }
            } catch {
                for waiting in batch { waiting.done.resume(throwing: error) }
            }
        }
    }
}

extension Application {
    private struct AuditReadsKey: StorageKey {
        typealias Value = AuditReads
    }

    /// The process's group commit of stand-alone audit events (`AuditReads`).
    /// Set once at start-up (`configure`); storage is not written while serving.
    package var auditReads: AuditReads {
        get { storage[AuditReadsKey.self] ?? AuditReads() }
        set { storage[AuditReadsKey.self] = newValue }
    }
}

extension Request {
    /// Records a stand-alone audit event (no other write goes with it) in the next group
    /// commit, and returns once it is committed.
    package func auditAlone(_ entry: AuditEntry) async throws {
        try await application.auditReads.record(entry, context: writeContext, on: application.db)
    }
}
