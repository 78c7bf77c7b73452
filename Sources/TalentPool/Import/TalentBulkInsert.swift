import Fluent
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
    /// statement is only assembled here. `key` is set by the writer (`nextKeys`).
    package struct Item: Sendable {
        package var id = UUID()
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

    /// `importID`: the web import writing the rows in batches, which may take them back.
    package static func insert(_ items: [Item], now: Date, importID: UUID? = nil, on sql: any SQLDatabase) async throws
    {
        let postgres = TalentSearchIndex.isPostgres(sql)
        for start in stride(from: 0, to: items.count, by: rowsPerStatement) {
            let chunk = items[start..<min(start + rowsPerStatement, items.count)]
            var values = SQLQueryString("")
            for (offset, item) in chunk.enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation(row(item, now: now, importID: importID, postgres: postgres))
            }
            try await sql.raw(
                """
                INSERT INTO talents (id, name, gender, birth_date, resident_id_cipher, resident_id_index, \
                resident_id_masked, mobile_cipher, mobile_masked, email, district_code, education_level, school, major, \
                graduation_year, employer_id, skills, consent_at, consent_version, consent_purpose, status, \
                created_at, updated_at, search_key, import_id\(unsafeRaw: postgres ? ", search_vector" : "")) VALUES \(values)
                """
            ).run()
        }
        let attributes = items.flatMap { item in
            item.record.codedAttributes.map { (item.id, $0.kind.rawValue, $0.code) }
        }
        for start in stride(from: 0, to: attributes.count, by: 1000) {
            var values = SQLQueryString("")
            for (offset, row) in attributes[start..<min(start + 1000, attributes.count)].enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation(
                    "(\(bind: UUID()), \(bind: row.0), \(bind: row.1), \(bind: row.2))" as SQLQueryString)
            }
            try await sql.raw("INSERT INTO talent_attributes (id, talent_id, kind, code) VALUES \(values)").run()
        }
        try await TalentSearchIndex.insert(items.map { ($0.key, $0.document) }, on: sql)
    }

    /// One `talents` row, in the column order of the statement above.
    private static func row(_ item: Item, now: Date, importID: UUID?, postgres: Bool) -> SQLQueryString {
        let record = item.record
        let id = record.residentID
        var row: SQLQueryString = """
            (\(bind: item.id), \(bind: record.name), \(bind: id.gender.rawValue), \(bind: id.birthDate.description), \
            \(bind: item.residentCipher), \(bind: item.residentIndex), \(bind: id.masked), \(bind: item.mobileCipher), \
            \(bind: record.mobile?.masked), \(bind: record.email), \(bind: record.districtCode), \
            \(bind: record.educationLevel?.rawValue), \(bind: record.school), \(bind: record.major), \
            \(bind: record.graduationYear), \(bind: record.employerID), \(bind: record.skills.joined(separator: "\n")), \
            \(bind: now), \(bind: TalentConsent.version), \(bind: TalentConsent.purpose), 'active', \
            \(bind: now), \(bind: now), \(bind: item.key), \(bind: importID)
            """
        if postgres { row.appendInterpolation(", \(TalentSearchIndex.vector(item.document))" as SQLQueryString) }
        row.appendLiteral(")")
        return row
    }
}
