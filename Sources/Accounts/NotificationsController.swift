import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// In-app notifications (issue 16): the signed-in person's list, newest first, and
/// marking them read — as a page (`/notifications`, counted in the header) and through
/// the API (`/api/v1/notifications`).
package struct NotificationsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.notifications.route, use: page)
        pages.post(SiteURL.notificationsRead.route, use: readAllFromForm)
        pages.post(SiteURL.routeByID(SiteURL.notificationRead), use: readOneFromForm)
        let api = routes.grouped("api", "v1", "notifications").grouped(RequireSignIn())
        api.get(use: list)
        api.post("read", use: readAll)
        api.post(":id", "read", use: readOne)
    }

    /// The latest 100, newest first.
    private func latest(_ req: Request) async throws -> [UserNotification] {
        try await req.scopedQuery(UserNotification.self).sort(\.$createdAt, .descending).sort(\.$id).limit(100).all()
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let model = NotificationsPageModel(
            notifications: try await latest(req), csrf: CSRF.token(for: req),
            marked: req.query[String.self, at: "read"] != nil)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func list(req: Request) async throws -> NotificationsDTO {
        let actor = try req.requireActor()
        return NotificationsDTO(
            items: try await latest(req).map { try NotificationDTO($0, language: req.messages.language) },
            unreadCount: try await Notifier.unread(for: actor.userID, on: req.db))
    }

    @Sendable package func readAll(req: Request) async throws -> NotificationsDTO {
        try await markAll(req)
        return try await list(req: req)
    }

    @Sendable package func readOne(req: Request) async throws -> NotificationDTO {
        try NotificationDTO(try await markOne(req), language: req.messages.language)
    }

    @Sendable package func readAllFromForm(req: Request) async throws -> Response {
        try await markAll(req)
        return req.redirect(to: SiteURL.notifications.path + "?read=1")
    }

    @Sendable package func readOneFromForm(req: Request) async throws -> Response {
        _ = try await markOne(req)
        return req.redirect(to: SiteURL.notifications.path + "?read=1")
    }

    private func markAll(_ req: Request) async throws {
        let now = req.clock.now
        let query = try req.scopedQuery(UserNotification.self, for: .change)
        try await query.filter(\.$readAt == nil).set(\.$readAt, to: now).update()
    }

    /// Marks the notification of the path read (again: a no-op); 404 when it is not the caller's.
    private func markOne(_ req: Request) async throws -> UserNotification {
        guard let id = req.parameters.get("id", as: UUID.self),
            let notification = try await req.scopedQuery(UserNotification.self, for: .change).filter(\.$id == id)
                .first()
        else { throw Abort(.notFound) }
        if notification.readAt == nil {
            notification.readAt = req.clock.now
            try await notification.save(on: req.db)
        }
        return notification
    }
}

package struct NotificationDTO: Content {
    package var id: UUID
    package var kind: String
    /// In the language of the response.
    package var text: String
    /// The page it is about.
    package var link: String
    package var createdAt: Date
    package var readAt: Date?

    package init(_ notification: UserNotification, language: DisplayLanguage) throws {
        id = try notification.requireID()
        kind = notification.kind
        text = notification.text(language)
        link = notification.link
        createdAt = notification.createdAt
        readAt = notification.readAt
    }
}

package struct NotificationsDTO: Content {
    package var items: [NotificationDTO]
    package var unreadCount: Int
}

/// `/notifications`: the latest first, the unread marked, each with the way to its page.
package struct NotificationsPageModel {
    package var notifications: [UserNotification]
    package var csrf: String
    package var marked: Bool

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let unread = notifications.filter { $0.readAt == nil }.count
        let items: [Node<HTML.ListContext>] = notifications.map { notification in
            let isUnread = notification.readAt == nil
            let mark: Node<HTML.BodyContext> =
                isUnread
                ? .form(
                    .class("inline-form"), .method(.post),
                    .action(notification.id.map { SiteURL.notificationRead($0).path } ?? SiteURL.notifications.path),
                    FormParts.csrf(csrf),
                    .button(.type(.submit), .class("link-button"), .text(m(.notificationMarkRead))))
                : .empty
            return .li(
                .class("card"), .data(named: "read", value: isUnread ? "no" : "yes"),
                .p(
                    .if(isUnread, .span(.class("badge badge--warn"), .text(m(.notificationUnread)))),
                    .text(" \(ZiboTime.timestamp(notification.createdAt))")),
                .p(.a(.href(notification.link), .text(notification.text(m.language)))),
                mark)
        }
        return layout.render(
            title: m(.notificationsTitle),
            body: .group(
                .h1(.text(m(.notificationsTitle))),
                FormParts.notice(marked ? m(.notificationsMarked) : nil),
                .if(
                    unread > 0,
                    .form(
                        .method(.post), .action(SiteURL.notificationsRead.path), FormParts.csrf(csrf),
                        .button(.type(.submit), .class("button button--secondary"), .text(m(.notificationsMarkAll))))),
                notifications.isEmpty
                    ? .p(.class("empty-state"), .text(m(.notificationsEmpty)))
                    : .ul(.class("card-list"), .id("notifications"), .group(items))))
    }
}
