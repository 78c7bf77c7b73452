import Foundation

/// A write that found its row changed by another since it was read (a conditional
/// UPDATE that matched nothing), or a step its row's state does not allow: a 409 saying
/// so — with `message` when the writer can say more, e.g. the state the row is in — and
/// nothing written.
package struct WriteConflict: Error, Sendable {
    package var message: Message?

    package init(_ message: Message? = nil) {
        self.message = message
    }
}

/// Why a field was refused, for a program to act on without reading the text (the
/// API's problem+json gives it with each field).
package enum RefusalCode: String, Codable, Sendable {
    /// Nothing was given where something must be.
    case required
    /// Not a valid value of its kind: its form, range, check character or choice.
    case invalid
    /// A JSON value of another type than the field's.
    case wrongType = "wrong_type"
    /// It names a record or a code that does not exist.
    case unknown
    /// Already used where it must be unique.
    case taken
    /// A rule, the record's state or the actor's role does not allow it.
    case notAllowed = "not_allowed"
}

/// Refusals by field name, in the order found. Each is a `Message` (both languages) with
/// a `RefusalCode`: rules and stores refuse without knowing who reads the refusal, and
/// the edge shows it in the reader's language (a page through `shown(in:)`, the API's
/// problem+json in the error middleware). A refusal that comes from a rule's `Decision`
/// cites the rule's measure.
package struct FieldErrors: Error, Sendable {
    package private(set) var items: [(field: String, message: Message, code: RefusalCode)] = []
    /// The measure whose rule refused, e.g. `M2`, when a rule did.
    package var measure: String?

    package var isEmpty: Bool { items.isEmpty }

    /// The refusal of `field`; set, it is `invalid` (`refuse` gives another code).
    package subscript(field: String) -> Message? {
        get { items.first { $0.field == field }?.message }
        set {
            if let newValue { refuse(field, newValue) } else { items.removeAll { $0.field == field } }
        }
    }

    package init() {}

    /// One refusal, on `field`.
    package init(_ field: String, _ message: Message, _ code: RefusalCode = .invalid, measure: String? = nil) {
        refuse(field, message, code)
        self.measure = measure
    }

    /// Refuses `field` (replacing what it was refused for).
    package mutating func refuse(_ field: String, _ message: Message, _ code: RefusalCode = .invalid) {
        items.removeAll { $0.field == field }
        items.append((field, message, code))
    }

    /// Refuses each field whose JSON value had another type than its own
    /// (`FormValueKind.notValid`) as such, naming the type it must have, in place of what
    /// its own check made of it: for inputs that check their values themselves rather
    /// than through a `FieldReader`.
    package mutating func refuseNotValid(_ fields: [(field: String, label: Message, value: any FormValue)]) {
        for (field, label, value) in fields where value.wrappedValue == FormValueKind.notValid {
            let kind = type(of: value).kind
            refuse(field, Message { m in m(.fieldWrongType(field: m(label), kind: kind)) }, .wrongType)
        }
    }

    /// All refusals as one text (a file refused for several reasons).
    package var message: Message { .joined(items.map(\.message)) }

    /// The refusals in one language, for a page to show beside its fields.
    package func shown(in messages: Messages) -> Shown {
        Shown(items: items.map { ($0.field, messages($0.message), $0.code) })
    }

    /// `FieldErrors` as a page shows them: each field's text, and all texts for the
    /// summary at the top of the form.
    package struct Shown {
        package let items: [(field: String, text: String, code: RefusalCode)]

        package var messages: [String] { items.map(\.text) }

        package subscript(field: String) -> String? { items.first { $0.field == field }?.text }
    }
}
