import Fluent
import Foundation
import SQLKit
import TalentDomain

/// Writes a validated profile: identifiers sealed and indexed, coded attributes as rows,
/// and the audit event — inside the caller's transaction. Staff entry and
/// self-registration both come through here.
enum TalentStore {
    static func create(_ valid: TalentInput.Valid, userID: UUID?, cipher: PersonalDataCipher,
                       on db: any Database, now: Date = Date(),
                       audit: (AuditEntry) async throws -> Void) async throws -> Talent {
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
        talent.skills = valid.skills.joined(separator: "\n")
        talent.consentAt = now
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
        try await audit(AuditEntry(action: "talent.create", entityType: "talent", entityID: id.uuidString,
                                   changedFields: filledFields(valid)))
        return talent
    }

    static func attributeRows(_ valid: TalentInput.Valid, talentID id: UUID) -> [TalentAttribute] {
        valid.codedAttributes.map { TalentAttribute(talentID: id, kind: $0.kind, code: $0.code) }
    }

    /// The profile's search tokens, with its employer's and occupations' names.
    static func document(_ talent: Talent, _ valid: TalentInput.Valid, on db: any Database) async throws
        -> TalentSearchIndex.Document {
        var employer: Organization?
        if let id = valid.employerID { employer = try await Organization.find(id, on: db) }
        let occupations = valid.occupations.isEmpty ? [] : try await Occupation.query(on: db)
            .filter(\.$id ~~ valid.occupations).all().flatMap { [$0.nameZh, $0.nameEn] }
        return TalentSearchIndex.Document(talent: talent, attributes: valid.codedAttributes, employer: employer,
                                          occupationNames: occupations)
    }

    /// Names of the fields the new profile has, for the audit event (never the values).
    static func filledFields(_ valid: TalentInput.Valid) -> [String] {
        var fields = ["name", "resident_id", "district_code", "consent"]
        if valid.mobile != nil { fields.append("mobile") }
        if valid.email != nil { fields.append("email") }
        if valid.educationLevel != nil { fields.append("education_level") }
        if valid.employerID != nil { fields.append("employer_id") }
        if !valid.occupations.isEmpty { fields.append("occupations") }
        if !valid.skills.isEmpty { fields.append("skills") }
        if !valid.categories.isEmpty { fields.append("categories") }
        if !valid.keyGroups.isEmpty { fields.append("key_groups") }
        return fields
    }

}
