import Fluent
import FluentPostgresDriver
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

    /// The columns of a new profile, in the order each engine's writer gives them.
    static let columns = """
        id, name, gender, birth_date, resident_id_cipher, resident_id_index, resident_id_masked, mobile_cipher, \
        mobile_masked, email, district_code, education_level, school, major, graduation_year, employer_id, skills, \
        consent_at, consent_version, consent_purpose, status, created_at, updated_at, search_key, import_id
        """

    /// `importID`: the web import writing the rows in batches, which may take them back.
    /// `load`: a command-line import's load, which may take SQLite's search words.
    package static func insert(
        _ items: [Item], now: Date, importID: UUID? = nil, load: TalentBulkLoad? = nil, on sql: any SQLDatabase
    ) async throws {
        guard !items.isEmpty else { return }
        var ids = TimeOrderedIDs(now: now)
        let rows = items.map { (id: ids.next(), item: $0) }
        if let postgres = sql as? any PostgresDatabase, TalentSearchIndex.isPostgres(sql) {
            try await copy(rows, ids: ids, now: now, importID: importID, on: postgres, logger: sql.logger)
        } else if let sqlite = sql as? any SQLiteDatabase {
            try await insert(rows, ids: ids, now: now, importID: importID, load: load, on: sqlite)
        } else {
            preconditionFailure("TalentBulkInsert: neither SQLite nor PostgreSQL")
        }
    }
}
