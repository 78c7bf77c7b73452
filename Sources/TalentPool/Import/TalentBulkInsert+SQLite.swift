import FluentSQLiteDriver
import Foundation
import SiteKit
import TalentDomain

extension TalentBulkInsert {
    /// SQLite: the values go to SQLite as they are stored (a UUID as its text, a date as
    /// seconds since 1970, as Fluent writes them) rather than through SQLKit's `Encodable`
    /// binds, which were a tenth of an import's time.
    static func insert(
        _ rows: [(id: UUID, item: Item)], ids: TimeOrderedIDs, now: Date, importID: UUID?, load: TalentBulkLoad?,
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
        // A command-line load stages the words; FTS5 takes them all at once (`TalentBulkLoad`).
        let index =
            load?.stagesWords != true
            ? "talent_search (rowid, name, other, facets)" : "\(TalentBulkLoad.stagingTable) (key, name, other, facets)"
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

}
