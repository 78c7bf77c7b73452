import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain

/// Runs a bulk import: every row is checked; by default one bad row means nothing is
/// written (atomic); `partial` writes the good rows; `upsert` updates profiles whose ID
/// number is already in the pool instead of refusing them.
///
/// `run` (the command line) checks and writes in batches inside one transaction, so
/// memory stays flat for a million rows; once a row fails in atomic mode, later rows are
/// only checked (for the report) and the transaction is rolled back at the end. The web
/// upload runs `runInBatches` (`TalentImporter+Batches.swift`) instead, which lets other
/// requests write while it runs.
package struct TalentImporter {
    package struct Options: Sendable {
        package var partial = false
        package var upsert = false

        package init(partial: Bool = false, upsert: Bool = false) {
            (self.partial, self.upsert) = (partial, upsert)
        }
    }

    package struct Summary: Sendable {
        package var rows = 0
        package var created = 0
        package var updated = 0
        package var problems: [TalentImportRowProblem] = []
        /// The cells of each refused row, by row number, for the report.
        package var rejectedRows: [Int: [String]] = [:]
        /// The file's header: its cells and where each column is.
        package var header: TalentImportHeader
        /// Whether anything was committed.
        package var wrote = false

        package var rejected: Int { Set(problems.map(\.row)).count }
    }

    /// Refused rows kept with their cells for the report; beyond this only the reasons.
    package static let maxReportedRows = 100_000
    package static let batchSize = 1000

    package var options: Options
    package var cipher: PersonalDataCipher
    package var policy: PolicyDocument
    package var today: CalendarDate
    /// When the rows are written (`created_at`), from the caller's clock.
    package var now: Date

    package init(options: Options, cipher: PersonalDataCipher, policy: PolicyDocument, today: CalendarDate, now: Date) {
        self.options = options
        self.cipher = cipher
        self.policy = policy
        self.today = today
        self.now = now
    }

    /// Imports `source`; `progress(rowsChecked)` is called after every batch.
    package func run(
        _ source: TalentImportSource, on database: any Database,
        context: WriteContext,
        progress: @escaping @Sendable (Int) async -> Void
    ) async throws -> Summary {
        let lookups = try await Self.lookups(policy: policy, today: today, on: database)
        let names = try await IndexNames(on: database)
        do {
            let summary = try await database.withBulkWriteSettings { connection in
                try await connection.writeTransaction { db in
                    let load = try await TalentBulkLoad.begin(on: db as! any SQLDatabase)
                    return try await importRows(
                        source, lookups: lookups, names: names, load: load, on: db, context: context,
                        progress: progress)
                }
            }
            try await Self.tidyIndexes(after: summary, on: database)
            return summary
        } catch let rollback as Rollback {
            var summary = rollback.summary
            (summary.created, summary.updated) = (0, 0)
            return summary
        }
    }

    /// Reads, checks and writes every row inside the caller's transaction.
    ///
    /// Three stages overlap on two cores: while a batch is written (`write`, the database
    /// on its own thread), the next is encrypted and split into search words (`prepare`)
    /// and the one after is read and checked. Batches are written in file order, one at a
    /// time: each batch's task waits for the previous one's write.
    private func importRows(
        _ source: TalentImportSource, lookups: TalentImportLookups, names: IndexNames, load: TalentBulkLoad,
        on db: any Database, context: WriteContext,
        progress: @escaping @Sendable (Int) async -> Void
    ) async throws -> Summary {
        var source = source
        var validator = TalentImportValidator(header: source.header, lookups: lookups)
        var summary = Summary(header: source.header)
        var batch: [(row: Int, record: TalentRecord, cells: [String])] = []
        var inFlight: [Task<BatchOutcome, any Error>] = []
        // Starts a batch's preparing and writing, and waits while two are ahead of it.
        func handOver() async throws {
            let rows = batch
            batch.removeAll(keepingCapacity: true)
            // Once an atomic import has a bad row nothing will be kept: only check the rest.
            let writes = options.partial || summary.problems.isEmpty
            let previous = inFlight.last
            inFlight.append(
                Task { [self] in
                    let prepared = try prepare(rows, names: names)
                    _ = try await previous?.value
                    return try await write(prepared, writes: writes, load: load, events: context.events, on: db)
                })
            if inFlight.count > 2 { merge(try await inFlight.removeFirst().value, into: &summary) }
            await progress(summary.rows)
        }
        do {
            while let (number, cells) = try source.next() {
                summary.rows += 1
                guard summary.rows <= TalentImportSource.maxRows else {
                    throw ImportFileProblem.tooManyRows(max: TalentImportSource.maxRows)
                }
                switch validator.validate(row: number, cells: cells) {
                case let .invalid(problems):
                    Self.reject(number, cells, problems, into: &summary)
                case let .valid(record):
                    batch.append((number, record, cells))
                }
                if batch.count == Self.batchSize { try await handOver() }
            }
            if !batch.isEmpty { try await handOver() }
            for task in inFlight { merge(try await task.value, into: &summary) }
            inFlight = []
        } catch {
            // The transaction ends with this error: the writers must be done with it first.
            for task in inFlight { _ = try? await task.value }
            throw error
        }
        await progress(summary.rows)
        if summary.rows == 0 { throw ImportFileProblem.noRows }
        guard options.partial || summary.problems.isEmpty else { throw Rollback(summary: summary) }
        try await load.finish(on: db as! any SQLDatabase)
        try await context.record(
            AuditEntry(
                .talentImport, entityID: nil,
                changedFields: [
                    "rows:\(summary.rows)", "created:\(summary.created)", "updated:\(summary.updated)",
                    "rejected:\(summary.rejected)",
                    "mode:\(options.partial ? "partial" : "atomic")\(options.upsert ? "+upsert" : "")",
                ]), on: db)
        summary.wrote = summary.created + summary.updated > 0
        return summary
    }

    /// After a large import. PostgreSQL plans a search by how common each word is, and
    /// its statistics are stale until autovacuum gets round to them: refresh them now.
    /// SQLite's FTS5 index has grown a segment per batch: when the import is a good part
    /// of the pool, merge them into one (about 14 s for a million profiles), which makes
    /// every look-up — above all the probes of `probeInOrder` — about twice as fast.
    package static func tidyIndexes(after summary: Summary, on db: any Database) async throws {
        guard summary.created + summary.updated >= 10_000, let sql = db as? any SQLDatabase else { return }
        if TalentSearchIndex.isPostgres(sql) {
            try await sql.raw("ANALYZE talents").run()
            try await sql.raw("ANALYZE talent_attributes").run()
        } else {
            let pool =
                try await sql.raw("SELECT COUNT(*) AS n FROM talents").first()?.decode(column: "n", as: Int.self) ?? 0
            guard summary.created * 4 >= pool else { return }
            try await sql.raw("INSERT INTO talent_search (talent_search) VALUES ('optimize')").run()
        }
    }

    /// Thrown inside the transaction to undo it when an atomic import has bad rows.
    private struct Rollback: Error {
        var summary: Summary
    }

    package static func reject(
        _ number: Int, _ cells: [String], _ problems: [TalentImportRowProblem], into summary: inout Summary
    ) {
        summary.problems += problems
        if summary.rejectedRows.count < maxReportedRows { summary.rejectedRows[number] = cells }
    }

    /// A checked batch made ready for the database: each new profile's identifiers
    /// sealed, blind-indexed and split into search words.
    package struct PreparedBatch: Sendable {
        package var rows: [(row: Int, cells: [String], item: TalentBulkInsert.Item)]
    }

    /// What writing a batch did, merged into the summary in file order.
    package struct BatchOutcome: Sendable {
        package var created = 0
        package var updated = 0
        package var rejected: [(row: Int, cells: [String], problem: TalentImportRowProblem)] = []
    }

    /// The CPU half of a batch: no database access, so it runs while the previous batch
    /// is being written.
    package func prepare(_ batch: [(row: Int, record: TalentRecord, cells: [String])], names: IndexNames) throws
        -> PreparedBatch
    {
        try PreparedBatch(
            rows: batch.map { entry in
                let record = entry.record
                let fields = TalentSearchIndex.Document.Fields(
                    name: record.name, skills: record.skills, major: record.major, school: record.school,
                    districtCode: record.districtCode, educationLevel: record.educationLevel?.rawValue,
                    birthDate: record.residentID.birthDate.description)
                let employer = record.employerID.flatMap { names.organizations[$0] }
                var shared = employer.flatMap { names.organizationTokens[$0.id ?? UUID()] } ?? []
                for code in record.occupations { shared += names.occupationTokens[code] ?? [] }
                let document = TalentSearchIndex.Document(
                    fields: fields, attributes: record.codedAttributes,
                    employer: employer, sharedTokens: shared)
                let item = try TalentBulkInsert.Item(record: record, document: document, cipher: cipher)
                return (entry.row, entry.cells, item)
            })
    }

    /// The database half: checks the batch against the pool (blind index), updates or
    /// refuses profiles already there, and inserts the new ones unless `writes` is false
    /// (an atomic import that already has a bad row). `undo`: the web import writing in
    /// batches, whose new rows carry its id and whose updates keep the profile as it was.
    /// `events`: told of each profile an update changes (`TalentProfileChanged`), as an
    /// edit on the page would tell them; the import records one audit entry for the file.
    package func write(
        _ batch: PreparedBatch, writes: Bool, undo importID: UUID? = nil, load: TalentBulkLoad? = nil,
        events: EventSubscribers? = nil, on db: any Database
    ) async throws -> BatchOutcome {
        var outcome = BatchOutcome()
        guard !batch.rows.isEmpty, let sql = db as? any SQLDatabase else { return outcome }
        // Under the current key and, while keys are rotated, the previous ones.
        let indexes = batch.rows.map {
            [$0.item.residentIndex] + cipher.previousIndexes($0.item.record.residentID.value)
        }
        let existing = try await Talent.query(on: db).filter(\.$residentIDIndex ~~ indexes.flatMap { $0 }).all()
        let byIndex = Dictionary(
            existing.map { ($0.residentIDIndex ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var fresh: [TalentBulkInsert.Item] = []
        for (entry, indexes) in zip(batch.rows, indexes) {
            guard let talent = indexes.lazy.compactMap({ byIndex[$0] }).first else {
                fresh.append(entry.item)
                continue
            }
            guard options.upsert, talent.status != "erased" else {
                outcome.rejected.append(
                    (entry.row, entry.cells, .init(row: entry.row, column: .residentID, problem: .existsInPool)))
                continue
            }
            if options.partial || (writes && outcome.rejected.isEmpty) {
                if let importID { try await TalentImportUndo.keep(talent, for: importID, cipher: cipher, on: db) }
                let changed = try await TalentStore.update(
                    talent, with: entry.item.record, cipher: cipher, context: nil, on: db)
                if !changed.isEmpty {
                    outcome.updated += 1
                    try await events?.publish(TalentProfileChanged(talentID: talent.requireID()), on: db)
                }
            }
        }
        guard options.partial || (writes && outcome.rejected.isEmpty), !fresh.isEmpty else { return outcome }
        let keys = try await TalentSearchIndex.nextKeys(fresh.count, on: sql)
        for index in fresh.indices { fresh[index].key = keys[index] }
        try await TalentBulkInsert.insert(fresh, now: now, importID: importID, load: load, on: sql)
        outcome.created = fresh.count
        return outcome
    }

    package func merge(_ outcome: BatchOutcome, into summary: inout Summary) {
        summary.created += outcome.created
        summary.updated += outcome.updated
        for rejection in outcome.rejected {
            Self.reject(rejection.row, rejection.cells, [rejection.problem], into: &summary)
        }
    }

    /// What rows are checked against, loaded once per import.
    package static func lookups(policy: PolicyDocument, today: CalendarDate, on db: any Database) async throws
        -> TalentImportLookups
    {
        var districts: [String: String] = [:]
        for district in try await District.query(on: db).all() {
            guard let code = district.id else { continue }
            for name in [code, district.nameZh, district.nameEn] { districts[name.lowercased()] = code }
        }
        var employers: [String: UUID] = [:]
        for organization in try await Organization.query(on: db).all() {
            if let id = organization.id { employers[organization.creditCode] = id }
        }
        func codes(_ items: [(code: String, zh: String, en: String)]) -> [String: String] {
            var map: [String: String] = [:]
            for item in items { for name in [item.code, item.zh, item.en.lowercased()] { map[name] = item.code } }
            return map
        }
        return TalentImportLookups(
            districts: districts,
            occupations: Set(try await Occupation.query(on: db).all().compactMap(\.id)),
            employers: employers,
            categories: codes(policy.talentCategories.map { ($0.code, $0.name.zh, $0.name.en) }),
            keyGroups: codes(policy.keyGroups.map { ($0.code, $0.name.zh, $0.name.en) }),
            today: today)
    }

    /// What the search index needs for each new row: employers, and the words of their
    /// names and of occupation names, split once.
    package struct IndexNames {
        package var organizations: [UUID: Organization] = [:]
        package var organizationTokens: [UUID: [String]] = [:]
        package var occupationTokens: [String: [String]] = [:]

        package init(on db: any Database) async throws {
            for organization in try await Organization.query(on: db).all() {
                guard let id = organization.id else { continue }
                organizations[id] = organization
                organizationTokens[id] = SearchTokens.document([organization.name])
            }
            for occupation in try await Occupation.query(on: db).all() {
                if let code = occupation.id {
                    occupationTokens[code] = SearchTokens.document([occupation.nameZh, occupation.nameEn])
                }
            }
        }
    }
}
