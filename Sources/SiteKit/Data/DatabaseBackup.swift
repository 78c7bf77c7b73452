import Fluent
import Foundation
import SQLKit
import Vapor

/// `talent backup` and `talent restore`: a copy of the whole database that can be taken
/// while the platform serves, and put back into an empty data folder or database.
///
/// - SQLite: `VACUUM INTO` writes a consistent, compacted copy of the database as of one
///   moment, while other connections go on reading and writing (WAL); restoring copies it
///   into place and checks it (`PRAGMA integrity_check`).
/// - PostgreSQL: `pg_dump` in its custom format (compressed, restorable table by table)
///   and `pg_restore` in one transaction, found on `PATH` or in Debian's
///   `/usr/lib/postgresql/*/bin`. The password goes to them in `PGPASSWORD`, never on a
///   command line other users can list.
///
/// The secret key is not in a backup: ID and mobile numbers stay encrypted in it, and the
/// key (`TALENT_SECRET_KEY`, or `secret.key` in the data folder) is kept apart.
package enum DatabaseBackup {
    package enum Problem: Error, Equatable {
        case fileExists(String)
        case notABackup(String, engine: String)
        case targetNotEmpty
        case toolMissing(String)
        case toolFailed(String, status: Int32, output: String)
        case damaged(String)
    }

    package static func backup(_ choice: AppConfig.DatabaseChoice, db: any Database, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw Problem.fileExists(path) }
        switch choice {
        case .sqlite:
            guard let sql = db as? any SQLDatabase else { return }
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        case let .postgres(url, schema):
            try await run(
                "pg_dump",
                ["--format=custom", "--no-owner", "--no-privileges", "--file", path]
                    + (schema.map { ["--schema", $0] } ?? []), url: url)
        }
    }

    /// Into an empty target only: restoring over live data would mix two histories.
    package static func restore(_ choice: AppConfig.DatabaseChoice, db: any Database, from path: String) async throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw Problem.notABackup(path, engine: choice.engineName)
        }
        defer { try? file.close() }
        let head = try file.read(upToCount: 16) ?? Data()
        switch choice {
        case let .sqlite(target):
            guard head.starts(with: Array("SQLite format 3".utf8)) else {
                throw Problem.notABackup(path, engine: "SQLite")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
            guard size == 0 else { throw Problem.targetNotEmpty }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
            try FileManager.default.copyItem(atPath: path, toPath: target)
            guard let sql = db as? any SQLDatabase else { return }
            let check = try await sql.raw("PRAGMA integrity_check").all()
            let verdict = try check.first?.decode(column: "integrity_check", as: String.self)
            guard verdict == "ok" else { throw Problem.damaged(verdict ?? "no answer") }
        case let .postgres(url, _):
            guard head.starts(with: Array("PGDMP".utf8)) else { throw Problem.notABackup(path, engine: "PostgreSQL") }
            guard let sql = db as? any SQLDatabase else { return }
            let tables = try await sql.raw(
                "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()"
            ).first()?.decode(column: "n", as: Int.self)
            guard (tables ?? 0) == 0 else { throw Problem.targetNotEmpty }
            try await run(
                "pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", path],
                url: url)
        }
    }

    /// Runs a PostgreSQL client tool against `url`, its password in the environment.
    private static func run(_ tool: String, _ arguments: [String], url: String) async throws {
        guard let executable = locate(tool) else { throw Problem.toolMissing(tool) }
        var components = URLComponents(string: url)
        var environment = ProcessInfo.processInfo.environment
        if let password = components?.password {
            environment["PGPASSWORD"] = password
            components?.password = nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + ["--dbname", components?.string ?? url]
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Read before waiting: a tool that fills the pipe would otherwise never finish.
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Problem.toolFailed(tool, status: process.terminationStatus, output: String(text.suffix(2000)))
        }
    }

    private static func locate(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let debian =
            ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .sorted { $0.compare($1, options: .numeric) == .orderedDescending }
            .map { "/usr/lib/postgresql/\($0)/bin" }
        return (paths + debian).map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension Application {
    private struct DatabaseChoiceKey: StorageKey {
        typealias Value = AppConfig.DatabaseChoice
    }

    /// The database the application was configured with (for `talent backup` / `restore`).
    package var databaseChoice: AppConfig.DatabaseChoice? {
        get { storage[DatabaseChoiceKey.self] }
        set { storage[DatabaseChoiceKey.self] = newValue }
    }
}

extension DatabaseBackup.Problem {
    package func message(_ m: Messages) -> String {
        switch self {
        case let .fileExists(path): m(.backupFileExists(path: path))
        case let .notABackup(path, engine): m(.backupNotABackup(path: path, engine: engine))
        case .targetNotEmpty: m(.restoreTargetNotEmpty)
        case let .toolMissing(tool): m(.backupToolMissing(tool: tool))
        case let .toolFailed(tool, status, output):
            m(.backupToolFailed(tool: tool, status: String(status))) + "\n" + output
        case let .damaged(verdict): m(.restoreDamaged(verdict: verdict))
        }
    }
}
