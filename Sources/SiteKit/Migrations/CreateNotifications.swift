import Fluent
import SQLKit

/// In-app notifications (issue 16), read newest first per person and counted unread.
package struct CreateNotifications: AsyncMigration {
    package init() {}

    package func prepare(on database: any Database) async throws {
        try await database.schema(UserNotification.schema)
            .id()
            .field("user_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("text_zh", .string, .required)
            .field("text_en", .string, .required)
            .field("link", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "notifications_user").on(UserNotification.schema)
            .column("user_id").column("read_at").column("created_at").run()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(UserNotification.schema).delete()
    }
}
