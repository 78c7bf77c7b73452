import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain

/// Taking back an import broken off half-way (see `TalentImporter.runInBatches`): the
/// profiles it changed are put back as they were and the ones it created are removed,
/// each a batch per transaction like the import itself.
extension TalentImportUndo {
    /// What an upsert is about to change on a profile, sealed: its own fields and codes.
    package struct Snapshot: Codable {
        package var name: String
        package var mobile: String?
        package var email: String?
        package var districtCode: String
        package var educationLevel: String?
        package var school: String?
        package var major: String?
        package var graduationYear: Int?
        package var employerID: UUID?
        package var skills: [String]
        package var codes: [String: [String]]
    }

    /// Keeps `talent` as it is now, before the import `importID` changes it.
    package static func keep(_ talent: Talent, for importID: UUID, cipher: PersonalDataCipher, on db: any Database)
        async throws
    {
        let id = try talent.requireID()
        let attributes = try await TalentAttribute.query(on: db).filter(\.$talent.$id == id).all()
        let snapshot = Snapshot(
            name: talent.name, mobile: talent.mobileCipher.flatMap(cipher.open), email: talent.email,
            districtCode: talent.districtCode, educationLevel: talent.educationLevel, school: talent.school,
            major: talent.major,
            graduationYear: talent.graduationYear, employerID: talent.$employer.id, skills: talent.skillList,
            codes: Dictionary(grouping: attributes, by: \.kind.rawValue).mapValues { $0.map(\.code) })
        try await TalentImportUndo(
            importID: importID, talentID: id,
            snapshot: cipher.seal(data: JSONEncoder().encode(snapshot))
        ).create(on: db)
    }

    /// Puts back what import `importID` changed and removes what it created. Profiles that
    /// others have used since (enrolled, certified, …) stay; returns how many those are.
    @discardableResult
    /// `events` hear of each profile restored (`TalentProfileChanged`), as of an edit.
    static func revert(
        _ importID: UUID, cipher: PersonalDataCipher, events: EventSubscribers, on database: any Database
    ) async throws -> Int {
        while try await database.writeTransaction({ db in
            try await restoreSome(of: importID, cipher: cipher, events: events, on: db)
        }) {}
        while try await database.writeTransaction({ db in try await removeSome(of: importID, on: db) }) {}
        let kept =
            try await (database as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM talents WHERE import_id = \(bind: importID)"
            )
            .first()?.decode(column: "n", as: Int.self) ?? 0
        return kept
    }

    /// Restores up to 200 changed profiles; true while more are left.
    private static func restoreSome(
        of importID: UUID, cipher: PersonalDataCipher, events: EventSubscribers, on db: any Database
    ) async throws -> Bool {
        let rows = try await TalentImportUndo.query(on: db).filter(\.$importID == importID).limit(200).all()
        for row in rows {
            if let talent = try await Talent.find(row.talentID, on: db),
                let stored = talent.residentIDCipher.flatMap(cipher.open),
                let residentID = try? ResidentID(stored, today: Self.farFuture),
                let data = cipher.openData(row.snapshot),
                let snapshot = try? JSONDecoder().decode(Snapshot.self, from: data)
            {
                let record = TalentRecord(
                    name: snapshot.name, residentID: residentID,
                    mobile: snapshot.mobile.flatMap { try? MobileNumber($0) },
                    email: snapshot.email, districtCode: snapshot.districtCode,
                    educationLevel: snapshot.educationLevel.flatMap(EducationLevel.init(rawValue:)),
                    school: snapshot.school,
                    major: snapshot.major, graduationYear: snapshot.graduationYear, employerID: snapshot.employerID,
                    occupations: snapshot.codes[TalentAttribute.Kind.occupation.rawValue] ?? [],
                    skills: snapshot.skills,
                    categories: snapshot.codes[TalentAttribute.Kind.category.rawValue] ?? [],
                    keyGroups: snapshot.codes[TalentAttribute.Kind.keyGroup.rawValue] ?? [])
                if try await !TalentStore.update(talent, with: record, cipher: cipher, context: nil, on: db).isEmpty {
                    try await events.publish(TalentProfileChanged(talentID: talent.requireID()), on: db)
                }
            }
            try await row.delete(on: db)
        }
        return rows.count == 200
    }

    /// Removes up to 1,000 profiles the import created and nobody has used since; true
    /// while more are left.
    private static func removeSome(of importID: UUID, on db: any Database) async throws -> Bool {
        let sql = db as! any SQLDatabase
        // Every table that refers to a profile, except its own attributes (which go with it).
        let unused = Self.referencingTables.map { table in
            "NOT EXISTS (SELECT 1 FROM \(table) r WHERE r.talent_id = talents.id)"
        }.joined(separator: " AND ")
        let doomed = try await sql.raw(
            """
            SELECT id, search_key FROM talents WHERE import_id = \(bind: importID) AND \(unsafeRaw: unused) LIMIT 1000
            """
        ).all()
        guard !doomed.isEmpty else { return false }
        let ids = try doomed.map { try $0.decode(column: "id", as: UUID.self) }
        let keys = try doomed.map { try $0.decode(column: "search_key", as: Int64?.self) ?? 0 }
        try await TalentSearchIndex.removeAll(keys: keys, on: sql)
        try await Talent.query(on: db).filter(\.$id ~~ ids).delete()
        return doomed.count == 1000
    }

    /// A stored ID number was checked when it was stored; only its parts are needed here.
    private static let farFuture = CalendarDate("9999-12-31")!

    /// The tables with a `talent_id` that refers to `talents` (`CreateTalent` cascades its
    /// attributes); `ReferencingTablesTests` keeps the list in step with the schema.
    package static let referencingTables = [
        "erasure_requests", "enrollments", "certificates", "vouchers", "course_completions", "talent_import_undo",
        "applications", "subsidy_ledger", "title_recognitions",
        "loan_ledger", "nomination_candidates", "job_seekers", "job_seeker_cards", "job_applications",
    ]
}
