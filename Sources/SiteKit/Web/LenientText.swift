import Foundation

/// A form or JSON field read as text whatever its JSON type: a form sends `"30"`, a
/// JSON client `30` or `true`. Validation then works on one representation and reports
/// a bad value with a message naming the field, rather than the decoder failing the
/// whole request.
@propertyWrapper
package struct LenientText: Codable, Sendable, Equatable {
    package var wrappedValue: String?

    package init(wrappedValue: String? = nil) { self.wrappedValue = wrappedValue }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            wrappedValue = nil
        } else if let text = try? container.decode(String.self) {
            wrappedValue = text
        } else if let number = try? container.decode(Int64.self) {
            wrappedValue = String(number)
        } else if let flag = try? container.decode(Bool.self) {
            wrappedValue = flag ? "true" : "false"
        } else if let number = try? container.decode(Double.self) {
            wrappedValue = String(number)
        } else {
            wrappedValue = Self.notText
        }
    }

    /// What an object or array stands for where text belongs: a value no field accepts
    /// (`FieldReader` names the field).
    package static let notText = "\u{FFFD}"

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// A missing key is an empty field, not a decoding error.
    package func decode(_ type: LenientText.Type, forKey key: Key) throws -> LenientText {
        try decodeIfPresent(type, forKey: key) ?? LenientText()
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
