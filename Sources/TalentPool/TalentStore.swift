import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain

/// Writes a validated profile: identifiers sealed and indexed, coded attributes as rows,
/// and the audit event — inside the caller's transaction. Staff entry and
/// self-registration both come through here.
package enum TalentStore {
    package static func create(
        _ valid: TalentInput.Valid, userID: UUID?, cipher: PersonalDataCipher,
        context: WriteContext, on db: any Database
    ) async throws -> Talent {
        let talent = Talent()
        talent.$user.id = userID
        talent.name = valid.name
        talent.gender = valid.residentID.gender.rawValue
        talent.birthDate = valid.residentID.birthDate.description
        talent.residentIDCipher = try cipher.seal(valid.residentID.value)
        talent.residentIDIndex = cipher.index(valid.residentID.value)
        talent.residentIDMasked = valid.residentID.masked
        talent.mobileCipher = try valid.mobile.map { try cipher.seal($0.value) }
        talent.mobileMasked = valid.mobile?.masked
        talent.email = valid.email
        talent.districtCode = valid.districtCode
        talent.educationLevel = valid.educationLevel?.rawValue
        talent.school = valid.school
        talent.major = valid.major
        talent.graduationYear = valid.graduationYear
        talent.$employer.id = valid.employerID
        talent.fieldWorkSince = valid.fieldWorkSince?.description
        talent.skills = valid.skills.joined(separator: "\n")
        talent.consentAt = context.now
        talent.consentVersion = TalentConsent.version
        talent.consentPurpose = TalentConsent.purpose
        talent.status = "active"
        let sql = db as! any SQLDatabase
        let key = try await TalentSearchIndex.nextKeys(1, on: sql)[0]
        talent.searchKey = key
        try await talent.create(on: db)
        let id = try talent.requireID()
        try await attributeRows(valid, talentID: id).create(on: db)
        try await TalentSearchIndex.write(document(talent, valid, on: db), key: key, talentID: id, on: sql)
        try await context.record(
            AuditEntry(.talentCreate, entityID: id.uuidString, changedFields: filledFields(valid)), on: db)
        return talent
    }

    /// Applies `record` to an existing profile (the resident ID number never changes: it
    /// is who the profile is), replaces its coded attributes, re-indexes it and audits the
    /// names of the fields that changed. Returns those names; nothing is written when
    /// nothing changed. `context` nil: the caller records one event for a whole file
    /// (an import and its undo) instead of one per profile.
    @discardableResult
    static func update(
        _ talent: Talent, with record: TalentRecord, cipher: PersonalDataCipher, context: WriteContext?,
        on db: any Database
    ) async throws -> [String] {
        var changed: [String] = []
        func set<Value: Equatable>(_ field: String, _ path: ReferenceWritableKeyPath<Talent, Value>, _ value: Value) {
            guard talent[keyPath: path] != value else { return }
            talent[keyPath: path] = value
            changed.append(field)
        }
        set("name", \.name, record.name)
        if talent.mobileCipher.flatMap(cipher.open) != record.mobile?.value {
            talent.mobileCipher = try record.mobile.map { try cipher.seal($0.value) }
            talent.mobileMasked = record.mobile?.masked
            changed.append("mobile")
        }
        set("email", \.email, record.email)
        set("district_code", \.districtCode, record.districtCode)
        set("education_level", \.educationLevel, record.educationLevel?.rawValue)
        set("school", \.school, record.school)
        set("major", \.major, record.major)
        set("graduation_year", \.graduationYear, record.graduationYear)
        set("employer_id", \.$employer.id, record.employerID)
        if record.declaresFieldWork { set("field_work_since", \.fieldWorkSince, record.fieldWorkSince?.description) }
        set("skills", \.skills, record.skills.joined(separator: "\n"))

        let id = try talent.requireID()
        let stored = try await TalentAttribute.query(on: db).filter(\.$talent.$id == id).all()
        let before = Set(stored.map { "\($0.kind.rawValue):\($0.code)" })
        let after = Set(record.codedAttributes.map { "\($0.kind.rawValue):\($0.code)" })
        if before != after {
            for kind in TalentAttribute.Kind.allCases
            where Set(stored.filter { $0.kind == kind }.map(\.code))
                != Set(record.codedAttributes.filter { $0.kind == kind }.map(\.code))
            {
                changed.append(kind == .keyGroup ? "key_groups" : kind == .category ? "categories" : "occupations")
            }
            try await TalentAttribute.query(on: db).filter(\.$talent.$id == id).delete()
            try await attributeRows(record, talentID: id).create(on: db)
        }
        guard !changed.isEmpty else { return [] }
        try await talent.save(on: db)
        try await TalentSearchIndex.write(
            document(talent, record, on: db), key: talent.searchKey ?? 0, talentID: id,
            on: db as! any SQLDatabase)
        try await context?.record(AuditEntry(.talentUpdate, entityID: id.uuidString, changedFields: changed), on: db)
        try await context?.publish(TalentProfileChanged(talentID: id), on: db)
        return changed
    }

    package static func attributeRows(_ valid: TalentInput.Valid, talentID id: UUID) -> [TalentAttribute] {
        valid.codedAttributes.map { TalentAttribute(talentID: id, kind: $0.kind, code: $0.code) }
    }

    /// The profile's search tokens, with its employer's and occupations' names.
    package static func document(_ talent: Talent, _ valid: TalentInput.Valid, on db: any Database) async throws
        -> TalentSearchIndex.Document
    {
        var employer: Organization?
        if let id = valid.employerID { employer = try await Organization.find(id, on: db) }
        let occupations =
            valid.occupations.isEmpty
            ? []
            : try await Occupation.query(on: db)
                .filter(\.$id ~~ valid.occupations).all().flatMap { [$0.nameZh, $0.nameEn] }
        return TalentSearchIndex.Document(
            talent: talent, attributes: valid.codedAttributes, employer: employer,
            occupationNames: occupations)
    }

    /// Names of the fields the new profile has, for the audit event (never the values).
    package static func filledFields(_ valid: TalentInput.Valid) -> [String] {
        var fields = ["name", "resident_id", "district_code", "consent"]
        if valid.mobile != nil { fields.append("mobile") }
        if valid.email != nil { fields.append("email") }
        if valid.educationLevel != nil { fields.append("education_level") }
        if valid.employerID != nil { fields.append("employer_id") }
        if valid.fieldWorkSince != nil { fields.append("field_work_since") }
        if !valid.occupations.isEmpty { fields.append("occupations") }
        if !valid.skills.isEmpty { fields.append("skills") }
        if !valid.categories.isEmpty { fields.append("categories") }
        if !valid.keyGroups.isEmpty { fields.append("key_groups") }
        return fields
    }

    /// Adds the high-level category `code` to a profile, when a programme selects the
    /// person (a nomination's outcome): nothing when it is there already.
    package static func addCategory(
        _ code: String, to talentID: UUID, context: WriteContext, on db: any Database
    ) async throws {
        guard let talent = try await Talent.find(talentID, on: db), talent.status != "erased" else { return }
        let held = try await TalentAttribute.query(on: db).filter(\.$talent.$id == talentID)
            .filter(\.$kind == .category).filter(\.$code == code).first()
        guard held == nil else { return }
        try await TalentAttribute(talentID: talentID, kind: .category, code: code).create(on: db)
        try await TalentSearchIndex.reindex(talent, on: db)
        try await context.record(
            AuditEntry(.talentUpdate, entityID: talentID.uuidString, changedFields: ["categories"]), on: db)
    }
}
