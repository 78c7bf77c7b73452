import Fluent
import Foundation
import SQLKit
import TalentDomain

/// Runs a bulk import (CLI and web upload): every row is checked; by default one bad
/// row means nothing is written (atomic); `partial` writes the good rows; `upsert`
/// updates profiles whose ID number is already in the pool instead of refusing them.
///
/// Rows are checked and written in batches inside one transaction, so memory stays flat
/// for a million rows; once a row fails in atomic mode, later rows are only checked (for
/// the report) and the transaction is rolled back at the end.
struct TalentImporter {
    struct Options: Sendable {
        var partial = false
        var upsert = false
    }

    struct Summary: Sendable {
        var rows = 0
        var created = 0
        var updated = 0
        var problems: [TalentImportRowProblem] = []
        /// The cells of each refused row, by row number, for the report.
        var rejectedRows: [Int: [String]] = [:]
        var header: [String] = []
        /// Whether anything was committed.
        var wrote = false

        var rejected: Int { Set(problems.map(\.row)).count }
    }

    /// Refused rows kept with their cells for the report; beyond this only the reasons.
    static let maxReportedRows = 100_000
    static let batchSize = 1000

    var options: Options
    var cipher: PersonalDataCipher
    var policy: PolicyDocument
    var today: CalendarDate

    /// Imports `source`; `progress(rowsChecked)` is called after every batch.
    func run(_ source: TalentImportSource, on database: any Database, audit: @escaping @Sendable (AuditEntry, any Database) async throws -> Void,
             progress: @escaping @Sendable (Int) async -> Void) async throws -> Summary {
        let lookups = try await Self.lookups(policy: policy, today: today, on: database)
        let names = try await IndexNames(on: database)
        do {
            let summary = try await database.transaction { db in
                // A million rows touch every page of several indexes: a 256 MB page cache
                // (this connection only, given back at the end) keeps them in memory.
                try await Self.pageCache(megabytes: 256, on: db)
                do {
                    let summary = try await importRows(source, lookups: lookups, names: names, on: db, audit: audit,
                                                       progress: progress)
                    try await Self.pageCache(megabytes: nil, on: db)
                    return summary
                } catch {
                    try? await Self.pageCache(megabytes: nil, on: db)
                    throw error
                }
            }
            try await Self.refreshStatistics(after: summary, on: database)
            return summary
        } catch let rollback as Rollback {
            var summary = rollback.summary
            (summary.created, summary.updated, summary.header) = (0, 0, source.header.names)
            return summary
        }
    }

    /// Reads, checks and writes every row inside the caller's transaction.
    private func importRows(_ source: TalentImportSource, lookups: TalentImportLookups, names: IndexNames,
                            on db: any Database, audit: @escaping @Sendable (AuditEntry, any Database) async throws -> Void,
                            progress: @escaping @Sendable (Int) async -> Void) async throws -> Summary {
        var source = source
        var validator = TalentImportValidator(header: source.header, lookups: lookups)
        var summary = Summary()
        var batch: [(row: Int, record: TalentRecord, cells: [String])] = []
        while let (number, cells) = try source.next() {
            summary.rows += 1
            guard summary.rows <= TalentImportSource.maxRows else {
                throw TalentImportFileProblem.tooManyRows(max: TalentImportSource.maxRows)
            }
            switch validator.validate(row: number, cells: cells) {
            case let .invalid(problems):
                Self.reject(number, cells, problems, into: &summary)
            case let .valid(record):
                batch.append((number, record, cells))
            }
            if batch.count == Self.batchSize {
                try await flush(batch, &summary, names, on: db)
                batch.removeAll(keepingCapacity: true)
                await progress(summary.rows)
            }
        }
        try await flush(batch, &summary, names, on: db)
        await progress(summary.rows)
        if summary.rows == 0 { throw TalentImportFileProblem.noRows }
        guard options.partial || summary.problems.isEmpty else { throw Rollback(summary: summary) }
        try await audit(AuditEntry(action: "talent.import", entityType: "talent", entityID: nil, changedFields: [
            "rows:\(summary.rows)", "created:\(summary.created)", "updated:\(summary.updated)",
            "rejected:\(summary.rejected)", "mode:\(options.partial ? "partial" : "atomic")\(options.upsert ? "+upsert" : "")",
        ]), db)
        summary.wrote = summary.created + summary.updated > 0
        summary.header = source.header.names
        return summary
    }

