import Foundation

/// Problems by field name, in the order found.
package struct FieldErrors: Error, Sendable {
    package private(set) var items: [(field: String, message: String)] = []

    package var isEmpty: Bool { items.isEmpty }
    package var messages: [String] { items.map(\.message) }

    package subscript(field: String) -> String? {
        get { items.first { $0.field == field }?.message }
        set {
            items.removeAll { $0.field == field }
            if let newValue { items.append((field, newValue)) }
        }
    }

    package init() {}

    /// One refusal, on `field`.
    package init(_ field: String, _ message: String) {
        self[field] = message
    }
}
