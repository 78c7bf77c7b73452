import Fluent
import SQLKit
import Vapor

/// Moves every sealed value and blind index (`SealedColumns`) to the current key, a batch
/// of rows per transaction, while the platform keeps serving (issue 20, deliver 6).
///
/// It can stop at any point — a crash, a kill — and simply be run again: a value already
/// under the current key is left as it is, so a second run only does what the first did
/// not. Each row is written only if it still holds what was read (a compare-and-set), so
/// a profile edited meanwhile is not put back; it is counted and taken again in the next
/// pass (the edit sealed it under the current key, which every instance must run by then).
package struct KeyRotation: Sendable {
    /// What a pass found in one table (`dryRun`: what it would do).
    package struct Tally: Sendable, Equatable {
        package var rows = 0
        /// Values sealed under a previous key, sealed anew under the current one.
        package var resealed = 0
        /// Blind indexes recomputed under the current key.
        package var reindexed = 0
        /// Values no configured key opens: left as they are, and reported.
        package var unreadable = 0
        /// Rows changed between the read and the write: taken again in the next pass.
        package var changedMeanwhile = 0

        package init() {}

        static func + (lhs: Tally, rhs: Tally) -> Tally {
            var sum = lhs
            sum.rows += rhs.rows
            sum.resealed += rhs.resealed
            sum.reindexed += rhs.reindexed
            sum.unreadable += rhs.unreadable
            sum.changedMeanwhile += rhs.changedMeanwhile
            return sum
        }
    }

    package let cipher: PersonalDataCipher
    package let tables: [SealedColumns]
    package var batchSize = 500
    /// Stops after this many batches have been written (a test's crash); nil runs to the end.
    package var batchLimit: Int?

    package init(cipher: PersonalDataCipher, tables: [SealedColumns]) {
        (self.cipher, self.tables) = (cipher, tables)
    }

    package struct Stopped: Error {}

    /// Every table, in passes until one changes nothing meanwhile (at most 5). Returns the
    /// tally of each table, summed over the passes; `progress` hears of every batch.
    package func run(
        on db: any Database, dryRun: Bool = false,
        progress: @Sendable (String, Tally) -> Void = { _, _ in }
    ) async throws -> [String: Tally] {
        var totals: [String: Tally] = [:]
        var batches = 0
        for table in tables {
            var pass = 0
            repeat {
                pass += 1
                let tally = try await run(table, on: db, dryRun: dryRun, batches: &batches, progress: progress)
                totals[table.table] = (totals[table.table] ?? Tally()) + tally
                if tally.changedMeanwhile == 0 || dryRun { break }
            } while pass < 5
        }
        return totals
    }

    private func run(
        _ table: SealedColumns, on db: any Database, dryRun: Bool, batches: inout Int,
        progress: @Sendable (String, Tally) -> Void
    ) async throws -> Tally {
        guard let sql = db as? any SQLDatabase else { return Tally() }
        var tally = Tally()
        var last: UUID?
        let read = [table.key] + table.columns.map(\.name) + (table.blindIndex.map { [$0.column] } ?? [])
        while true {
            let after: SQLQueryString = last.map { "WHERE \(ident: table.key) > \(bind: $0)" } ?? ""
            let rows = try await sql.raw(
                """
                SELECT \(unsafeRaw: read.joined(separator: ", ")) FROM \(ident: table.table) \(after) \
                ORDER BY \(ident: table.key) LIMIT \(unsafeRaw: String(batchSize))
                """
            ).all()
            guard let lastRow = rows.last else { break }
            last = try lastRow.decode(column: table.key, as: UUID.self)
            var changes: [Change] = []
            for row in rows {
                tally.rows += 1
                if let change = try change(of: row, in: table, tally: &tally) { changes.append(change) }
            }
            if !dryRun, !changes.isEmpty {
                if let batchLimit, batches >= batchLimit { throw Stopped() }
                batches += 1
                let missed = try await db.writeTransaction { [changes] db in
                    try await Self.write(changes, to: table, on: db)
                }
                tally.changedMeanwhile += missed
            }
            progress(table.table, tally)
            if rows.count < batchSize { break }
        }
        return tally
    }

    /// A row's new values, and what they replace (the compare-and-set's condition).
    private struct Change: Sendable {
        var id: UUID
        var old: [String: SQLValue]
        var new: [String: SQLValue]
        var reindexed: (old: String, new: String)?
    }

    private enum SQLValue: Sendable, Encodable {
        case text(String?)
        case binary(Data?)

        var isNull: Bool {
            switch self {
            case let .text(value): value == nil
            case let .binary(value): value == nil
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case let .text(value): try container.encode(value)
            case let .binary(value): try container.encode(value)
            }
        }
    }

    private func change(of row: any SQLRow, in table: SealedColumns, tally: inout Tally) throws -> Change? {
        var change = Change(id: try row.decode(column: table.key, as: UUID.self), old: [:], new: [:])
        var plaintexts: [String: Data] = [:]
        for column in table.columns {
            let stored: SQLValue
            let box: Data?
            if column.binary {
                let value = try row.decode(column: column.name, as: Data?.self)
                (stored, box) = (.binary(value), value)
            } else {
                let value = try row.decode(column: column.name, as: String?.self)
                (stored, box) = (.text(value), value.flatMap { Data(base64Encoded: $0) })
            }
            change.old[column.name] = stored
            guard !stored.isNull else { continue }
            guard let box, let plaintext = cipher.openBox(box) else {
                tally.unreadable += 1
                continue
            }
            plaintexts[column.name] = plaintext
            guard !cipher.isSealedWithCurrentKey(box) else { continue }
            let sealed = try cipher.sealedBox(plaintext)
            change.new[column.name] = column.binary ? .binary(sealed) : .text(sealed.base64EncodedString())
            tally.resealed += 1
        }
        if let index = table.blindIndex, let plaintext = plaintexts[index.of] {
            let stored = try row.decode(column: index.column, as: String?.self)
            let current = cipher.index(String(decoding: plaintext, as: UTF8.self))
            change.old[index.column] = .text(stored)
            if stored != current {
                change.new[index.column] = .text(current)
                change.reindexed = stored.map { ($0, current) }
                tally.reindexed += 1
            }
        }
        return change.new.isEmpty ? nil : change
    }

    /// Writes each change whose row still holds what was read; returns how many did not.
    private static func write(_ changes: [Change], to table: SealedColumns, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        var missed = 0
        var reindexed: [(old: String, new: String)] = []
        for change in changes {
            var statement: SQLQueryString = "UPDATE \(ident: table.table) SET "
            for (offset, (column, value)) in change.new.sorted(by: { $0.key < $1.key }).enumerated() {
                statement.appendInterpolation(offset == 0 ? "" : ", " as SQLQueryString)
                statement.appendInterpolation("\(ident: column) = \(bind: value)" as SQLQueryString)
            }
            statement.appendInterpolation(" WHERE \(ident: table.key) = \(bind: change.id)" as SQLQueryString)
            for (column, value) in change.old.sorted(by: { $0.key < $1.key }) {
                statement.appendInterpolation(
                    value.isNull
                        ? " AND \(ident: column) IS NULL" as SQLQueryString
                        : " AND \(ident: column) = \(bind: value)" as SQLQueryString)
            }
            statement.appendInterpolation(" RETURNING \(ident: table.key)" as SQLQueryString)
            if try await sql.raw(statement).all().isEmpty {
                missed += 1
            } else if let pair = change.reindexed {
                reindexed.append(pair)
            }
        }
        if let index = table.blindIndex, !reindexed.isEmpty { try await index.reindexed(reindexed, db) }
        return missed
    }
}
