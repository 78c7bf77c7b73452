import Fluent
import SQLKit
import Synchronization

extension Database {
    /// A transaction for writes that other requests may make at the same moment. Its body
    /// runs exactly once: never again after a failed attempt.
    ///
    /// PostgreSQL: a plain transaction; concurrent writers wait on each other's row locks.
    ///
    /// SQLite lets one connection write at a time. A transaction that reads and then
    /// writes can find, when it comes to write, that another one committed in between;
    /// SQLite then fails it at once (`SQLITE_BUSY`), and the only remedy was to run the
    /// body again — with the models its first attempt had already changed (issue 14: an
    /// approved erasure skipped the account on its second run). So here a write
    /// transaction takes the write lock before its body runs: it waits its turn in this
    /// process's queue (first come, first served, holding no pooled connection while it
    /// waits, so reads go on), then begins with a write, which waits for a writer in
    /// another process (a CLI import) instead of failing. Nested calls join the
    /// enclosing transaction.
    package func writeTransaction<Result: Sendable>(_ body: @Sendable @escaping (any Database) async throws -> Result)
        async throws -> Result
    {
        guard !inTransaction, let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        return try await SQLiteWriteQueue.shared.run {
            try await transaction { db in
                try await (db as! any SQLDatabase).raw(SQLiteWriteQueue.takeWriteLock).run()
                return try await body(db)
            }
        }
    }
}

/// The order in which this process's SQLite write transactions get the write lock.
///
/// One queue for the process: a server runs one database file. (The tests run many
/// files in one process; the queue then orders their writes too, which costs them a
/// little time and changes no result.)
package final class SQLiteWriteQueue: Sendable {
    package static let shared = SQLiteWriteQueue()

    /// The first statement of a write transaction: a write that changes nothing. SQLite
    /// takes the write lock for it, waiting for another writer rather than failing, since
    /// the transaction has read nothing yet. `audit_head` is there from the first migration.
    package static let takeWriteLock: SQLQueryString =
        "UPDATE audit_head SET last_sequence = last_sequence WHERE id = 0"

    private struct State {
        package var held = false
        package var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Marks the tasks inside a queued transaction: a write transaction started there on
    /// another `Database` than the enclosing one would wait for the lock its own caller
    /// holds. That is a programming error, reported at once instead of hanging.
    @TaskLocal private static var holding = false

    package func run<Result>(_ body: () async throws -> Result) async throws -> Result {
        guard !Self.holding else { throw NestedWriteTransaction() }
        await acquire()
        defer { release() }
        return try await Self.$holding.withValue(true) { try await body() }
    }

    package struct NestedWriteTransaction: Error, CustomStringConvertible {
        package var description: String {
            "a write transaction was started inside another on a different Database value"
        }
    }

    private func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state in
                if state.held {
                    state.waiting.append(continuation)
                    return false
                }
                state.held = true
                return true
            }
            if now { continuation.resume() }
        }
    }

    /// Hands the lock straight to the longest waiter, if any.
    private func release() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.waiting.isEmpty {
                state.held = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}
