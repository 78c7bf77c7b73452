import Fluent
import Foundation
import SQLKit
import SiteKit

/// The talent search index (see `TalentSearchIndex`): a small integer key per talent that
/// the index refers to, and the index itself — an FTS5 table on SQLite, a `tsvector`
/// column with a GIN index on PostgreSQL — plus the orderings the result lists use.
package struct AddTalentSearch: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let postgres = sql.dialect.name == "postgresql"
        try await database.schema(Talent.schema).field("search_key", .int64).update()
        if postgres {
            try await sql.raw("CREATE SEQUENCE talent_search_key").run()
            try await sql.raw("ALTER TABLE talents ADD COLUMN search_vector tsvector").run()
            try await sql.raw("CREATE INDEX talents_search ON talents USING gin (search_vector)").run()
        } else {
            // Contentless: the index keeps only tokens, never a copy of the text, and
            // `contentless_delete` lets a profile's row be replaced or erased.
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE talent_search USING fts5(name, other, facets, content='', \
                contentless_delete=1, detail=column)
                """
            ).run()
        }
        // Profiles that exist before the index get keys in creation order and their tokens.
        let existing = try await sql.raw("SELECT id FROM talents ORDER BY created_at, id").all()
        for (offset, row) in existing.enumerated() {
            let id = try row.decode(column: "id", as: UUID.self)
            try await sql.update(Talent.schema).set("search_key", to: offset + 1).where("id", .equal, id).run()
        }
        if postgres, !existing.isEmpty {
            try await sql.raw("SELECT setval('talent_search_key', \(literal: existing.count))").run()
        }
        try await TalentSearchIndex.rebuild(on: database)
        try await sql.create(index: "talents_search_key").unique().on(Talent.schema).column("search_key").run()
        try await sql.create(index: "talents_name").on(Talent.schema).column("name").column("search_key").run()
        try await sql.create(index: "talents_updated").on(Talent.schema).column("updated_at").column("search_key").run()
    }

    package func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in ["talents_updated", "talents_name", "talents_search_key"] {
            try await sql.drop(index: index).run()
        }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP INDEX talents_search").run()
            try await sql.raw("ALTER TABLE talents DROP COLUMN search_vector").run()
            try await sql.raw("DROP SEQUENCE talent_search_key").run()
        } else {
            try await sql.raw("DROP TABLE talent_search").run()
        }
        try await database.schema(Talent.schema).deleteField("search_key").update()
    }
}
