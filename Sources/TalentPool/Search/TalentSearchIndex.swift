import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain

/// Keeps the search index of talent profiles in step with the profiles, inside the
/// caller's transaction. Tokens come from `SearchTokens` (Swift), so both engines index
/// exactly the same words; each engine stores them its own way:
///
/// - SQLite: a contentless FTS5 table whose rowid is the talent's `search_key`, with a
///   `name` and an `other` column (a match in the name ranks first);
/// - PostgreSQL: `talents.search_vector`, all tokens in one `tsvector` under a GIN index,
///   the coded ones spelled apart (`vector(_:)`).
package enum TalentSearchIndex {
    /// The tokens of one profile: the name's, marked (`SearchTokens.inName`); all words —
    /// name, skills, major, school, the employer's name and the occupations' names —
    /// plain; and its coded properties (`SearchFacet`).
    package struct Document: Sendable {
        package var name: [String]
        package var other: [String]
        package var facets: [String]

        package init(
            talent: Talent, attributes: [(kind: TalentAttribute.Kind, code: String)], employer: Organization?,
            occupationNames: [String]
        ) {
            self.init(
                talent: talent, attributes: attributes, employer: employer,
                sharedTokens: SearchTokens.document([employer?.name].compactMap { $0 } + occupationNames))
        }

        /// `sharedTokens`: the employer's and occupations' words, which a bulk import
        /// splits once per organisation and occupation rather than once per row.
        package init(
            talent: Talent, attributes: [(kind: TalentAttribute.Kind, code: String)], employer: Organization?,
            sharedTokens: [String]
        ) {
            self.init(
                fields: .init(
                    name: talent.name, skills: talent.skillList, major: talent.major, school: talent.school,
                    districtCode: talent.districtCode, educationLevel: talent.educationLevel,
                    titleLevel: talent.titleLevel, skillLevel: talent.skillLevel, birthDate: talent.birthDate),
                attributes: attributes, employer: employer, sharedTokens: sharedTokens)
        }

        /// What a document is made of, apart from a `Talent` model: a bulk import has the
        /// checked row, and making a model for each row was a twentieth of its time.
        package struct Fields {
            package var name: String
            package var skills: [String]
            package var major: String?
            package var school: String?
            package var districtCode: String
            package var educationLevel: String?
            package var titleLevel: String?
            package var skillLevel: String?
            /// `YYYY-MM-DD`.
            package var birthDate: String
        }

        package init(
            fields record: Fields, attributes: [(kind: TalentAttribute.Kind, code: String)], employer: Organization?,
            sharedTokens: [String]
        ) {
            let nameTokens = SearchTokens.document([record.name])
            name = nameTokens.map(SearchTokens.inName)
            other = SearchTokens.document(
                record.skills + [record.major, record.school].compactMap { $0 }, adding: nameTokens + sharedTokens)
            var facets: [(SearchFacet, String?)] = [
                (.district, record.districtCode), (.education, record.educationLevel), (.titleLevel, record.titleLevel),
                (.skillLevel, record.skillLevel), (.chain, employer?.chainCode),
                (.employer, employer?.id?.uuidString), (.birthYear, String(record.birthDate.prefix(4))),
            ]
            for attribute in attributes {
                switch attribute.kind {
                case .occupation: facets.append((.occupation, attribute.code))
                case .category: facets.append((.category, attribute.code))
                case .keyGroup: facets.append((.keyGroup, attribute.code))
                }
            }
            self.facets = facets.compactMap { facet, code in code.map(facet.token) }
        }
    }

    package static func isPostgres(_ sql: any SQLDatabase) -> Bool { sql.dialect.name == "postgresql" }

    /// `count` fresh keys, ascending. SQLite serialises writers, so the largest key plus
    /// one is free for the rest of the transaction; PostgreSQL uses a sequence, which is
    /// safe under concurrent transactions.
    package static func nextKeys(_ count: Int, on sql: any SQLDatabase) async throws -> [Int64] {
        guard count > 0 else { return [] }
        if isPostgres(sql) {
            return try await sql.raw("SELECT nextval('talent_search_key') AS k FROM generate_series(1, \(bind: count))")
                .all().map { try $0.decode(column: "k", as: Int64.self) }.sorted()
        }
        let last =
            try await sql.raw("SELECT MAX(search_key) AS k FROM talents").first()?
            .decode(column: "k", as: Int64?.self) ?? 0
        return (1...Int64(count)).map { last + $0 }
    }

    /// Writes (or replaces) the tokens of the talent with `key`.
    package static func write(_ document: Document, key: Int64, talentID: UUID, on sql: any SQLDatabase) async throws {
        if isPostgres(sql) {
            try await sql.raw(
                """
                UPDATE talents SET search_vector = \(vector(document)) WHERE id = \(bind: talentID)
                """
            ).run()
        } else {
            try await sql.raw("DELETE FROM talent_search WHERE rowid = \(bind: key)").run()
            try await sql.raw(
                """
                INSERT INTO talent_search (rowid, name, other, facets) VALUES \(row(key, document))
                """
            ).run()
        }
    }

    /// Removes a talent from the index (erasure): their words can no longer find them.
    package static func remove(key: Int64, talentID: UUID, on sql: any SQLDatabase) async throws {
        if isPostgres(sql) {
            try await sql.raw("UPDATE talents SET search_vector = NULL WHERE id = \(bind: talentID)").run()
        } else {
            try await sql.raw("DELETE FROM talent_search WHERE rowid = \(bind: key)").run()
        }
    }

    /// Removes the index entries of profiles about to be deleted (an import taken back).
    /// On PostgreSQL the vectors go with the rows.
    package static func removeAll(keys: [Int64], on sql: any SQLDatabase) async throws {
        guard !isPostgres(sql), !keys.isEmpty else { return }
        try await sql.raw("DELETE FROM talent_search WHERE rowid IN (\(SQLList(keys.map { SQLBind($0) })))").run()
    }

    /// The PostgreSQL expression for a document's vector: all words as they are, the
    /// marked name words and the facets spelled with a leading `_` (`postgresCoded`).
    ///
    /// No weights: a `tsquery` that asks for a weight makes the GIN index recheck every
    /// candidate row against its stored vector, which for a word in half the pool took
    /// seconds. The `_` keeps the coded tokens apart from words instead, as the separate
    /// columns do in SQLite: a word never holds one (`SearchTokens` splits on it).
    package static func vector(_ document: Document) -> SQLQueryString {
        "array_to_tsvector(\(bind: document.other + (document.name + document.facets).map(postgresCoded))::text[])"
    }

    /// A marked name word or a facet as PostgreSQL stores it (`_n张伟`, `_d370303`).
    package static func postgresCoded(_ token: String) -> String {
        "_" + token
    }

    /// One SQLite FTS5 row: `(rowid, name, other, facets)`.
    private static func row(_ key: Int64, _ document: Document) -> SQLQueryString {
        let text = { (tokens: [String]) in tokens.joined(separator: " ") }
        return
            "(\(bind: key), \(bind: text(document.name)), \(bind: text(document.other)), \(bind: text(document.facets)))"
    }

    /// Re-derives one profile's tokens after a change made outside `TalentStore` (a
    /// certificate raising its levels).
    package static func reindex(_ talent: Talent, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, let key = talent.searchKey, talent.status != "erased" else {
            return
        }
        let id = try talent.requireID()
        let attributes = try await TalentAttribute.query(on: database).filter(\.$talent.$id == id).all()
            .map { (kind: $0.kind, code: $0.code) }
        let occupationCodes = attributes.filter { $0.kind == .occupation }.map(\.code)
        let names =
            occupationCodes.isEmpty
            ? []
            : try await Occupation.query(on: database)
                .filter(\.$id ~~ occupationCodes).all().flatMap { [$0.nameZh, $0.nameEn] }
        let employer = try await talent.$employer.get(on: database)
        try await write(
            Document(talent: talent, attributes: attributes, employer: employer, occupationNames: names),
            key: key, talentID: id, on: sql)
    }

    /// Re-derives every indexed profile's tokens. Used when the index is created and
    /// whenever what is indexed changes (a new migration calls it).
    package static func rebuild(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let occupationNames = try await Dictionary(
            uniqueKeysWithValues: Occupation.query(on: database).all().map { ($0.id ?? "", [$0.nameZh, $0.nameEn]) })
        let employers = try await Dictionary(
            uniqueKeysWithValues: Organization.query(on: database).field(\.$id).field(\.$name).field(\.$chainCode)
                .all().map { ($0.id ?? UUID(), $0) })
        var after: Int64 = 0
        while true {
            // Only the columns a document reads: a migration runs this on a table that
            // may not have the columns later migrations add (`field_work_since`, …).
            let talents = try await Talent.query(on: database).filter(\.$searchKey > after)
                .filter(\.$status != "erased")
                .field(\.$id).field(\.$name).field(\.$skills).field(\.$major).field(\.$school)
                .field(\.$districtCode).field(\.$educationLevel).field(\.$titleLevel).field(\.$skillLevel)
                .field(\.$employer.$id).field(\.$birthDate).field(\.$searchKey)
                .sort(\.$searchKey).limit(1000).all()
            guard let last = talents.last?.searchKey else { return }
            let ids = try talents.map { try $0.requireID() }
            let attributes = try await TalentAttribute.query(on: database).filter(\.$talent.$id ~~ ids).all()
            for talent in talents {
                let id = try talent.requireID()
                let own = attributes.filter { $0.$talent.id == id }.map { (kind: $0.kind, code: $0.code) }
                let names = own.filter { $0.kind == .occupation }.flatMap { occupationNames[$0.code] ?? [] }
                let document = Document(
                    talent: talent, attributes: own,
                    employer: talent.$employer.id.flatMap { employers[$0] }, occupationNames: names)
                try await write(document, key: talent.searchKey ?? 0, talentID: id, on: sql)
            }
            after = last
        }
    }
}
