import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// The web upload's import, which others can write alongside (issue 14: one transaction
/// for a whole file held SQLite's only write lock for a minute and more).
///
/// 1. Check: every row is read and checked, against the pool too, without writing. An
///    atomic import with a refused row ends here, having written nothing.
/// 2. Write: the rows are read again and written `batchSize` at a time, each batch its
///    own transaction, so other requests' writes go in between. New profiles carry the
///    import's id and profiles an upsert changes are kept as they were
///    (`TalentImportUndo`): an import broken off half-way — a profile that someone else
///    created meanwhile, a database error, a crash — is taken back whole (`revert`), so
///    an atomic import still leaves all of its file or none.
/// 3. Finish: the audit event, in a transaction of its own, once every batch is in.
///
/// `progress` is called within each batch's transaction (and about every second while
/// checking): the runner keeps it on the import's row with the lease, so every instance
/// sees how far the import is and whether it is still alive.
extension TalentImporter {
    package struct Progress: Sendable {
        package var checked: Int
        package var written: Int
    }

    /// A profile that another request created or changed after the check: in atomic
    /// mode, the import is taken back and refused with these rows.
    private struct ConflictAfterCheck: Error {
        var rejected: [(row: Int, cells: [String], problem: TalentImportRowProblem)]
    }

    package func runInBatches(
        _ source: TalentImportSource, importID: UUID, on database: any Database,
        context: WriteContext,
        progress: @escaping @Sendable (Progress, any Database) async throws -> Void
    ) async throws -> Summary {
        let lookups = try await Self.lookups(policy: policy, today: today, on: database)
        var summary = try await check(source, lookups: lookups, on: database, progress: progress)
        guard options.partial || summary.problems.isEmpty else { return summary }
        let names = try await IndexNames(on: database)
        do {
            try await writeChecked(
                source, lookups: lookups, names: names, importID: importID, into: &summary,
                on: database, events: context.events, progress: progress)
        } catch let conflict as ConflictAfterCheck {
            try await TalentImportUndo.revert(importID, cipher: cipher, events: context.events, on: database)
            (summary.created, summary.updated) = (0, 0)
            for rejection in conflict.rejected {
                Self.reject(rejection.row, rejection.cells, [rejection.problem], into: &summary)
            }
            return summary
        } catch {
            try await TalentImportUndo.revert(importID, cipher: cipher, events: context.events, on: database)
            throw error
        }
        try await database.writeTransaction { [summary, options] db in
            try await context.record(
                AuditEntry(
                    .talentImport, entityID: importID.uuidString,
                    changedFields: [
                        "rows:\(summary.rows)", "created:\(summary.created)", "updated:\(summary.updated)",
                        "rejected:\(summary.rejected)",
                        "mode:\(options.partial ? "partial" : "atomic")\(options.upsert ? "+upsert" : "")",
                    ]), on: db)
            try await TalentImportUndo.query(on: db).filter(\.$importID == importID).delete()
        }
        try await Self.tidyIndexes(after: summary, on: database)
        summary.wrote = summary.created + summary.updated > 0
        return summary
    }

    /// Reads and checks every row, and looks the valid ones up in the pool a batch at a
    /// time; writes nothing but progress.
    private func check(
        _ source: TalentImportSource, lookups: TalentImportLookups, on database: any Database,
        progress: @escaping @Sendable (Progress, any Database) async throws -> Void
    ) async throws -> Summary {
        var source = source
        var validator = TalentImportValidator(header: source.header, lookups: lookups)
        var summary = Summary(header: source.header)
        // Each row's index under every configured key: a profile not yet re-indexed by
        // `talent keys rotate` still carries a previous key's.
        var pending: [(row: Int, indexes: [String], cells: [String])] = []
        var reported = ContinuousClock.now
        func lookUp() async throws {
            let found = try await Talent.query(on: database).filter(\.$residentIDIndex ~~ pending.flatMap(\.indexes))
                .field(\.$residentIDIndex).field(\.$status).all()
            let byIndex = Dictionary(
                found.map { ($0.residentIDIndex ?? "", $0.status) }, uniquingKeysWith: { first, _ in first })
            for entry in pending {
                guard let status = entry.indexes.lazy.compactMap({ byIndex[$0] }).first,
                    !options.upsert || status == "erased"
                else { continue }
                Self.reject(
                    entry.row, entry.cells, [.init(row: entry.row, column: .residentID, problem: .existsInPool)],
                    into: &summary)
            }
            pending.removeAll(keepingCapacity: true)
            if ContinuousClock.now - reported > .seconds(1) {
                reported = .now
                try await database.writeTransaction { [rows = summary.rows] db in
                    try await progress(.init(checked: rows, written: 0), db)
                }
            }
        }
        while let (number, cells) = try source.next() {
            summary.rows += 1
            guard summary.rows <= TalentImportSource.maxRows else {
                throw ImportFileProblem.tooManyRows(max: TalentImportSource.maxRows)
            }
            switch validator.validate(row: number, cells: cells) {
            case let .invalid(problems): Self.reject(number, cells, problems, into: &summary)
            case let .valid(record): pending.append((number, cipher.indexes(record.residentID.value), cells))
            }
            if pending.count == Self.batchSize { try await lookUp() }
        }
        if !pending.isEmpty { try await lookUp() }
        if summary.rows == 0 { throw ImportFileProblem.noRows }
        summary.problems.sort { $0.row < $1.row }
        return summary
    }

    /// Reads the file again and writes the rows the check accepted, a batch per transaction.
    private func writeChecked(
        _ source: TalentImportSource, lookups: TalentImportLookups, names: IndexNames,
        importID: UUID, into summary: inout Summary, on database: any Database, events: EventSubscribers,
        progress: @escaping @Sendable (Progress, any Database) async throws -> Void
    ) async throws {
        var source = source
        var validator = TalentImportValidator(header: source.header, lookups: lookups)
        let refused = Set(summary.problems.map(\.row))
        var batch: [(row: Int, record: TalentRecord, cells: [String])] = []
        var written = 0
        func writeBatch() async throws {
            let prepared = try prepare(batch, names: names)
            batch.removeAll(keepingCapacity: true)
            let reached = Progress(checked: summary.rows, written: written + prepared.rows.count)
            let outcome = try await database.writeTransaction { [self] db in
                let outcome = try await write(prepared, writes: true, undo: importID, events: events, on: db)
                if !options.partial, !outcome.rejected.isEmpty { throw ConflictAfterCheck(rejected: outcome.rejected) }
                try await progress(reached, db)
                return outcome
            }
            written = reached.written
            merge(outcome, into: &summary)
        }
        while let (number, cells) = try source.next() {
            // The check refused this row, or duplicates an earlier one: the validator must
            // still see it, so later rows are judged as they were.
            guard case let .valid(record) = validator.validate(row: number, cells: cells), !refused.contains(number)
            else { continue }
            batch.append((number, record, cells))
            if batch.count == Self.batchSize { try await writeBatch() }
        }
        if !batch.isEmpty { try await writeBatch() }
    }
}
