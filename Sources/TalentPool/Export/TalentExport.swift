import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import Vapor

/// A search's whole result set as a spreadsheet (CSV with a BOM, so Excel reads the
/// Chinese correctly, or XLSX). Identifiers are masked unless the role may see them, and
/// every cell a spreadsheet could run as a formula is neutralised (OWASP "CSV injection").
package enum TalentExport {
    /// A bigger export is a data-protection decision, not a search: ask an administrator.
    package static let maxRows = 50_000

    package typealias Format = SpreadsheetDownload.Format

    /// What an export reads besides the search: in a request or in the export job alike.
    package struct Context: Sendable {
        package var messages: Messages
        package var policy: PolicyDocument
        package var cipher: PersonalDataCipher
        package var db: any Database

        package init(messages: Messages, policy: PolicyDocument, cipher: PersonalDataCipher, db: any Database) {
            (self.messages, self.policy, self.cipher, self.db) = (messages, policy, cipher, db)
        }
    }

    /// The header and one row per talent, in the search's order.
    package static func table(
        _ query: TalentSearchQuery, scope: TalentSearchScope, reveals: Bool, request req: Request,
        today: CalendarDate
    ) async throws -> [[String]] {
        try await table(
            query, scope: scope, reveals: reveals,
            context: Context(
                messages: req.messages, policy: try req.policy, cipher: req.application.personalData, db: req.db),
            today: today)
    }

    /// The same, reporting after each thousand rows how many are done of how many (the
    /// export job's progress).
    package static func table(
        _ query: TalentSearchQuery, scope: TalentSearchScope, reveals: Bool, context: Context, today: CalendarDate,
        progress: (Int, Int) async throws -> Void = { _, _ in }
    ) async throws -> [[String]] {
        let m = context.messages
        let lang = m.language
        let policy = context.policy
        let db = context.db
        let districts = try await District.query(on: db).all()
        let districtNames = Dictionary(
            uniqueKeysWithValues: districts.map { ($0.id ?? "", lang == .zh ? $0.nameZh : $0.nameEn) })
        let categories = Dictionary(uniqueKeysWithValues: policy.talentCategories.map { ($0.code, $0.name.text(lang)) })
        let keyGroups = Dictionary(uniqueKeysWithValues: policy.keyGroups.map { ($0.code, $0.name.text(lang)) })
        let separator = lang == .zh ? "、" : ", "
        var table: [[String]] = [
            [
                m(.talentName), m(.talentGender), m(.talentBirthDate), m(.talentResidentID), m(.userMobile),
                m(.userEmail),
                m(.organizationDistrict), m(.talentEducation), m(.talentSchool), m(.talentMajor),
                m(.talentGraduationYear),
                m(.talentEmployer), m(.talentOccupations), m(.talentSkills), m(.talentCategories), m(.talentKeyGroups),
                m(.talentTitleLevel), m(.talentSkillLevel), m(.talentStatus), m(.talentsUpdated),
            ]
        ]
        var page = query
        page.limit = 1000
        while table.count <= maxRows {
            let result = try await page.run(scope: scope, today: today, on: db)
            let rows = try await TalentListRow.rows(result.items, reveals: reveals, cipher: context.cipher, on: db)
            let ids = result.items.compactMap(\.id)
            let attributes =
                ids.isEmpty ? [] : try await TalentAttribute.query(on: db).filter(\.$talent.$id ~~ ids).all()
            for row in rows.prefix(maxRows + 1 - table.count) {
                let talent = row.talent
                let own = attributes.filter { $0.$talent.id == talent.id }
                let codes = { (kind: TalentAttribute.Kind) in own.filter { $0.kind == kind }.map(\.code).sorted() }
                let gender: String = talent.gender == "female" ? m(.genderFemale) : m(.genderMale)
                let education: String =
                    talent.educationLevel.flatMap(EducationLevel.init(rawValue:)).map(m.education) ?? ""
                let title: String = talent.titleLevel.flatMap(TitleLevel.init(rawValue:)).map(m.titleLevel) ?? ""
                let skill: String = talent.skillLevel.flatMap(SkillLevel.init(rawValue:)).map(m.skillLevel) ?? ""
                let categoryNames: String = codes(.category).map { categories[$0] ?? $0 }.joined(separator: separator)
                let keyGroupNames: String = codes(.keyGroup).map { keyGroups[$0] ?? $0 }.joined(separator: separator)
                let identity: [String] = [
                    talent.name, gender, talent.birthDate,
                    row.residentID ?? talent.residentIDMasked ?? "",
                    row.mobile ?? talent.mobileMasked ?? "", talent.email ?? "",
                ]
                let study: [String] = [
                    districtNames[talent.districtCode] ?? talent.districtCode, education,
                    talent.school ?? "", talent.major ?? "", talent.graduationYear.map(String.init) ?? "",
                ]
                let work: [String] = [
                    row.employerName ?? "", codes(.occupation).joined(separator: " "),
                    talent.skillList.joined(separator: separator), categoryNames, keyGroupNames,
                    title, skill, m.talentStatus(talent.status), talent.updatedAt.map(ZiboTime.timestamp) ?? "",
                ]
                table.append((identity + study + work).map(SpreadsheetCell.neutralized))
            }
            // Beyond the exact count the total is an estimate: progress, not a promise.
            let expected = min(result.total, maxRows)
            try await progress(table.count - 1, max(expected, table.count - 1))
            guard let next = result.next else { break }
            page.after = next
        }
        return Array(table.prefix(maxRows + 1))
    }

    package static func response(_ table: [[String]], format: Format, today: CalendarDate) -> Response {
        response(bytes(table, format: format), format: format, day: today.description)
    }

    /// The file: CSV with a BOM, or an XLSX workbook.
    package static func bytes(_ table: [[String]], format: Format) -> [UInt8] {
        SpreadsheetDownload.bytes(table, format: format, sheetName: "talents")
    }

    /// The file as a download named after the day it was made, never cached.
    package static func response(_ bytes: [UInt8], format: Format, day: String) -> Response {
        SpreadsheetDownload.response(bytes, format: format, filename: "talents-\(day)")
    }
}

extension TalentListRow {
    /// Rows for `talents` with their employers' names, and identifiers decrypted only
    /// when `reveals` (the role may see them).
    package static func rows(_ talents: [Talent], reveals: Bool, request req: Request) async throws -> [TalentListRow] {
        try await rows(talents, reveals: reveals, cipher: req.application.personalData, on: req.db)
    }

    package static func rows(_ talents: [Talent], reveals: Bool, cipher: PersonalDataCipher, on db: any Database)
        async throws -> [TalentListRow]
    {
        let employerIDs = Array(Set(talents.compactMap { $0.$employer.id }))
        let employers =
            employerIDs.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await Organization.query(on: db).filter(\.$id ~~ employerIDs).all()
                    .map { ($0.id ?? UUID(), $0.name) })
        return talents.map { talent in
            TalentListRow(
                talent: talent, employerName: talent.$employer.id.flatMap { employers[$0] },
                residentID: reveals ? talent.residentIDCipher.flatMap(cipher.open) : nil,
                mobile: reveals ? talent.mobileCipher.flatMap(cipher.open) : nil)
        }
    }
}
