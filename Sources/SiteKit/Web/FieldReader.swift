import Fluent
import Foundation
import TalentDomain

/// Reads submitted fields one by one, collecting a message per bad field that names the
/// field by its form label, so every input of a form is checked and all problems are
/// reported at once. A reader that found a problem writes nothing (the caller checks
/// `errors.isEmpty` before any write).
package struct FieldReader {
    package var errors = FieldErrors()

    package init() {}

    package mutating func fail(_ field: String, _ message: Message, _ code: RefusalCode = .invalid) {
        if errors[field] == nil { errors.refuse(field, message, code) }
    }

    /// `problem` with the field's label in it, in each language.
    private mutating func fail(_ field: String, _ label: Message, _ code: RefusalCode, _ problem: (String) -> Message) {
        fail(field, Message { m in m(problem(m(label))) }, code)
    }

    /// `problem` for a value given but not valid: `wrongType` when it was a JSON value of
    /// another type, else `invalid`.
    private mutating func fail(
        _ field: String, _ label: Message, given value: String?, _ problem: (String) -> Message
    ) {
        fail(field, label, value == FormValueKind.notValid ? .wrongType : .invalid, problem)
    }

    /// Trimmed single-line text of at most `max` characters; nil when empty (a problem
    /// when `required`).
    package mutating func text(
        _ value: String?, _ field: String, _ label: Message, required: Bool = true,
        max: Int = 200, multiline: Bool = false
    ) -> String? {
        guard let text = value.trimmedText else {
            if required { fail(field, label, .required) { .fieldRequired(field: $0) } }
            return nil
        }
        if text == FormValueKind.notValid {
            fail(field, label, .wrongType) { .fieldWrongType(field: $0, kind: .text) }
            return nil
        }
        if text.count > max {
            fail(field, label, given: value) { .fieldTooLong(field: $0, max: String(max)) }
            return nil
        }
        if !multiline, text.contains(where: { $0.isNewline || $0 == "\t" }) {
            fail(field, label, given: value) { .fieldOneLine(field: $0) }
            return nil
        }
        return text
    }

    /// One of a closed list of codes.
    package mutating func choice<Value: RawRepresentable<String>>(
        _ value: String?, _ field: String, _ label: Message,
        as type: Value.Type, required: Bool = true
    ) -> Value? {
        guard let text = value.trimmedText else {
            if required { fail(field, label, .required) { .fieldChoose(field: $0) } }
            return nil
        }
        guard let chosen = Value(rawValue: text) else {
            fail(field, label, given: value) { .fieldChoose(field: $0) }
            return nil
        }
        return chosen
    }

    /// A checkbox or a JSON boolean: ticked or not; a value of another JSON type is refused.
    package mutating func flag(_ value: String?, _ field: String, _ label: Message) -> Bool {
        if value == FormValueKind.notValid { fail(field, label, .wrongType) { .fieldChoose(field: $0) } }
        return value.isChecked
    }

    /// A whole number in `range`; `fallback` when empty and not required.
    package mutating func integer(
        _ value: String?, _ field: String, _ label: Message, in range: ClosedRange<Int>,
        fallback: Int? = nil
    ) -> Int? {
        guard let text = value.trimmedText else {
            if fallback == nil { fail(field, label, .required) { .fieldRequired(field: $0) } }
            return fallback
        }
        guard
            text.allSatisfy({ $0.isASCII && $0.isNumber })
                || (text.first == "-" && text.dropFirst().allSatisfy(\.isNumber)),
            let number = Int(text), range.contains(number)
        else {
            fail(field, label, given: value) {
                .fieldNumber(field: $0, min: String(range.lowerBound), max: String(range.upperBound))
            }
            return nil
        }
        return number
    }

    /// A date `YYYY-MM-DD`.
    package mutating func date(_ value: String?, _ field: String, _ label: Message, required: Bool = true)
        -> CalendarDate?
    {
        guard let text = value.trimmedText else {
            if required { fail(field, label, .required) { .fieldRequired(field: $0) } }
            return nil
        }
        guard let date = CalendarDate(text), (2000...2100).contains(date.year) else {
            fail(field, label, given: value) { .fieldDate(field: $0) }
            return nil
        }
        return date
    }

    /// An amount in yuan; zero when empty.
    package mutating func money(_ value: String?, _ field: String, _ label: Message) -> Money? {
        guard let text = value.trimmedText else { return Money(fen: 0) }
        guard let money = Money(yuanText: text) else {
            fail(field, label, given: value) { .fieldMoney(field: $0) }
            return nil
        }
        return money
    }

    /// Hours with at most one decimal place, up to `max`.
    package mutating func hours(_ value: String?, _ field: String, _ label: Message, max: Int) -> StudyHours? {
        guard let text = value.trimmedText else {
            fail(field, label, .required) { .fieldRequired(field: $0) }
            return nil
        }
        guard let hours = StudyHours(hoursText: text, maximum: max) else {
            fail(field, label, given: value) { .fieldHours(field: $0, max: String(max)) }
            return nil
        }
        return hours
    }

    /// A UUID naming a row.
    package mutating func id(_ value: String?, _ field: String, _ label: Message, required: Bool = true) -> UUID? {
        guard let text = value.trimmedText else {
            if required { fail(field, label, .required) { .fieldChoose(field: $0) } }
            return nil
        }
        guard let id = UUID(uuidString: text) else {
            fail(field, label, given: value) { .fieldChoose(field: $0) }
            return nil
        }
        return id
    }
}
