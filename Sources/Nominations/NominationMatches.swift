import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// The people or organisations a list's search finds, to add them: a full ID number
/// finds its holder, anything else searches the pool's index (of the list's district,
/// for a district's list); an organisation by a part of its name. Each says why it
/// cannot be added, if it cannot, before anyone tries.
package struct NominationMatch: Sendable {
    package var id: UUID
    package var name: String
    package var detail: String?
    package var skillLevel: SkillLevel?
    package var digital: Bool
    /// Why it cannot be added; nil when it can.
    package var blocked: Message?

    /// At most this many are shown; the search is to be narrowed beyond.
    static let limit = 10

    static func talents(
        _ text: String, on list: NominationList, programme: NominationProgramme, onList: Set<UUID>,
        cipher: PersonalDataCipher, today: CalendarDate, on db: any Database
    ) async throws -> [NominationMatch] {
        var found: [Talent]
        if let number = try? ResidentID(text, today: today) {
            found = try await Talent.query(on: db).filter(\.$residentIDIndex ~~ cipher.indexes(number.value)).all()
        } else {
            let filters = list.districtCode.map { [TalentSearchQuery.Filter(facet: .district, code: $0)] } ?? []
            found = try await TalentSearchQuery(keyword: text, filters: filters, limit: limit)
                .run(scope: .everyone, today: today, on: db).items
        }
        found = found.filter { $0.status != "erased" }
        let ids = found.compactMap(\.id)
        let digital = ids.isEmpty ? [] : try await Self.digital(ids, on: db)
        return found.prefix(limit).compactMap { talent in
            guard let id = talent.id else { return nil }
            let level = talent.skillLevel.flatMap(SkillLevel.init(rawValue:))
            var blocked: Message?
            if onList.contains(id) {
                blocked = .nominationOnList
            } else if let district = list.districtCode, talent.districtCode != district {
                blocked = .nominationOtherDistrict
            } else if let minimum = programme.minSkillLevel, (level.map { $0 < minimum }) ?? true {
                blocked = Message { m in m(.nominationSkillTooLow(level: m.skillLevel(minimum))) }
            }
            return NominationMatch(
                id: id, name: talent.name, detail: talent.residentIDMasked, skillLevel: level,
                digital: digital.contains(id), blocked: blocked)
        }
    }

    static func organizations(
        _ text: String, programme: NominationProgramme, on db: any Database
    ) async throws -> [NominationMatch] {
        // `~~`: LIKE (ILIKE on PostgreSQL) '%…%'; a wildcard typed only widens the search.
        var query = Organization.query(on: db).filter(\.$name ~~ text)
        if let kinds = programme.organizationKinds {
            query = query.filter(\.$kind ~~ kinds.compactMap(Organization.Kind.init(rawValue:)))
        }
        return try await query.sort(\.$name).limit(limit).all().compactMap { organization in
            organization.id.map {
                NominationMatch(
                    id: $0, name: organization.name, detail: organization.creditCode, skillLevel: nil, digital: false,
                    blocked: nil)
            }
        }
    }

    /// Those of `ids` with a digital occupation.
    private static func digital(_ ids: [UUID], on db: any Database) async throws -> Set<UUID> {
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT DISTINCT a.talent_id FROM talent_attributes a JOIN occupations o ON o.code = a.code
            WHERE a.kind = 'occupation' AND o.is_digital = \(bind: true) AND a.talent_id IN (\(binds: ids))
            """
        ).all()
        return Set(try rows.map { try $0.decode(column: "talent_id", as: UUID.self) })
    }
}
