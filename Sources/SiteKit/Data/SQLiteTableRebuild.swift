import Fluent
import SQLKit

/// SQLite cannot drop a column's NOT NULL or add a constraint to a table it has: the
/// table is made again, as SQLite's documentation prescribes ("Making other kinds of
/// table schema changes"). On one connection, with foreign keys off (they cannot be
/// turned off inside a transaction): in one transaction, the new table from the old
/// one's definition as `change` rewrites it, every row copied, the old table dropped,
/// the new one renamed to its name — the tables referring to it then refer to it — and
/// its indexes made again; then the foreign keys are checked before the commit.
package enum SQLiteTableRebuild {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String

        package init(description: String) { self.description = description }
    }

    package static func rebuild(
        _ table: String, on database: any Database, change: @escaping @Sendable (String) throws -> String
    ) async throws {
        try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("PRAGMA foreign_keys = OFF").run()
            do {
                try await connection.transaction { db in try await rebuild(table, change, on: db as! any SQLDatabase) }
            } catch {
                try await sql.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
        }
    }

    private static func rebuild(
        _ table: String, _ change: (String) throws -> String, on sql: any SQLDatabase
    ) async throws {
        guard
            let definition = try await sql.raw(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
            ).first()?.decode(column: "sql", as: String.self)
        else { throw Failure(description: "no table \(table)") }
        let indexes = try await sql.raw(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL"
        ).all().map { try $0.decode(column: "sql", as: String.self) }
        let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
            .map { "\"\(try $0.decode(column: "name", as: String.self))\"" }.joined(separator: ", ")
        let rebuilt = "\(table)_rebuilt"
        let changed = try change(definition)
        guard let start = changed.range(of: "\"\(table)\"") ?? changed.range(of: " \(table) ") else {
            throw Failure(description: "the definition of \(table) does not name it")
        }
        try await sql.raw(SQLQueryString(changed.replacingCharacters(in: start, with: "\"\(rebuilt)\""))).run()
        // Built as Strings first: interpolating into an `SQLQueryString` would bind or
        // escape, and these are names the statement needs verbatim.
        let statements: [String] = [
            "INSERT INTO \"\(rebuilt)\" (\(columns)) SELECT \(columns) FROM \"\(table)\"",
            "DROP TABLE \"\(table)\"", "ALTER TABLE \"\(rebuilt)\" RENAME TO \"\(table)\"",
        ]
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
        for index in indexes { try await sql.raw(SQLQueryString(index)).run() }
        let broken = try await sql.raw("PRAGMA foreign_key_check").all()
        guard broken.isEmpty else {
            throw Failure(description: "\(broken.count) rows refer to nothing after the rebuild")
        }
    }

    /// `definition` with `old` replaced by `new`, which must be there exactly once.
    package static func replacing(_ old: String, with new: String, in definition: String) throws -> String {
        guard definition.components(separatedBy: old).count == 2 else {
            throw Failure(description: "expected \(old) once in \(definition)")
        }
        return definition.replacingOccurrences(of: old, with: new)
    }

    /// `definition` with `columns` after its columns (SQLite wants them before the table's
    /// constraints) and `constraints` at its end.
    package static func adding(columns: String, constraints: String, to definition: String) throws -> String {
        guard let close = definition.lastIndex(of: ")") else {
            throw Failure(description: "no closing parenthesis in \(definition)")
        }
        var changed = definition[..<close] + ", " + constraints + definition[close...]
        let columnsEnd = changed.range(of: ", CONSTRAINT ")?.lowerBound ?? changed.index(before: changed.endIndex)
        changed.insert(contentsOf: ", " + columns, at: columnsEnd)
        return changed
    }
}
