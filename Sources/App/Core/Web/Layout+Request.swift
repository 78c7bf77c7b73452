import Foundation
import TalentDomain
import Vapor

extension Layout {
    init(request: Request, policy: PolicyDocument) {
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
        if let user = request.auth.get(User.self) {
            account = AccountBadge(name: user.displayName, role: user.role, csrf: CSRF.token(for: request))
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

extension Messages {
    /// "≥ 200 人" / "≥ 200 people": a target's comparison, number and unit.
    func target(_ target: Target) -> String {
        let unit: String =
            switch target.unit {
            case .person: self(.unitPerson)
            case .session: self(.unitSession)
            case .event: self(.unitEvent)
            case .edition: self(.unitEdition)
            case .percent: self(.unitPercent)
            }
        let separator = target.unit == .percent || language == .zh ? "" : " "
        return "\(target.comparison.symbol) \(target.value)\(separator)\(unit)"
    }

    func level(_ level: EngineerLevel) -> String {
        switch level {
        case .junior: self(.levelJunior)
        case .intermediate: self(.levelIntermediate)
        case .senior: self(.levelSenior)
        }
    }
}

/// The response for a rendered page.
func htmlResponse(_ html: String, status: HTTPStatus = .ok) -> Response {
    let response = Response(status: status, body: .init(string: html))
    response.headers.contentType = .html
    return response
}
