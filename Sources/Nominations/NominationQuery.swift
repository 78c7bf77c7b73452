import Fluent
import Foundation
import Organizations
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// What the nomination pages and the API read: the lists in the reader's scope with
/// their counts, one list's candidates with what decides the share, and the share.
/// A talent counts as digital while one of their occupations is in the digital
/// occupations reference list (`occupations.is_digital`): the share is of the profiles
/// as they are now, and as they were when the list was sent (`NominationList`).
package enum NominationQuery {
    /// `CASE … THEN 1`: SQLite has no boolean to decode.
    private static func isDigital(_ talent: SQLQueryString) -> SQLQueryString {
        """
        CASE WHEN EXISTS (SELECT 1 FROM talent_attributes a JOIN occupations o ON o.code = a.code
            WHERE a.talent_id = \(talent) AND a.kind = 'occupation' AND o.is_digital = \(bind: true)) THEN 1 ELSE 0 END
        """
    }

    package static func share(of listID: UUID, rule: NominationRule, on db: any Database) async throws
        -> NominationShare
    {
        let row = try await (db as! any SQLDatabase).raw(
            """
            SELECT COUNT(*) AS total, COALESCE(SUM(\(isDigital("c.talent_id"))), 0) AS digital
            FROM nomination_candidates c WHERE c.list_id = \(bind: listID)
            """
        ).first()
        return NominationShare(
            digital: try row?.decode(column: "digital", as: Int.self) ?? 0,
            total: try row?.decode(column: "total", as: Int.self) ?? 0, rule: rule)
    }

    /// One candidate as the list shows it.
    package struct Candidate: Sendable {
        package var id: UUID
        package var talentID: UUID?
        package var organizationID: UUID?
        /// The person's or the organisation's name.
        package var name: String
        package var residentIDMasked: String?
        package var skillLevel: SkillLevel?
        package var digital: Bool
        /// The person's occupations, `(code, zh, en)`, digital ones first.
        package var occupations: [(code: String, zh: String, en: String, digital: Bool)] = []
        package var projectTitle: String?
        package var outcome: NominationCandidate.Outcome?
        package var outcomeOn: String?
        package var outcomeNote: String?
    }

    private struct Row: Decodable {
        var id: UUID
        var talentID: UUID?
        var organizationID: UUID?
        var projectTitle: String?
        var outcome: String?
        var outcomeOn: String?
        var outcomeNote: String?
        var talentName: String?
        var residentIDMasked: String?
        var skillLevel: String?
        var organizationName: String?
        var digital: Int

        enum CodingKeys: String, CodingKey {
            case id, outcome, digital
            case talentID = "talent_id"
            case organizationID = "organization_id"
            case projectTitle = "project_title"
            case outcomeOn = "outcome_on"
            case outcomeNote = "outcome_note"
            case talentName = "talent_name"
            case residentIDMasked = "resident_id_masked"
            case skillLevel = "skill_level"
            case organizationName = "organization_name"
        }
    }

    package static func candidates(of listID: UUID, on db: any Database) async throws -> [Candidate] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw(
            """
            SELECT c.id, c.talent_id, c.organization_id, c.project_title, c.outcome, c.outcome_on, c.outcome_note,
                t.name AS talent_name, t.resident_id_masked, t.skill_level, g.name AS organization_name,
                \(isDigital("c.talent_id")) AS digital
            FROM nomination_candidates c
            LEFT JOIN talents t ON t.id = c.talent_id
            LEFT JOIN organizations g ON g.id = c.organization_id
            WHERE c.list_id = \(bind: listID) ORDER BY c.created_at, c.id
            """
        ).all(decoding: Row.self)
        var candidates = rows.map { row in
            Candidate(
                id: row.id, talentID: row.talentID, organizationID: row.organizationID,
                name: row.talentName ?? row.organizationName ?? "", residentIDMasked: row.residentIDMasked,
                skillLevel: row.skillLevel.flatMap(SkillLevel.init(rawValue:)), digital: row.digital == 1,
                projectTitle: row.projectTitle,
                outcome: row.outcome.flatMap(NominationCandidate.Outcome.init(rawValue:)), outcomeOn: row.outcomeOn,
                outcomeNote: row.outcomeNote)
        }
        let talents = candidates.compactMap(\.talentID)
        guard !talents.isEmpty else { return candidates }
        let occupations = try await sql.raw(
            """
            SELECT a.talent_id, o.code, o.name_zh, o.name_en,
                CASE WHEN o.is_digital = \(bind: true) THEN 1 ELSE 0 END AS digital
            FROM talent_attributes a JOIN occupations o ON o.code = a.code
            WHERE a.kind = 'occupation' AND a.talent_id IN (\(binds: talents))
            ORDER BY o.code
            """
        ).all()
        var byTalent: [UUID: [(code: String, zh: String, en: String, digital: Bool)]] = [:]
        for row in occupations {
            let talent = try row.decode(column: "talent_id", as: UUID.self)
            byTalent[talent, default: []].append(
                (
                    try row.decode(column: "code", as: String.self), try row.decode(column: "name_zh", as: String.self),
                    try row.decode(column: "name_en", as: String.self),
                    try row.decode(column: "digital", as: Int.self) == 1
                ))
        }
        for index in candidates.indices {
            guard let talent = candidates[index].talentID else { continue }
            candidates[index].occupations = (byTalent[talent] ?? []).sorted { $0.digital && !$1.digital }
        }
        return candidates
    }

    /// The lists the reader may see, newest year first, with their candidate counts.
    package static func lists(
        _ query: QueryBuilder<NominationList>, programme: String?, year: Int?, on db: any Database
    ) async throws -> [(list: NominationList, candidates: Int)] {
        var query = query
        if let programme { query = query.filter(\.$programmeID == programme) }
        if let year { query = query.filter(\.$year == year) }
        let lists = try await query.sort(\.$year, .descending).sort(\.$programmeID).sort(\.$scopeKey).limit(500).all()
        let ids = lists.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let counts = try await (db as! any SQLDatabase).raw(
            """
            SELECT list_id, COUNT(*) AS n FROM nomination_candidates
            WHERE list_id IN (\(binds: ids)) GROUP BY list_id
            """
        ).all()
        var byList: [UUID: Int] = [:]
        for row in counts {
            byList[try row.decode(column: "list_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
        }
        return lists.map { ($0, $0.id.flatMap { byList[$0] } ?? 0) }
    }
}
