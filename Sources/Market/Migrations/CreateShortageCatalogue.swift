import Fluent
import Organizations
import SQLKit

/// The urgent-need catalogue (issue 18, M3): employers' declarations with their lines,
/// and the editions compiled from them with their entries.
package struct CreateShortageCatalogue: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(ShortageDeclaration.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, "id"))
            .field("year", .int, .required)
            .field("state", .string, .required)
            .field("return_reason", .string)
            .field("created_by", .uuid, .required)
            .field("submitted_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "organization_id", "year", name: "shortage_declarations_one_a_year")
            .create()
        try await database.schema(ShortageDeclarationLine.schema)
            .id()
            .field(
                "declaration_id", .uuid, .required,
                .references(ShortageDeclaration.schema, "id", onDelete: .cascade)
            )
            .field("occupation_code", .string, .required)
            .field("chain_code", .string, .required)
            .field("headcount", .int, .required)
            .field("education", .string)
            .field("skills", .string, .required)
            .field("experience_years", .int)
            .field("pay_min_fen", .int64, .required)
            .field("pay_max_fen", .int64, .required)
            .field("urgency", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "declaration_id", "occupation_code", "chain_code", name: "shortage_lines_once")
            .create()
        try await database.schema(CatalogueEdition.schema)
            .id()
            .field("year", .int, .required)
            .field("number", .int, .required)
            .field("state", .string, .required)
            .field("supersedes_id", .uuid)
            .field("root_id", .uuid)
            .field("note", .string)
            .field("declaration_count", .int, .required)
            .field("compiled_at", .datetime, .required)
            .field("compiled_by", .uuid, .required)
            .field("published_at", .datetime)
            .field("published_by", .uuid)
            .unique(on: "year", "number", name: "catalogue_editions_numbered")
            .create()
        try await database.schema(CatalogueEntry.schema)
            .id()
            .field("edition_id", .uuid, .required, .references(CatalogueEdition.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("occupation_code", .string, .required)
            .field("chain_code", .string, .required)
            .field("headcount", .int, .required)
            .field("employer_count", .int, .required)
            .field("urgency", .string, .required)
            .field("education", .string)
            .field("skills", .string, .required)
            .field("experience_years", .int)
            .field("pay_min_fen", .int64, .required)
            .field("pay_max_fen", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A year's declarations for compiling and reviewing; an edition's entries in order.
        try await sql.create(index: "shortage_declarations_year").on(ShortageDeclaration.schema)
            .column("year").column("state").run()
        try await sql.create(index: "catalogue_entries_edition").on(CatalogueEntry.schema)
            .column("edition_id").column("position").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CatalogueEntry.schema).delete()
        try await database.schema(CatalogueEdition.schema).delete()
        try await database.schema(ShortageDeclarationLine.schema).delete()
        try await database.schema(ShortageDeclaration.schema).delete()
    }
}
