import TalentDomain
import Vapor

extension Layout {
    init(request: Request, policy: PolicyDocument) {
        let query = (request.url.query ?? "").split(separator: "&").compactMap { pair -> (String, String)? in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard let name = parts.first?.removingPercentEncoding, !name.isEmpty else { return nil }
            let value = parts.count > 1 ? (parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "") : ""
            return (name, value)
        }
        self.init(messages: request.messages, policy: policy, currentPath: request.url.path,
                  currentQuery: query)
        if let user = request.auth.get(User.self) {
            account = AccountBadge(name: user.displayName, role: user.role, csrf: CSRF.token(for: request))
        }
    }
}

extension Messages {
    /// "≥ 200 人" / "≥ 200 people": a target's comparison, number and unit.
    func target(_ target: Target) -> String {
        let unit: String = switch target.unit {
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
