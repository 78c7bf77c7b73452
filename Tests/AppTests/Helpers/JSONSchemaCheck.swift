import Foundation

/// A JSON value as parsed, keeping booleans, integers and other numbers apart (schemas
/// tell `integer` from `boolean`, which `JSONSerialization` blurs on Linux).
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONValue? {
        if case let .object(members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case let .string(text) = self { return text }
        return nil
    }
}

/// Checks a response against the OpenAPI document's schema, for the parts of JSON Schema
/// the document uses: `$ref`, `type` (one or several), `properties`, `required`,
/// `additionalProperties`, `items`, `enum`, `const`, `anyOf` and `oneOf`. Stricter than
/// JSON Schema in one way on purpose: a property the server sends that the schema does
/// not declare is a problem, so the document cannot fall behind the types.
struct JSONSchemaCheck {
    let document: JSONValue

    /// The schema of a path's JSON answer, e.g. (`/api/v1/cohorts/{id}`, `get`, `200`).
    func responseSchema(_ path: String, _ method: String, _ status: String) -> JSONValue? {
        document["paths"]?[path]?[method]?["responses"]?[status]?["content"]?["application/json"]?["schema"]
    }

    /// Every way `value` departs from `schema`, each naming where (`$.items[0].status`).
    func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let resolved = document["components"]?["schemas"]?[name] else { return ["\(path): no \(reference)"] }
            return problems(value, resolved, at: path)
        }
        for key in ["anyOf", "oneOf"] {
            if case let .array(options)? = schema[key] {
                let all = options.map { problems(value, $0, at: path) }
                if all.contains(where: \.isEmpty) { return [] }
                return ["\(path): matches none of \(key): " + (all.first?.joined(separator: "; ") ?? "")]
            }
        }
        if let constant = schema["const"], constant != value { return ["\(path): not \(constant)"] }
        if case let .array(allowed)? = schema["enum"], !allowed.contains(value) {
            return ["\(path): \(value) is not one of the enum"]
        }
        if let types = typeNames(schema["type"]), !types.contains(where: { matches(value, $0) }) {
            return ["\(path): \(value) is not \(types.joined(separator: "|"))"]
        }
        switch value {
        case let .object(members):
            var found: [String] = []
            let declared: [String: JSONValue]
            if case let .object(properties)? = schema["properties"] { declared = properties } else { declared = [:] }
            if case let .array(required)? = schema["required"] {
                for case let .string(name) in required where members[name] == nil {
                    found.append("\(path): required \(name) is missing")
                }
            }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let property = declared[name] {
                    found += problems(member, property, at: "\(path).\(name)")
                } else if case let .object(extra)? = schema["additionalProperties"] {
                    found += problems(member, .object(extra), at: "\(path).\(name)")
                } else if schema["additionalProperties"] != .bool(true) {
                    found.append("\(path): \(name) is not in the document")
                }
            }
            return found
        case let .array(elements):
            guard let items = schema["items"] else { return [] }
            return elements.enumerated().flatMap { problems($0.element, items, at: "\(path)[\($0.offset)]") }
        default:
            return []
        }
    }

    private func typeNames(_ type: JSONValue?) -> [String]? {
        switch type {
        case let .string(name)?: [name]
        case let .array(names)?: names.compactMap(\.string)
        default: nil
        }
    }

    private func matches(_ value: JSONValue, _ type: String) -> Bool {
        switch (value, type) {
        case (.null, "null"), (.bool, "boolean"), (.int, "integer"), (.int, "number"), (.double, "number"),
            (.string, "string"), (.array, "array"), (.object, "object"):
            true
        default: false
        }
    }
}
