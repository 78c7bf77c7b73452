import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Inserts many new profiles with a few multi-row statements instead of one statement
/// per row: talents, their coded attributes and their search index entries. The caller
/// holds the transaction and has checked every record.
package enum TalentBulkInsert {
    /// Rows per statement: 28 values a talent keeps a statement under PostgreSQL's
    /// 65,535 parameters, and SQLite prepares it in well under a millisecond.
    package static let rowsPerStatement = 500

    /// A checked new profile with its identifiers already sealed and indexed, so that the
    /// statement is only assembled here. `key` is set by the writer (`nextKeys`), the row
    /// ids by `insert` (`TimeOrderedIDs`).
    package struct Item: Sendable {
        package var key: Int64 = 0
        package var record: TalentRecord
        package var document: TalentSearchIndex.Document
        package var residentCipher: String
        package var residentIndex: String
        package var mobileCipher: String?

        package init(record: TalentRecord, document: TalentSearchIndex.Document, cipher: PersonalDataCipher) throws {
            (self.record, self.document) = (record, document)
            residentCipher = try cipher.seal(record.residentID.value)
            residentIndex = cipher.index(record.residentID.value)
            mobileCipher = try record.mobile.map { try cipher.seal($0.value) }
        }
    }

    /// The columns of a new profile, in the order `row` and `sqliteRow` give them.
    private static let columns = """
        id, name, gender, birth_date, resident_id_cipher, resident_id_index, resident_id_masked, mobile_cipher, \
        mobile_masked, email, district_code, education_level, school, major, graduation_year, employer_id, skills, \
        consent_at, consent_version, consent_purpose, status, created_at, updated_at, search_key, import_id
        """

    /// `importID`: the web import writing the rows in batches, which may take them back.
    /// `load`: a command-line import's SQLite load, which takes the search words.
    package static func insert(
        _ items: [Item], now: Date, importID: UUID? = nil, load: SQLiteBulkLoad? = nil, on sql: any SQLDatabase
    ) async throws {
        var ids = TimeOrderedIDs(now: now)
        let rows = items.map { (id: ids.next(), item: $0) }
        if let sqlite = sql as? any SQLiteDatabase, !TalentSearchIndex.isPostgres(sql) {
            try await insert(rows, ids: ids, now: now, importID: importID, load: load, on: sqlite)
            return
        }
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            var values = SQLQueryString("")
            for (offset, row) in chunk.enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation(Self.row(row.item, id: row.id, now: now, importID: importID))
            }
            try await sql.raw(
                "INSERT INTO talents (\(unsafeRaw: columns), search_vector) VALUES \(values)"
            ).run()
        }
        let attributes = rows.flatMap { row in
            row.item.record.codedAttributes.map { (ids.next(), row.id, $0.kind.rawValue, $0.code) }
        }
        for start in stride(from: 0, to: attributes.count, by: 1000) {
            var values = SQLQueryString("")
            for (offset, row) in attributes[start..<min(start + 1000, attributes.count)].enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation(
                    "(\(bind: row.0), \(bind: row.1), \(bind: row.2), \(bind: row.3))" as SQLQueryString)
            }
            try await sql.raw("INSERT INTO talent_attributes (id, talent_id, kind, code) VALUES \(values)").run()
        }
    }

    /// SQLite: the values go to SQLite as they are stored (a UUID as its text, a date as
    /// seconds since 1970, as Fluent writes them) rather than through SQLKit's `Encodable`
    /// binds, which were a tenth of an import's time.
    private static func insert(
        _ rows: [(id: UUID, item: Item)], ids: TimeOrderedIDs, now: Date, importID: UUID?, load: SQLiteBulkLoad?,
        on sqlite: any SQLiteDatabase
    ) async throws {
        var ids = ids
        let stamp = SQLiteData.float(now.timeIntervalSince1970)
        let importText = importID.map { SQLiteData.text($0.uuidString) } ?? .null
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * 25)
            for row in chunk { sqliteRow(row.item, id: row.id, stamp: stamp, importID: importText, into: &binds) }
            _ = try await sqlite.query(
                "INSERT INTO talents (\(columns)) VALUES \(placeholders(rows: chunk.count, columns: 25))", binds)
        }
        var attributes: [SQLiteData] = []
        var count = 0
        for row in rows {
            for attribute in row.item.record.codedAttributes {
                attributes += [
                    .text(ids.next().uuidString), .text(row.id.uuidString), .text(attribute.kind.rawValue),
                    .text(attribute.code),
                ]
                count += 1
                if count == 1000 {
                    try await insertAttributes(attributes, count: count, on: sqlite)
                    (attributes, count) = ([], 0)
                }
            }
        }
        if count > 0 { try await insertAttributes(attributes, count: count, on: sqlite) }
        // A command-line load stages the words; FTS5 takes them all at once (`SQLiteBulkLoad`).
        let index =
            load == nil
            ? "talent_search (rowid, name, other, facets)" : "\(SQLiteBulkLoad.stagingTable) (key, name, other, facets)"
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            var words: [SQLiteData] = []
            words.reserveCapacity(chunk.count * 4)
            for row in chunk {
                let document = row.item.document
                words += [
                    .integer(Int(row.item.key)), .text(document.name.joined(separator: " ")),
                    .text(document.other.joined(separator: " ")), .text(document.facets.joined(separator: " ")),
                ]
            }
            _ = try await sqlite.query(
                "INSERT INTO \(index) VALUES \(placeholders(rows: chunk.count, columns: 4))", words)
        }
    }

    private static func insertAttributes(_ binds: [SQLiteData], count: Int, on sqlite: any SQLiteDatabase)
        async throws
    {
        _ = try await sqlite.query(
            "INSERT INTO talent_attributes (id, talent_id, kind, code) VALUES \(placeholders(rows: count, columns: 4))",
            binds)
    }

    /// `(?, ?, …), (?, ?, …)…`: `rows` groups of `columns` parameters.
    private static func placeholders(rows: Int, columns: Int) -> String {
        let group = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        return Array(repeating: group, count: rows).joined(separator: ", ")
    }

    /// One `talents` row's values for SQLite, in the order of `columns`.
    private static func sqliteRow(
        _ item: Item, id rowID: UUID, stamp: SQLiteData, importID: SQLiteData, into binds: inout [SQLiteData]
    ) {
        let record = item.record
        let id = record.residentID
        func text(_ value: String?) -> SQLiteData { value.map(SQLiteData.text) ?? .null }
        binds += [
            .text(rowID.uuidString), .text(record.name), .text(id.gender.rawValue), .text(id.birthDate.description),
            .text(item.residentCipher), .text(item.residentIndex), .text(id.masked), text(item.mobileCipher),
            text(record.mobile?.masked), text(record.email), .text(record.districtCode),
            text(record.educationLevel?.rawValue), text(record.school), text(record.major),
            record.graduationYear.map { .integer($0) } ?? .null, text(record.employerID?.uuidString),
            .text(record.skills.joined(separator: "\n")), stamp, .text(TalentConsent.version),
            .text(TalentConsent.purpose), .text("active"), stamp, stamp, .integer(Int(item.key)), importID,
        ]
    }

    /// One `talents` row for PostgreSQL, in the order of `columns`, and its search words.
    private static func row(_ item: Item, id rowID: UUID, now: Date, importID: UUID?) -> SQLQueryString {
        let record = item.record
        let id = record.residentID
        var row: SQLQueryString = """
            (\(bind: rowID), \(bind: record.name), \(bind: id.gender.rawValue), \(bind: id.birthDate.description), \
            \(bind: item.residentCipher), \(bind: item.residentIndex), \(bind: id.masked), \(bind: item.mobileCipher), \
            \(bind: record.mobile?.masked), \(bind: record.email), \(bind: record.districtCode), \
            \(bind: record.educationLevel?.rawValue), \(bind: record.school), \(bind: record.major), \
            \(bind: record.graduationYear), \(bind: record.employerID), \(bind: record.skills.joined(separator: "\n")), \
            \(bind: now), \(bind: TalentConsent.version), \(bind: TalentConsent.purpose), 'active', \
            \(bind: now), \(bind: now), \(bind: item.key), \(bind: importID)
            """
        row.appendInterpolation(", \(TalentSearchIndex.vector(item.document)))" as SQLQueryString)
        return row
    }
}
