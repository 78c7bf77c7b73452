import Fluent

/// What is kept of each secret key a rotation retired (`RetiredKey`), so that the audit
/// trail and certificates made under it still verify once it has left the configuration.
package struct CreateRetiredKeys: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(RetiredKey.schema)
            .id()
            .field("key_id", .string, .required)
            .field("signing_public_key", .string, .required)
            .field("audit_key_sealed", .string, .required)
            .field("retired_at", .datetime, .required)
            .field("sealed_through", .int64, .required)
            .unique(on: "key_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(RetiredKey.schema).delete()
    }
}
