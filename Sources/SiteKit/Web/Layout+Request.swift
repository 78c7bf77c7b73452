import Foundation
import TalentDomain
import Vapor

extension Layout {
    package init(request: Request, policy: PolicyDocument) {
        let (path, rawQuery) = Self.pageAddress(of: request)
        let query = (rawQuery ?? "").split(separator: "&").compactMap { pair -> (String, String)? in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            // The CSRF token of an upload rides in its address; it is not repeated in links.
            guard let name = parts.first?.removingPercentEncoding, !name.isEmpty, name != CSRF.fieldName else {
                return nil
            }
            let value =
                parts.count > 1 ? (parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "") : ""
            return (name, value)
        }
        self.init(messages: request.messages, policy: policy, currentPath: path, currentQuery: query)
        navigation = request.application.navigation
        if let signedIn = request.signedIn {
            account = AccountBadge(
                name: signedIn.name, role: signedIn.actor.role, csrf: CSRF.token(for: request), places: navigation,
                unreadNotifications: signedIn.unreadNotifications)
        }
    }

    /// The address the page's links (the language switch, the current section) are made
    /// from. A form shown again with its errors answers a POST, whose address has no page
    /// of its own: that is the page the form was sent from (its `Referer`, path only, so
    /// no other site can be named), or the home page.
    private static func pageAddress(of request: Request) -> (path: String, query: String?) {
        guard request.method != .GET, request.method != .HEAD else { return (request.url.path, request.url.query) }
        guard let referer = request.headers.first(name: .referer).flatMap({ URLComponents(string: $0) }),
            referer.path.hasPrefix("/"), !referer.path.hasPrefix("//")
        else { return ("/", nil) }
        return (referer.path, referer.percentEncodedQuery)
    }
}
