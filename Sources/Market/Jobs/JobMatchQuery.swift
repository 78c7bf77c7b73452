import Fluent
import Foundation
import SQLKit
import TalentDomain
import TalentPool

/// 人岗匹配 both ways (M3): the opted-in talents who best fit a post, and the open posts
/// that best fit a talent, each with `JobMatching`'s reasons and score.
///
/// A post's candidates are the cards of its occupation (one index range); when fewer
/// than the page's worth hold it, the cards of the other occupations of its small
/// category join them. A talent whose only link to the post is a shared skill is not a
/// candidate: finding those would read every card.
package enum JobMatchQuery {
    package static let limit = 20
    /// The most open posts scored for one talent.
    static let postsScored = 400

    package struct TalentMatch: Sendable {
        package var talentID: UUID
        package var match: JobMatching.Match
    }

    package struct PostMatch: Sendable {
        package var post: JobPost
        package var match: JobMatching.Match
    }

    /// The best `limit` opted-in talents for `post`, best first.
    package static func talents(
        for post: JobPost, weights: MatchWeights, today: CalendarDate, limit: Int = limit, on db: any Database
    ) async throws -> [TalentMatch] {
        let sql = db as! any SQLDatabase
        var cards = try await self.cards("c.occupation_code = \(bind: post.occupationCode)", on: sql)
        // One card per talent and occupation: those of the post's occupation are distinct.
        if cards.count < limit {
            let category = String(JobMatching.smallCategory(post.occupationCode)) + "-"
            // The category's codes sort between `4-04-05-` and `4-04-05.` ('.' follows '-').
            let related = try await self.cards(
                """
                c.occupation_code >= \(bind: category) AND c.occupation_code < \(bind: category.dropLast() + ".") \
                AND c.occupation_code <> \(bind: post.occupationCode)
                """, on: sql)
            var seen = Set(cards.map(\.talentID))
            cards += related.filter { seen.insert($0.talentID).inserted }
        }
        let need = post.need
        var scored: [(id: String, match: JobMatching.Match)] = []
        scored.reserveCapacity(cards.count)
        for card in cards {
            let match = JobMatching.match(need, card.seeker(today: today), weights: weights)
            if JobMatching.isRelevant(match) { scored.append((card.talentID, match)) }
        }
        // Most points first; between equals, by id. Ids stay text until the last: parsing
        // or formatting thousands of UUIDs was a third of a match's time.
        let top = scored.sorted {
            $0.match.points != $1.match.points ? $0.match.points > $1.match.points : $0.id < $1.id
        }
        .prefix(limit)
        return top.compactMap { found in
            UUID(uuidString: found.id).map { TalentMatch(talentID: $0, match: found.match) }
        }
    }

    /// The best `limit` open posts for the talent's current profile, best first; nil
    /// reasons for a talent with no occupation (nothing to match on).
    package static func posts(
        for talent: Talent, weights: MatchWeights, today: CalendarDate, limit: Int = limit, on db: any Database
    ) async throws -> [PostMatch] {
        let occupations = try await TalentAttribute.query(on: db).filter(\.$talent.$id == talent.requireID())
            .filter(\.$kind == .occupation).all(\.$code)
        guard !occupations.isEmpty else { return [] }
        let sql = db as! any SQLDatabase
        // The newest open posts of the talent's occupations; those of their small
        // categories too when that leaves fewer than a page. A few hundred at most are
        // scored: a popular occupation has thousands of posts, and the newest are the ones
        // a talent can still get.
        func open(_ condition: SQLQueryString) async throws -> [JobPost] {
            try await sql.raw(
                """
                SELECT \(unsafeRaw: JobPost.selectList) FROM job_posts p WHERE p.state = 'published' \
                AND p.deadline >= \(bind: today.description) AND (\(condition)) \
                ORDER BY p.search_key DESC LIMIT \(bind: Self.postsScored)
                """
            ).all().map { try $0.decode(fluentModel: JobPost.self) }
        }
        var posts = try await open("p.occupation_code IN (\(SQLList(occupations.map { SQLBind($0) })))")
        if posts.count < limit {
            let ranges = occupations.map { code -> SQLQueryString in
                let category = String(JobMatching.smallCategory(code)) + "-"
                return
                    "(p.occupation_code >= \(bind: category) AND p.occupation_code < \(bind: category.dropLast() + "."))"
            }
            let seen = Set(posts.compactMap(\.id))
            posts += try await open(ranges.joined(separator: " OR ")).filter { !seen.contains($0.id ?? UUID()) }
        }
        let seeker = try await self.seeker(talent, occupations: occupations, today: today, on: db)
        let matches = posts.map { PostMatch(post: $0, match: JobMatching.match($0.need, seeker, weights: weights)) }
            .filter { JobMatching.isRelevant($0.match) }
        return Array(
            matches.sorted { ($0.match.points, $0.post.searchKey) > ($1.match.points, $1.post.searchKey) }
                .prefix(limit))
    }

    /// The talent as matching reads them, from their profile, occupations and valid
    /// certificates (whether or not they opted in: this is their own view).
    package static func seeker(
        _ talent: Talent, occupations: [String]? = nil, today: CalendarDate, on db: any Database
    ) async throws -> JobMatching.Seeker {
        let talentID = try talent.requireID()
        var codes = occupations
        if codes == nil {
            codes = try await TalentAttribute.query(on: db).filter(\.$talent.$id == talentID)
                .filter(\.$kind == .occupation).all(\.$code)
        }
        let certified = try await (db as! any SQLDatabase).raw(
            "SELECT occupation_code FROM certificates WHERE talent_id = \(bind: talentID) AND revoked_at IS NULL"
        ).all().compactMap { try $0.decode(column: "occupation_code", as: String?.self) }
        return JobMatching.Seeker(
            occupationCodes: codes ?? [], skills: talent.skillList,
            education: talent.educationLevel.flatMap(EducationLevel.init(rawValue:)),
            experienceYears: talent.fieldWorkStart?.fullYears(on: today), districtCode: talent.districtCode,
            certifiedOccupations: certified, skillLevel: talent.skillLevel.flatMap(SkillLevel.init(rawValue:)),
            titleLevel: talent.titleLevel.flatMap(TitleLevel.init(rawValue:)))
    }

    /// One card as read for scoring: its talent and what matching reads.
    private struct Card {
        /// The talent's id as text (see `talents`).
        var talentID: String
        var occupations: String
        var districtCode: String
        var education: String?
        var fieldWorkSince: String?
        var skills: String
        var certified: String
        var skillLevel: String?
        var titleLevel: String?

        func seeker(today: CalendarDate) -> JobMatching.Seeker {
            let lines = { (text: String) in text.split(whereSeparator: \.isNewline).map(String.init) }
            return JobMatching.Seeker(
                occupationCodes: lines(occupations), skills: lines(skills),
                education: education.flatMap(EducationLevel.init(rawValue:)),
                experienceYears: fieldWorkSince.flatMap(FieldWorkStart.init).map { $0.fullYears(on: today) },
                districtCode: districtCode, certifiedOccupations: lines(certified),
                skillLevel: skillLevel.flatMap(SkillLevel.init(rawValue:)),
                titleLevel: titleLevel.flatMap(TitleLevel.init(rawValue:)))
        }
    }

    /// The cards under `condition`. A post's few thousand candidates are read on every
    /// match, and decoding is most of the cost: the card's texts come joined in one column
    /// (skills last, the only free text), two decodes a row instead of nine.
    private static func cards(_ condition: SQLQueryString, on sql: any SQLDatabase) async throws -> [Card] {
        try await sql.raw(
            """
            SELECT CAST(c.talent_id AS TEXT) AS talent, c.occupations || '|' || c.district_code || '|' || COALESCE(c.education, '') || '|' \
            || COALESCE(c.field_work_since, '') || '|' || c.certified || '|' || COALESCE(c.skill_level, '') || '|' \
            || COALESCE(c.title_level, '') || '|' || c.skills AS card FROM job_seeker_cards c WHERE \(condition)
            """
        ).all().compactMap { row in
            let parts = try row.decode(column: "card", as: String.self)
                .split(separator: "|", maxSplits: 7, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 8 else { return nil }
            let optional = { (text: String) in text.isEmpty ? nil : text }
            return Card(
                talentID: try row.decode(column: "talent", as: String.self), occupations: parts[0],
                districtCode: parts[1], education: optional(parts[2]), fieldWorkSince: optional(parts[3]),
                skills: parts[7], certified: parts[4], skillLevel: optional(parts[5]), titleLevel: optional(parts[6]))
        }
    }
}
