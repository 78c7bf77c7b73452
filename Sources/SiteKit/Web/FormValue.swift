import Foundation

/// A field of a request body that a page's form and the JSON API both send. A form gives
/// every value as text. A JSON body must give each value in its declared JSON type —
/// `FormText` a string, `FormNumber` a number, `FormFlag` a boolean, `FormList` an array
/// of strings — as the API document says. A value of another type is not a decoding
/// error that fails the whole request: it becomes `FormValueKind.notValid`, which the
/// field's reader reports naming the field (422), with every other field still checked.
/// The value is kept as text, so one validation serves both edges.
package protocol FormValue: Codable, Sendable, Equatable {
    static var kind: FormValueKind { get }
    var wrappedValue: String? { get set }
    init(wrappedValue: String?)
}

/// The JSON type a `FormValue` must have in an API request.
package enum FormValueKind: String, Sendable {
    case text, number, flag, list

    /// What a value of the wrong JSON type reads as: a value no field accepts.
    package static let notValid = "\u{FFFD}"
}

extension CodingUserInfoKey {
    /// Set on the API's JSON decoder: values must have their declared JSON types.
    package static let strictTypes = CodingUserInfoKey(rawValue: "talent.strictTypes")!
}

extension JSONDecoder {
    /// The decoder of API request bodies (`ContentConfiguration` for JSON).
    package static var strictAPI: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        decoder.userInfo[.strictTypes] = true
        return decoder
    }
}

extension FormValue {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let form = decoder.userInfo[.strictTypes] as? Bool != true
        // A form's list may also come as ticked boxes (`occupations[]`), which a form
        // decoder reports as nil when asked for a single value: read it first.
        if form, Self.kind == .list, let items = try? container.decode([String].self), !items.isEmpty {
            self.init(wrappedValue: items.joined(separator: "\n"))
            return
        }
        guard !container.decodeNil() else {
            self.init(wrappedValue: nil)
            return
        }
        guard !form else {
            // A form: text whatever it says.
            self.init(wrappedValue: (try? container.decode(String.self)) ?? FormValueKind.notValid)
            return
        }
        let value: String? =
            switch Self.kind {
            case .text: try? container.decode(String.self)
            case .number:
                (try? container.decode(Int64.self)).map(String.init)
                    ?? (try? container.decode(Decimal.self)).map { "\($0)" }
            case .flag: (try? container.decode(Bool.self)).map { $0 ? "true" : "false" }
            case .list: (try? container.decode([String].self)).map { $0.joined(separator: "\n") }
            }
        self.init(wrappedValue: value ?? FormValueKind.notValid)
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

/// Text: a JSON string.
@propertyWrapper
package struct FormText: FormValue {
    package static let kind = FormValueKind.text
    package var wrappedValue: String?
    package init(wrappedValue: String? = nil) { self.wrappedValue = wrappedValue }
}

/// A number (a whole number, an amount, hours): a JSON number.
@propertyWrapper
package struct FormNumber: FormValue {
    package static let kind = FormValueKind.number
    package var wrappedValue: String?
    package init(wrappedValue: String? = nil) { self.wrappedValue = wrappedValue }
}

/// A yes or no (a checkbox, a pass or fail): a JSON boolean.
@propertyWrapper
package struct FormFlag: FormValue {
    package static let kind = FormValueKind.flag
    package var wrappedValue: String?
    package init(wrappedValue: String? = nil) { self.wrappedValue = wrappedValue }
}

/// Several values (a form's text area, one a line): a JSON array of strings.
@propertyWrapper
package struct FormList: FormValue {
    package static let kind = FormValueKind.list
    package var wrappedValue: String?
    package init(wrappedValue: String? = nil) { self.wrappedValue = wrappedValue }
}

extension KeyedDecodingContainer {
    /// A missing key is an empty field, not a decoding error.
    package func decode<Value: FormValue>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decodeIfPresent(type, forKey: key) ?? Value(wrappedValue: nil)
    }
}

extension String? {
    /// The text with surrounding white space removed; nil when nothing is left.
    package var trimmedText: String? {
        guard let text = self?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// A checkbox or JSON flag: `on`, `true`, `1` or `yes`.
    package var isChecked: Bool {
        guard let text = trimmedText?.lowercased() else { return false }
        return ["on", "true", "1", "yes"].contains(text)
    }
}
