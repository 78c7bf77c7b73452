import TalentDomain
import Vapor

/// Who a request is signed in as, in the terms every capability needs: the actor the
/// permission table decides for, the name the page header shows, and whether the person
/// must choose a new password first. The accounts capability signs it in with its own
/// account record (from the session cookie or a bearer token); other capabilities read
/// it here, so none of them needs the accounts module to ask who is there.
package struct SignedIn: Authenticatable, Sendable {
    package var actor: Actor
    package var name: String
    package var mustChangePassword: Bool
    /// Unread notifications, for the header (counted when a page is asked for).
    package var unreadNotifications = 0

    package init(actor: Actor, name: String, mustChangePassword: Bool) {
        (self.actor, self.name, self.mustChangePassword) = (actor, name, mustChangePassword)
    }
}

extension Request {
    /// The signed-in person, or nil for a visitor.
    package var signedIn: SignedIn? { auth.get(SignedIn.self) }
}

/// Sends a visitor who is not signed in to the login page (401 problem under `/api`), and
/// a user who must choose a new password to that page first.
package struct RequireSignIn: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let signedIn = request.signedIn else {
            if request.isAPI {
                throw Abort(.unauthorized, reason: request.messages(.errorSignInRequired))
            }
            let target = request.url.path + (request.url.query.map { "?\($0)" } ?? "")
            return request.redirect(to: SiteURL.login.path + "?next=" + percentEncode(target), redirectType: .normal)
        }
        if signedIn.mustChangePassword, request.url.path != SiteURL.accountPassword.path {
            if request.isAPI {
                throw Abort(.forbidden, reason: request.messages(.passwordForced))
            }
            return request.redirect(to: SiteURL.accountPassword.path, redirectType: .normal)
        }
        return try await next.respond(to: request)
    }
}
