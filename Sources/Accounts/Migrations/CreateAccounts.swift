import Fluent
import Organizations
import SQLKit
import SiteKit

package struct CreateUser: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("display_name", .string, .required)
            .field("email", .string)
            .field("mobile", .string)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("department_code", .string)
            .field("organization_id", .uuid, .references(Organization.schema, "id"))
            .field("is_active", .bool, .required)
            .field("must_change_password", .bool, .required)
            .field("last_login_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .unique(on: "mobile")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}

package struct CreateUserSession: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(UserSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(UserSession.schema).delete()
    }
}

package struct CreateLoginAttempt: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema)
            .id()
            .field("account_key", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The throttle reads recent failures by account and by address; the clean-up
        // deletes by age.
        try await sql.create(index: "login_attempts_account").on(LoginAttempt.schema)
            .column("account_key").column("attempted_at").run()
        try await sql.create(index: "login_attempts_address").on(LoginAttempt.schema)
            .column("address").column("attempted_at").run()
        try await sql.create(index: "login_attempts_time").on(LoginAttempt.schema).column("attempted_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema).delete()
    }
}

package struct CreateAPIToken: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(APIToken.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("scope", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(APIToken.schema).delete()
    }
}
