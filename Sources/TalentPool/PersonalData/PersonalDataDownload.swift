import Accounts
import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Everything the platform holds about the signed-in person (PIPL art. 45, issue 17):
/// their account and profile with the ID and mobile numbers in full, their consent, what
/// the audit trail records of them, and each capability's records of them. One load
/// gives both downloads, the JSON and the workbook, so the two cannot differ.
package struct PersonalDataDownload {
    package var export: PersonalDataExport
    /// The workbook's sheets in order: profile, consent, then the capabilities' records,
    /// then the activity.
    package var sheets: [PersonalDataSheet]

    package static func load(for user: User, sources: [any PersonalDataSource], request req: Request) async throws
        -> PersonalDataDownload
    {
        let userID = try user.requireID()
        let cipher = req.application.personalData
        let messages = req.messages
        let policy = try req.policy
        let talent = try await Talent.query(on: req.db).filter(\.$user.$id == userID).first()
        var profile: TalentDTO?
        var records: [PersonalDataSheet] = []
        if let talent {
            let attributes = try await TalentAttribute.query(on: req.db).filter(\.$talent.$id == talent.requireID())
                .all()
            profile = try TalentDTO(talent, attributes: attributes)
            profile?.residentID = talent.residentIDCipher.flatMap(cipher.open)
            profile?.mobile = talent.mobileCipher.flatMap(cipher.open)
            for source in sources {
                records.append(try await source.records(of: talent, on: req.db, messages: messages, policy: policy))
            }
        }
        let entityIDs = [userID.uuidString] + (try talent.map { [try $0.requireID().uuidString] } ?? [])
        let events = try await AuditEvent.query(on: req.db)
            .group(.or) { $0.filter(\.$actorID == userID).filter(\.$entityID ~~ entityIDs) }
            .sort(\.$sequence).all()
        let export = PersonalDataExport(
            exportedAt: req.clock.now, account: try UserDTO(user, revealMobile: true), talent: profile,
            consent: talent.map { .init(at: $0.consentAt, version: $0.consentVersion, purpose: $0.consentPurpose) },
            history: events.map(AuditEventDTO.init),
            records: Dictionary(records.map { ($0.key, $0.records) }, uniquingKeysWith: { first, _ in first }))
        let profileSheet = try await Self.profileSheet(
            user: user, talent: talent, profile: profile, messages: messages, policy: policy, on: req.db)
        return PersonalDataDownload(
            export: export,
            sheets: [profileSheet, consentSheet(export.consent, messages)] + records
                + [historySheet(export.history, messages, actions: req.application.auditActions)])
    }

    /// The account and the profile as two columns, a field a row: a single record reads
    /// better down the page than across 25 columns.
    static func profileSheet(
        user: User, talent: Talent?, profile: TalentDTO?, messages m: Messages, policy: PolicyDocument,
        on db: any Database
    ) async throws -> PersonalDataSheet {
        var fields: [(Message, String)] = [
            (.personalDataAccountName, user.displayName), (.personalDataAccountEmail, user.email ?? ""),
            (.personalDataAccountMobile, user.mobile ?? ""), (.personalDataAccountRole, m.role(user.role)),
            (.personalDataAccountCreated, user.createdAt.map(ZiboTime.timestamp) ?? ""),
        ]
        if let talent, let profile {
            let lang = m.language
            let separator = lang == .zh ? "、" : ", "
            let district = try await District.find(talent.districtCode, on: db)
            let employer = try await talent.$employer.id.asyncFlatMap { try await Organization.find($0, on: db) }
            let categories = profile.categories.map { code in
                policy.talentCategories.first { $0.code == code }?.name.text(lang) ?? code
            }
            let keyGroups = profile.keyGroups.map { code in
                policy.keyGroups.first { $0.code == code }?.name.text(lang) ?? code
            }
            fields += [
                (.talentName, talent.name),
                (.talentGender, talent.gender == "female" ? m(.genderFemale) : m(.genderMale)),
                (.talentBirthDate, talent.birthDate), (.talentResidentID, profile.residentID ?? ""),
                (.userMobile, profile.mobile ?? ""), (.userEmail, talent.email ?? ""),
                (.organizationDistrict, district.map { lang == .zh ? $0.nameZh : $0.nameEn } ?? talent.districtCode),
                (
                    .talentEducation,
                    talent.educationLevel.flatMap(EducationLevel.init(rawValue:)).map(m.education) ?? ""
                ),
                (.talentSchool, talent.school ?? ""), (.talentMajor, talent.major ?? ""),
                (.talentGraduationYear, talent.graduationYear.map(String.init) ?? ""),
                (.talentFieldWorkSince, talent.fieldWorkSince ?? ""), (.talentEmployer, employer?.name ?? ""),
                (.talentOccupations, profile.occupations.joined(separator: " ")),
                (.talentSkills, talent.skillList.joined(separator: separator)),
                (.talentCategories, categories.joined(separator: separator)),
                (.talentKeyGroups, keyGroups.joined(separator: separator)),
                (.talentTitleLevel, talent.titleLevel.flatMap(TitleLevel.init(rawValue:)).map(m.titleLevel) ?? ""),
                (.talentSkillLevel, talent.skillLevel.flatMap(SkillLevel.init(rawValue:)).map(m.skillLevel) ?? ""),
                (.talentStatus, m.talentStatus(talent.status)),
                (.personalDataProfileCreated, talent.createdAt.map(ZiboTime.timestamp) ?? ""),
                (.talentsUpdated, talent.updatedAt.map(ZiboTime.timestamp) ?? ""),
            ]
        }
        return PersonalDataSheet(
            key: "profile", title: .personalDataProfileSheet,
            columns: [("field", .personalDataField), ("value", .personalDataValue)],
            rows: fields.map { [m($0.0), $0.1] }, messages: m)
    }

    /// What is stored of the consent: when, which version of the text, for what purpose.
    static func consentSheet(_ consent: PersonalDataExport.Consent?, _ m: Messages) -> PersonalDataSheet {
        PersonalDataSheet(
            key: "consent", title: .personalDataConsentSheet,
            columns: [
                ("at", .personalDataConsentAt), ("version", .personalDataConsentVersion),
                ("purpose", .personalDataConsentPurpose),
            ],
            rows: consent.map { [[ZiboTime.timestamp($0.at), $0.version, $0.purpose]] } ?? [], messages: m)
    }

    /// The audit events the person did or that concern them: what changed, never values.
    /// Actions and entities by their names (the audit page's), or as stored for an old one.
    static func historySheet(_ history: [AuditEventDTO], _ m: Messages, actions: [AuditAction]) -> PersonalDataSheet {
        let byName = Dictionary(actions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let entities = Dictionary(actions.map { ($0.entity.name, $0.entity) }, uniquingKeysWith: { first, _ in first })
        return PersonalDataSheet(
            key: "history", title: .personalDataHistorySheet,
            columns: [
                ("occurredAt", .personalDataHistoryTime), ("action", .personalDataHistoryAction),
                ("entityType", .personalDataHistoryEntity), ("entityID", .personalDataHistoryEntityID),
                ("changedFields", .personalDataHistoryFields),
            ],
            rows: history.map {
                [
                    ZiboTime.timestamp($0.occurredAt), byName[$0.action].map { m($0.label) } ?? $0.action,
                    entities[$0.entityType].map { m($0.label) } ?? $0.entityType, $0.entityID ?? "",
                    $0.changedFields.joined(separator: ", "),
                ]
            }, messages: m)
    }
}

/// Everything held about one person, as `/account/my-data.json` returns it.
package struct PersonalDataExport: Content {
    package struct Consent: Content {
        package var at: Date
        package var version: String
        package var purpose: String
    }

    package var exportedAt: Date
    package var account: UserDTO
    package var talent: TalentDTO?
    package var consent: Consent?
    /// The audit events the person did or that concern them: what changed, never values.
    package var history: [AuditEventDTO]
    /// Each capability's records of the person by kind (`enrollments`, `vouchers`, …),
    /// each record its fields as the workbook shows them.
    package var records: [String: [[String: String]]]
}
