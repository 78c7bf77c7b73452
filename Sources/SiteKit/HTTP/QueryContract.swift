import Foundation
import TalentDomain
import Vapor

/// The API document's query parameters, read from the document itself and enforced before
/// any handler runs (issue 20, deliver 3): a value outside an `enum`, a `date` or `uuid`
/// that is none, an integer out of its range or a text off its `pattern` is answered 400
/// naming the parameter and what it takes — where handlers used to ignore it and answer as
/// if it had not been sent, which a client cannot tell from a match. One source for the
/// contract: a parameter documented is a parameter checked, with nothing to keep in step.
package struct QueryContract: Sendable {
    /// What the document says one query parameter takes.
    package struct Rule: Sendable {
        package var name: String
        /// `integer`, `number`, `boolean` or `string`.
        package var type: String?
        package var allowed: [String]?
        /// `date` (YYYY-MM-DD), `uuid` or `int64`; others are not checked.
        package var format: String?
        package var minimum: Double?
        package var maximum: Double?
        package var pattern: String?
        package var minLength: Int?
        package var maxLength: Int?

        /// Whether `value` is one the document allows.
        package func admits(_ value: String) -> Bool {
            if let allowed, !allowed.contains(value) { return false }
            if let minLength, value.count < minLength { return false }
            if let maxLength, value.count > maxLength { return false }
            switch format {
            case "date": if CalendarDate(value) == nil { return false }
            case "uuid": if UUID(uuidString: value) == nil { return false }
            default: break
            }
            switch type {
            case "integer":
                guard let number = Int64(value) else { return false }
                if !inRange(Double(number)) { return false }
            case "number":
                guard let number = Double(value), number.isFinite, inRange(number) else { return false }
            case "boolean":
                guard value == "true" || value == "false" else { return false }
            default: break
            }
            if let pattern, value.range(of: pattern, options: .regularExpression) == nil { return false }
            return true
        }

        private func inRange(_ number: Double) -> Bool {
            (minimum.map { number >= $0 } ?? true) && (maximum.map { number <= $0 } ?? true)
        }
    }

    /// Each operation's query parameters by name, keyed `GET /api/v1/cohorts/{}`.
    private let operations: [String: [String: Rule]]

    package struct Unreadable: Error {}

    /// Reads an OpenAPI 3.1 document (JSON): each operation's query parameters, with
    /// `$ref`s to shared parameters and schemas followed.
    package init(document: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: document) as? [String: Any],
            let paths = root["paths"] as? [String: [String: Any]]
        else { throw Unreadable() }
        func resolve(_ object: [String: Any]) -> [String: Any] {
            guard let reference = object["$ref"] as? String else { return object }
            let parts = reference.split(separator: "/").dropFirst().map(String.init)
            var node: Any? = root
            for part in parts { node = (node as? [String: Any])?[part] }
            return (node as? [String: Any]).map(resolve) ?? [:]
        }
        var operations: [String: [String: Rule]] = [:]
        for (path, item) in paths {
            let shared = item["parameters"] as? [[String: Any]] ?? []
            for (method, operation) in item {
                guard let operation = operation as? [String: Any],
                    ["get", "post", "put", "patch", "delete"].contains(method)
                else { continue }
                var rules: [String: Rule] = [:]
                for parameter in (shared + (operation["parameters"] as? [[String: Any]] ?? [])).map(resolve)
                where parameter["in"] as? String == "query" {
                    guard let name = parameter["name"] as? String else { continue }
                    let schema = resolve(parameter["schema"] as? [String: Any] ?? [:])
                    rules[name] = Rule(
                        name: name, type: schema["type"] as? String, allowed: schema["enum"] as? [String],
                        format: schema["format"] as? String, minimum: (schema["minimum"] as? NSNumber)?.doubleValue,
                        maximum: (schema["maximum"] as? NSNumber)?.doubleValue, pattern: schema["pattern"] as? String,
                        minLength: schema["minLength"] as? Int, maxLength: schema["maxLength"] as? Int)
                }
                operations["\(method.uppercased()) \(Self.template(path))"] = rules
            }
        }
        self.operations = operations
    }

    /// The first query value the document does not allow for the route, with its rule.
    package func violation(method: HTTPMethod, route: [PathComponent], query: String?)
        -> (rule: Rule, value: String)?
    {
        guard let query, !query.isEmpty,
            let rules = operations["\(method.rawValue) \(Self.template(route))"], !rules.isEmpty
        else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            guard let rule = rules[decode(parts[0])] else { continue }
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if !rule.admits(value) { return (rule, value) }
        }
        return nil
    }

    /// `/api/v1/cohorts/{id}` and the route `api/v1/cohorts/:cohortID` alike: `/api/v1/cohorts/{}`.
    static func template(_ path: String) -> String {
        "/" + path.split(separator: "/").map { $0.hasPrefix("{") ? "{}" : String($0) }.joined(separator: "/")
    }

    static func template(_ route: [PathComponent]) -> String {
        "/"
            + route.map { component in
                switch component {
                case let .constant(text): text
                case .parameter, .anything: "{}"
                case .catchall: "**"
                }
            }.joined(separator: "/")
    }
}

/// Refuses a request whose query breaks the API document (`QueryContract`) with 400. Runs
/// inside the router's match (`request.route` is set), so it knows the operation.
package struct QueryContractMiddleware: Middleware {
    let contract: QueryContract

    package init(contract: QueryContract) {
        self.contract = contract
    }

    /// On futures, like every middleware without I/O (see `RequestIDMiddleware`).
    package func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let route = request.route,
            let (rule, value) = contract.violation(method: route.method, route: route.path, query: request.url.query)
        {
            return request.eventLoop.makeFailedFuture(
                Abort(.badRequest, reason: request.messages(.errorQueryParameter(rule, value: value))))
        }
        return next.respond(to: request)
    }
}
