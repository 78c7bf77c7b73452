import Fluent
import Foundation
import TalentDomain

/// An in-app notification (站内消息): something that happened that one person should know
/// — their application returned, a new application in their department's queue. Written
/// in the transaction of what it reports, in both languages (it is read later, in the
/// reader's language), with the page it is about.
///
/// The table is also the outbox for other channels: an e-mail or SMS sender would be a job
/// that reads the rows it has not sent yet (`sent_at`, a later column) for the people who
/// asked for it; nothing that writes notifications changes for that.
package final class UserNotification: Model, @unchecked Sendable {
    package static let schema = "notifications"

    @ID(key: .id) package var id: UUID?
    /// The account it is for.
    @Field(key: "user_id") package var userID: UUID
    /// What it reports, e.g. `application.returned`.
    @Field(key: "kind") package var kind: String
    @Field(key: "text_zh") package var textZh: String
    @Field(key: "text_en") package var textEn: String
    /// The page it is about (a site path).
    @Field(key: "link") package var link: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "read_at") package var readAt: Date?

    package init() {}

    package var properties: [any AnyProperty] { [$id, $userID, $kind, $textZh, $textEn, $link, $createdAt, $readAt] }

    package func text(_ language: DisplayLanguage) -> String { language == .zh ? textZh : textEn }
}

/// Writes notifications.
package enum Notifier {
    /// One notification of `message` to each of `users`, about `link`.
    package static func notify(
        _ users: some Sequence<UUID>, kind: String, _ message: Message, link: SiteURL, at now: Date,
        on db: any Database
    ) async throws {
        let rows = Set(users).map { user in
            let row = UserNotification()
            row.userID = user
            row.kind = kind
            row.textZh = message.text(.zh)
            row.textEn = message.text(.en)
            row.link = link.path
            row.createdAt = now
            return row
        }
        guard !rows.isEmpty else { return }
        try await rows.create(on: db)
    }

    /// How many of `user`'s notifications are unread (the header's count).
    package static func unread(for user: UUID, on db: any Database) async throws -> Int {
        try await UserNotification.query(on: db).filter(\.$userID == user).filter(\.$readAt == nil).count()
    }
}
