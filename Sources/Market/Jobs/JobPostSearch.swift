import Foundation
import SQLKit
import TalentDomain
import TalentPool
import Vapor

/// The job board's search (M3): open posts by keyword (the talent search's Chinese rules:
/// one or two characters work), occupation, chain, district, campaign, the education a
/// talent has (posts asking for it or less) and the least monthly pay wanted; newest
/// published first, in keyset pages. Separate from its routes so it is tested without HTTP.
package struct JobPostSearch: Sendable, Equatable {
    package static let pageSize = 20
    /// Counting stops here: the list then says "1,000+".
    package static let countCap = 1_000

    package var keyword: String?
    package var occupation: String?
    package var chain: String?
    package var district: String?
    package var campaign: UUID?
    /// Posts this education meets: those asking for it or less, or for none.
    package var education: EducationLevel?
    /// Posts whose pay reaches at least this a month.
    package var payAtLeast: Money?
    /// The `search_key` of the last post of the previous page.
    package var after: Int64?
    package var limit = pageSize

    package init(
        keyword: String? = nil, occupation: String? = nil, chain: String? = nil, district: String? = nil,
        campaign: UUID? = nil, education: EducationLevel? = nil, payAtLeast: Money? = nil, after: Int64? = nil
    ) {
        (self.keyword, self.occupation, self.chain, self.district) = (keyword, occupation, chain, district)
        (self.campaign, self.education, self.payAtLeast, self.after) = (campaign, education, payAtLeast, after)
    }

    package struct Page: Sendable {
        package var items: [JobPost]
        package var total: Int
        package var totalIsCapped: Bool
        package var next: Int64?
    }

    /// Facet tokens every match must have.
    var facets: [String] {
        [
            occupation.map(SearchFacet.occupation.token), chain.map(SearchFacet.chain.token),
            district.map(SearchFacet.district.token), campaign.map { SearchFacet.campaign.token($0.uuidString) },
        ].compactMap { $0 }
    }

    /// Education tokens of which a match must have one, or nil for any.
    var educationTokens: [String]? {
        education.map { level in
            ([JobPostSearchIndex.Document.anyEducation] + EducationLevel.allCases.filter { $0 <= level }.map(\.rawValue))
                .map(SearchFacet.education.token)
        }
    }

    package func run(today: CalendarDate, on sql: any SQLDatabase) async throws -> Page {
        var conditions: [SQLQueryString] = ["p.state = 'published'", "p.deadline >= \(bind: today.description)"]
        if let payAtLeast { conditions.append("p.pay_max_fen >= \(bind: payAtLeast.fen)") }
        let tokens = SearchTokens.query(keyword ?? "")
        let postgres = TalentSearchIndex.isPostgres(sql)
        var from: SQLQueryString = "job_posts p"
        // The key the page is ordered and resumed by: the index's rowid is the post's key.
        var key: SQLQueryString = "p.search_key"
        if let expression = postgres ? tsquery(tokens) : fts5(tokens) {
            if postgres {
                conditions.append("p.search_vector @@ CAST(\(bind: expression) AS tsquery)")
            } else {
                // CROSS JOIN keeps the index outside: SQLite otherwise walked every open
                // post in key order and asked the index about each (0.4–0.9 s at 100,000
                // posts); the index gives its matches newest first, so a page stops early.
                from = "job_post_search s CROSS JOIN job_posts p ON p.search_key = s.rowid"
                key = "s.rowid"
                conditions.append("job_post_search MATCH \(bind: expression)")
            }
        }
        let filter = conditions.map { "(\($0))" as SQLQueryString }.joined(separator: " AND ")
        let total =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM \(from) WHERE \(filter) LIMIT \(bind: Self.countCap + 1)) AS m"
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let keyset: SQLQueryString = after.map { "\(key) < \(bind: $0)" } ?? "1 = 1"
        var items = try await sql.raw(
            """
            SELECT \(unsafeRaw: JobPost.selectList) FROM \(from) WHERE \(filter) AND \(keyset) \
            ORDER BY \(key) DESC LIMIT \(bind: limit + 1)
            """
        ).all().map { try $0.decode(fluentModel: JobPost.self) }
        var next: Int64?
        if items.count > limit {
            items.removeLast()
            next = items.last?.searchKey
        }
        return Page(
            items: items, total: min(total, Self.countCap), totalIsCapped: total > Self.countCap, next: next)
    }

    /// The FTS5 query: every keyword token in the words, every facet, one education token.
    /// Tokens hold only letters and digits and each is quoted: no user text becomes syntax.
    func fts5(_ tokens: [SearchTokens.QueryToken]) -> String? {
        var parts: [String] = []
        if !tokens.isEmpty {
            parts.append(
                "words : (\(tokens.map { "\"\($0.text)\"\($0.isPrefix ? "*" : "")" }.joined(separator: " AND ")))")
        }
        if !facets.isEmpty { parts.append("facets : (\(facets.map { "\"\($0)\"" }.joined(separator: " AND ")))") }
        if let educationTokens {
            parts.append("facets : (\(educationTokens.map { "\"\($0)\"" }.joined(separator: " OR ")))")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// The PostgreSQL `tsquery` of the same.
    func tsquery(_ tokens: [SearchTokens.QueryToken]) -> String? {
        let coded = TalentSearchIndex.postgresCoded
        var parts = tokens.map { "'\($0.text)'\($0.isPrefix ? ":*" : "")" }
        parts += facets.map { "'\(coded($0))'" }
        if let educationTokens {
            parts.append("(" + educationTokens.map { "'\(coded($0))'" }.joined(separator: " | ") + ")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: " & ")
    }
}
