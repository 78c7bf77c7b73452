import Foundation

/// A write that found its row changed by another since it was read (a conditional
/// UPDATE that matched nothing): a 409 saying so, with nothing written.
package struct WriteConflict: Error, Sendable {
    package init() {}
}

/// Refusals by field name, in the order found. Each is a `Message` (both languages):
/// rules and stores refuse without knowing who reads the refusal, and the edge shows it
/// in the reader's language (a page through `shown(in:)`, the API's problem+json in the
/// error middleware).
package struct FieldErrors: Error, Sendable {
    package private(set) var items: [(field: String, message: Message)] = []

    package var isEmpty: Bool { items.isEmpty }

    package subscript(field: String) -> Message? {
        get { items.first { $0.field == field }?.message }
        set {
            items.removeAll { $0.field == field }
            if let newValue { items.append((field, newValue)) }
        }
    }

    package init() {}

    /// One refusal, on `field`.
    package init(_ field: String, _ message: Message) {
        self[field] = message
    }

    /// All refusals as one text (a file refused for several reasons).
    package var message: Message { .joined(items.map(\.message)) }

    /// The refusals in one language, for a page to show beside its fields.
    package func shown(in messages: Messages) -> Shown {
        Shown(items: items.map { ($0.field, messages($0.message)) })
    }

    /// `FieldErrors` as a page shows them: each field's text, and all texts for the
    /// summary at the top of the form.
    package struct Shown {
        package let items: [(field: String, text: String)]

        package var isEmpty: Bool { items.isEmpty }
        package var messages: [String] { items.map(\.text) }

        package subscript(field: String) -> String? { items.first { $0.field == field }?.text }
    }
}