    /// PostgreSQL plans a search by how common each word is; after a large import its
    /// statistics are stale until autovacuum gets round to them, so refresh them now.
    private static func refreshStatistics(after summary: Summary, on db: any Database) async throws {
        guard summary.created + summary.updated >= 10_000, let sql = db as? any SQLDatabase,
              TalentSearchIndex.isPostgres(sql) else { return }
        try await sql.raw("ANALYZE talents").run()
        try await sql.raw("ANALYZE talent_attributes").run()
    }

    /// SQLite's page cache for this connection: `nil` restores the default (2 MB).
    private static func pageCache(megabytes: Int?, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(megabytes.map { -$0 * 1024 } ?? -2000))").run()
    }

    /// Thrown inside the transaction to undo it when an atomic import has bad rows.
    private struct Rollback: Error {
        var summary: Summary
    }

    private static func reject(_ number: Int, _ cells: [String], _ problems: [TalentImportRowProblem], into summary: inout Summary) {
        summary.problems += problems
        if summary.rejectedRows.count < maxReportedRows { summary.rejectedRows[number] = cells }
    }

    /// Checks a batch against the pool (blind index) and writes it — unless an atomic
    /// import already has a bad row, when writing is pointless.
    private func flush(_ batch: [(row: Int, record: TalentRecord, cells: [String])], _ summary: inout Summary,
                       _ names: IndexNames, on db: any Database) async throws {
        guard !batch.isEmpty, let sql = db as? any SQLDatabase else { return }
        let indexes = batch.map { cipher.index($0.record.residentID.value) }
        let existing = try await Talent.query(on: db).filter(\.$residentIDIndex ~~ indexes).all()
        let byIndex = Dictionary(existing.map { ($0.residentIDIndex ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var fresh: [(row: Int, record: TalentRecord)] = []
        for (item, index) in zip(batch, indexes) {
            if let talent = byIndex[index] {
                guard options.upsert, talent.status != "erased" else {
                    Self.reject(item.row, item.cells, [.init(row: item.row, column: .residentID, problem: .existsInPool)],
                                into: &summary)
                    continue
                }
                if options.partial || summary.problems.isEmpty {
                    let changed = try await TalentStore.update(talent, with: item.record, cipher: cipher, on: db) { _ in }
                    if !changed.isEmpty { summary.updated += 1 }
                }
            } else {
                fresh.append((item.row, item.record))
            }
        }
        guard options.partial || summary.problems.isEmpty, !fresh.isEmpty else { return }
        let keys = try await TalentSearchIndex.nextKeys(fresh.count, on: sql)
        let items = zip(fresh, keys).map { entry, key in
            let record = entry.record
            let talent = Talent()
            (talent.name, talent.skills, talent.major, talent.school) = (record.name, record.skills.joined(separator: "\n"), record.major, record.school)
            (talent.districtCode, talent.educationLevel, talent.birthDate) = (record.districtCode, record.educationLevel?.rawValue, record.residentID.birthDate.description)
            let employer = record.employerID.flatMap { names.organizations[$0] }
            var shared = employer.flatMap { names.organizationTokens[$0.id ?? UUID()] } ?? []
            for code in record.occupations { shared += names.occupationTokens[code] ?? [] }
            let document = TalentSearchIndex.Document(talent: talent, attributes: record.codedAttributes,
                                                      employer: employer, sharedTokens: shared)
            return TalentBulkInsert.Item(id: UUID(), key: key, record: record, document: document)
        }
        try await TalentBulkInsert.insert(items, cipher: cipher, now: Date(), on: sql)
        summary.created += items.count
    }

    /// What rows are checked against, loaded once per import.
    static func lookups(policy: PolicyDocument, today: CalendarDate, on db: any Database) async throws -> TalentImportLookups {
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
    private struct IndexNames {
        var organizations: [UUID: Organization] = [:]
        var organizationTokens: [UUID: [String]] = [:]
        var occupationTokens: [String: [String]] = [:]

        init(on db: any Database) async throws {
            for organization in try await Organization.query(on: db).all() {
                guard let id = organization.id else { continue }
                organizations[id] = organization
                organizationTokens[id] = SearchTokens.document([organization.name])
            }
            for occupation in try await Occupation.query(on: db).all() {
                if let code = occupation.id { occupationTokens[code] = SearchTokens.document([occupation.nameZh, occupation.nameEn]) }
            }
        }
    }
}
