import Fluent
import Foundation
import SQLKit
import TalentDomain
import Vapor

/// Reports of refused rows as the platform keeps them (issue 14, defect 4: they used to
/// hold every cell in clear text, for ever, untouched by erasure):
/// - identifier cells masked (`ImportHeader.maskingIdentifiers`), the row number and the
///   other cells still find the row in the uploader's file;
/// - the whole CSV sealed with the personal-data key (AES-GCM), like ID numbers;
/// - removed after `TALENT_IMPORT_REPORT_DAYS` days (a sweep of each importing capability);
/// - removed when a person they mention is erased (`TalentErased`): `import_report_subjects` names each
///   report's people by keyed hash (of the ID number as typed, and of the profile id).
package enum ImportReports {
    package static func seal(_ csv: [UInt8], cipher: PersonalDataCipher) throws -> String {
        try cipher.seal(data: Data(csv))
    }

    /// The CSV, or nil if the stored text does not open under the key.
    package static func open(_ stored: String, cipher: PersonalDataCipher) -> [UInt8]? {
        cipher.openData(stored).map { [UInt8]($0) }
    }

    /// Whom a report mentions: each ID number as typed (upper-cased, spaces removed) and
    /// each profile id, as the keys `remember` stores and `forget` looks for.
    package static func subjects(
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
    package static func residentKey(index: String) -> String { "r:" + index }
    package static func profileKey(_ id: UUID) -> String { "t:" + id.uuidString.lowercased() }

    /// After a key rotation re-indexed profiles: the reports that name them by their old
    /// index name them by the new one, so that erasing them still removes those reports.
    package static func rekey(_ pairs: [(old: String, new: String)], on db: any Database) async throws {
        let renamed = Dictionary(pairs.map { (residentKey(index: $0.old), residentKey(index: $0.new)) }) { $1 }
        let found = try await ImportReportSubject.query(on: db).filter(\.$subject ~~ Array(renamed.keys)).all()
        for subject in found {
            guard let new = renamed[subject.subject] else { continue }
            subject.subject = new
            try await subject.save(on: db)
        }
    }

    package static func remember(_ subjects: Set<String>, of importID: UUID, on db: any Database) async throws {
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

    /// Removes the stored reports of `Import` that mention one of `subjects` (a person
    /// erased). Each capability with import reports forgets its own, following the
    /// talent pool's erasure event.
    package static func forget<Import: ReportingImport>(
        _: Import.Type, mentioning subjects: Set<String>, on db: any Database
    ) async throws {
        guard !subjects.isEmpty else { return }
        let mentioned = try await ImportReportSubject.query(on: db).filter(\.$subject ~~ Array(subjects)).all()
            .map(\.importID)
        try await remove(Import.self, Array(Set(mentioned)), on: db)
    }

    /// Removes the reports of `Import` made before `cutoff`; returns how many there were.
    @discardableResult
    package static func expire<Import: ReportingImport>(
        _: Import.Type, before cutoff: Date, on db: any Database
    ) async throws -> Int {
        let expired = try await Import.query(on: db).filter(Import.reportField != nil)
            .filter(Import.createdAtField < cutoff).all(\._$id)
        try await remove(Import.self, expired, on: db)
        return expired.count
    }

    /// Empties the reports of those of `importIDs` that are imports of `Import`, and
    /// forgets whom they mentioned.
    private static func remove<Import: ReportingImport>(
        _: Import.Type, _ importIDs: [UUID], on db: any Database
    ) async throws {
        for start in stride(from: 0, to: importIDs.count, by: 500) {
            let chunk = Array(importIDs[start..<min(start + 500, importIDs.count)])
            let own = try await Import.query(on: db).filter(\._$id ~~ chunk).all(\._$id)
            guard !own.isEmpty else { continue }
            try await Import.query(on: db).filter(\._$id ~~ own).set(Import.reportField, to: nil).update()
            try await ImportReportSubject.query(on: db).filter(\.$importID ~~ own).delete()
        }
    }

    /// How many days a report is kept (`TALENT_IMPORT_REPORT_DAYS`).
    package static func cutoff(_ app: Application, now: Date) -> Date {
        now.addingTimeInterval(-Double(app.importReportDays) * 86_400)
    }
}

/// An import whose refused rows are kept as a sealed report (`ImportReports`).
package protocol ReportingImport: Model where IDValue == UUID {
    static var reportField: KeyPath<Self, OptionalFieldProperty<Self, String>> { get }
    static var createdAtField: KeyPath<Self, TimestampProperty<Self, DefaultTimestampFormat>> { get }
}

extension Application {
    private struct ReportDaysKey: StorageKey {
        typealias Value = Int
    }

    /// `TALENT_IMPORT_REPORT_DAYS`.
    package var importReportDays: Int {
        get { storage[ReportDaysKey.self] ?? 30 }
        set { storage[ReportDaysKey.self] = newValue }
    }
}

/// One person a stored report mentions, by keyed hash (see `ImportReports`).
package final class ImportReportSubject: Model, @unchecked Sendable {
    package static let schema = "import_report_subjects"

    @ID(key: .id) package var id: UUID?
    @Field(key: "import_id") package var importID: UUID
    @Field(key: "subject") package var subject: String

    package init() {}
}
