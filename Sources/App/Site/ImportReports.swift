import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Reports of refused rows as the platform keeps them (issue 14, defect 4: they used to
/// hold every cell in clear text, for ever, untouched by erasure):
/// - identifier cells masked (`ImportHeader.maskingIdentifiers`), the row number and the
///   other cells still find the row in the uploader's file;
/// - the whole CSV sealed with the personal-data key (AES-GCM), like ID numbers;
/// - removed after `TALENT_IMPORT_REPORT_DAYS` days (`Housekeeping`);
/// - removed when a person they mention is erased: `import_report_subjects` names each
///   report's people by keyed hash (of the ID number as typed, and of the profile id).
enum ImportReports {
    static func seal(_ csv: [UInt8], cipher: PersonalDataCipher) throws -> String {
        try cipher.seal(data: Data(csv))
    }

    /// The CSV, or nil if the stored text does not open under the key.
    static func open(_ stored: String, cipher: PersonalDataCipher) -> [UInt8]? {
        cipher.openData(stored).map { [UInt8]($0) }
    }

    /// Whom a report mentions: each ID number as typed (upper-cased, spaces removed) and
    /// each profile id, as the keys `remember` stores and `forget` looks for.
    static func subjects(
        residentIDs: some Sequence<String>, profileIDs: some Sequence<UUID> = [],
        cipher: PersonalDataCipher
    ) -> Set<String> {
        var subjects = Set<String>()
        for text in residentIDs {
            let normalized = String(text.uppercased().filter { !$0.isWhitespace })
            if !normalized.isEmpty { subjects.insert(residentKey(index: cipher.index(normalized))) }
        }
        for id in profileIDs { subjects.insert(profileKey(id)) }
        return subjects
    }

    /// The subject key of a stored profile's ID number, from its blind index.
    static func residentKey(index: String) -> String { "r:" + index }
    static func profileKey(_ id: UUID) -> String { "t:" + id.uuidString.lowercased() }

    static func remember(_ subjects: Set<String>, of importID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, !subjects.isEmpty else { return }
        let rows = Array(subjects)
        for start in stride(from: 0, to: rows.count, by: 1000) {
            var values = SQLQueryString("")
            for (offset, subject) in rows[start..<min(start + 1000, rows.count)].enumerated() {
                if offset > 0 { values.appendLiteral(", ") }
                values.appendInterpolation("(\(bind: UUID()), \(bind: importID), \(bind: subject))" as SQLQueryString)
            }
            try await sql.raw("INSERT INTO import_report_subjects (id, import_id, subject) VALUES \(values)").run()
        }
    }

    /// Removes every stored report that mentions one of `subjects` (a person erased).
    static func forget(mentioning subjects: Set<String>, on db: any Database) async throws {
        guard !subjects.isEmpty else { return }
        let imports = try await ImportReportSubject.query(on: db).filter(\.$subject ~~ Array(subjects)).all()
            .map(\.importID)
        try await remove(Array(Set(imports)), on: db)
    }

    /// Removes the reports of imports made before `cutoff`; returns how many there were.
    @discardableResult
    static func expire(before cutoff: Date, on db: any Database) async throws -> Int {
        let talent = try await TalentImport.query(on: db).filter(\.$report != nil).filter(\.$createdAt < cutoff).all(
            \.$id)
        let enrollment = try await EnrollmentImport.query(on: db).filter(\.$report != nil).filter(\.$createdAt < cutoff)
            .all(\.$id)
        try await remove(talent + enrollment, on: db)
        return talent.count + enrollment.count
    }

    private static func remove(_ importIDs: [UUID], on db: any Database) async throws {
        for start in stride(from: 0, to: importIDs.count, by: 500) {
            let chunk = Array(importIDs[start..<min(start + 500, importIDs.count)])
            try await TalentImport.query(on: db).filter(\.$id ~~ chunk).set(\.$report, to: nil).update()
            try await EnrollmentImport.query(on: db).filter(\.$id ~~ chunk).set(\.$report, to: nil).update()
            try await ImportReportSubject.query(on: db).filter(\.$importID ~~ chunk).delete()
        }
    }
}

/// One person a stored report mentions, by keyed hash (see `ImportReports`).
final class ImportReportSubject: Model, @unchecked Sendable {
    static let schema = "import_report_subjects"

    @ID(key: .id) var id: UUID?
    @Field(key: "import_id") var importID: UUID
    @Field(key: "subject") var subject: String

    init() {}
}
