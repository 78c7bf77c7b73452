import Fluent
import SQLKit
import SiteKit

package struct CreateOccupation: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(Occupation.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("is_digital", .bool, .required)
            .field("aliases", .string, .required)
            .field("verified", .bool, .required)
            .field("search_text", .string, .required)
            .field("source", .string, .required)
            .field("updated_at", .datetime)
            .create()
        // The catalogue page lists digital occupations first, then by code.
        guard let sql = database as? any SQLDatabase else { return }
        try await sql
            .create(index: "occupations_digital_code").on(Occupation.schema)
            .column("is_digital").column("code").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Occupation.schema).delete()
    }
}

package struct CreateDistrict: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(District.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("source", .string, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(District.schema).delete()
    }
}

package struct CreateIndustryChain: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(IndustryChain.schema)
            .field("code", .string, .identifier(auto: false))
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("source", .string, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(IndustryChain.schema).delete()
    }
}

package struct CreateReferenceDataset: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(ReferenceDataset.schema)
            .field("name", .string, .identifier(auto: false))
            .field("checksum", .string, .required)
            .field("loaded_at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(ReferenceDataset.schema).delete()
    }
}
