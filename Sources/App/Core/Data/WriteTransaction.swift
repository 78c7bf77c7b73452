import Fluent
import FluentSQLiteDriver

extension Database {
    /// A transaction for writes that other requests may make at the same moment.
    ///
    /// SQLite lets one connection write at a time. When two transactions on different
    /// connections both read and then write, SQLite breaks the deadlock by failing one
    /// with `SQLITE_BUSY` at once, without waiting. That transaction has been rolled back
    /// whole, so it is run again from the start, after a short pause that grows, up to
    /// `attempts` times. PostgreSQL waits on row locks instead and never takes this path.
    func writeTransaction<Result: Sendable>(attempts: Int = 30,
                                            _ body: @Sendable @escaping (any Database) async throws -> Result)
        async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await transaction(body)
            } catch let error as SQLiteError where Self.isBusy(error) && attempt < attempts {
                try await Task.sleep(for: .milliseconds(2 * attempt))
                attempt += 1
            }
        }
    }

    private static func isBusy(_ error: SQLiteError) -> Bool {
        switch error.reason {
        case .busy, .busyTimeout, .busyInSnapshot, .locked: true
        default: false
        }
    }
}
