import Foundation
import SQLKit
import TalentDomain
import TalentPool

/// The search index of published job posts, built like the talent search's
/// (`TalentSearchIndex`): words from `SearchTokens`, so one or two Chinese characters
/// find a post, and coded properties as `SearchFacet` tokens beside them.
///
/// - SQLite: a contentless FTS5 table `job_post_search` whose rowid is the post's
///   `search_key`, with a `words` and a `facets` column;
/// - PostgreSQL: `job_posts.search_vector`, facets spelled with a leading `_`, under a
///   GIN index.
///
/// Only published posts are in it: publishing writes a post's tokens, closing or taking
/// it down removes them.
package enum JobPostSearchIndex {
    package static func create(on sql: any SQLDatabase) async throws {
        if TalentSearchIndex.isPostgres(sql) {
            try await sql.raw("CREATE SEQUENCE job_post_search_key").run()
            try await sql.raw("ALTER TABLE job_posts ADD COLUMN search_vector tsvector").run()
            try await sql.raw("CREATE INDEX job_posts_search ON job_posts USING gin (search_vector)").run()
        } else {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE job_post_search USING fts5(words, facets, content='', \
                contentless_delete=1, detail=column)
                """
            ).run()
        }
        // The open posts newest first, for a list without keyword or filter.
        try await sql.create(index: "job_posts_open").on(JobPost.schema).column("state").column("search_key").run()
    }

    package static func drop(on sql: any SQLDatabase) async throws {
        if TalentSearchIndex.isPostgres(sql) {
            try await sql.raw("DROP SEQUENCE job_post_search_key").run()
        } else {
            try await sql.raw("DROP TABLE job_post_search").run()
        }
    }

    /// A fresh key: a post published later sorts before those published earlier.
    package static func nextKey(on sql: any SQLDatabase) async throws -> Int64 {
        if TalentSearchIndex.isPostgres(sql) {
            return try await sql.raw("SELECT nextval('job_post_search_key') AS k").first()?
                .decode(column: "k", as: Int64.self) ?? 1
        }
        let last =
            try await sql.raw("SELECT MAX(search_key) AS k FROM job_posts").first()?
            .decode(column: "k", as: Int64?.self) ?? 0
        return last + 1
    }

    /// The tokens of one post: the words of its title, skills, occupation, employer and
    /// the start of its description; its occupation, chain, district, education asked
    /// (`any` when none) and campaign.
    package struct Document: Sendable {
        package var words: [String]
        package var facets: [String]

        package init(_ post: JobPost, occupationNames: [String], employerName: String) {
            words = SearchTokens.document(
                [post.title, employerName] + post.skillList + occupationNames + [String(post.description.prefix(200))])
            let coded: [(SearchFacet, String?)] = [
                (.occupation, post.occupationCode), (.chain, post.chainCode), (.district, post.districtCode),
                (.education, post.education?.rawValue ?? Self.anyEducation),
                (.campaign, post.$campaign.id.uuidString),
            ]
            facets = coded.compactMap { facet, code in code.map(facet.token) }
        }

        /// The education token of a post that asks for none.
        package static let anyEducation = "any"
    }

    package static func write(_ document: Document, post: JobPost, on sql: any SQLDatabase) async throws {
        let id = try post.requireID()
        if TalentSearchIndex.isPostgres(sql) {
            let tokens = document.words + document.facets.map(TalentSearchIndex.postgresCoded)
            try await sql.raw(
                "UPDATE job_posts SET search_vector = array_to_tsvector(\(bind: tokens)::text[]) WHERE id = \(bind: id)"
            ).run()
        } else {
            try await sql.raw("DELETE FROM job_post_search WHERE rowid = \(bind: post.searchKey)").run()
            try await sql.raw(
                """
                INSERT INTO job_post_search (rowid, words, facets) VALUES \
                (\(bind: post.searchKey), \(bind: document.words.joined(separator: " ")), \
                \(bind: document.facets.joined(separator: " ")))
                """
            ).run()
        }
    }

    package static func remove(_ post: JobPost, on sql: any SQLDatabase) async throws {
        if TalentSearchIndex.isPostgres(sql) {
            try await sql.raw("UPDATE job_posts SET search_vector = NULL WHERE id = \(bind: post.requireID())").run()
        } else {
            try await sql.raw("DELETE FROM job_post_search WHERE rowid = \(bind: post.searchKey)").run()
        }
    }
}
