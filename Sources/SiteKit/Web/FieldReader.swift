import Fluent
import Foundation
import TalentDomain

/// Reads submitted fields one by one, collecting a message per bad field that names the
/// field by its form label, so every input of a form is checked and all problems are
/// reported at once. A reader that found a problem writes nothing (the caller checks
/// `errors.isEmpty` before any write).
package struct FieldReader {
    package let messages: Messages
    package var errors = FieldErrors()

    package init(messages: Messages) { self.messages = messages }

    package mutating func fail(_ field: String, _ message: String) {
        if errors[field] == nil { errors[field] = message }
    }

    private func name(_ label: Message) -> String { messages(label) }

    /// Trimmed single-line text of at most `max` characters; nil when empty (a problem
    /// when `required`).
    package mutating func text(
        _ value: String?, _ field: String, _ label: Message, required: Bool = true,
        max: Int = 200, multiline: Bool = false
    ) -> String? {
        guard let text = value.trimmedText else {
            if required { fail(field, messages(.fieldRequired(field: name(label)))) }
            return nil
        }
        if text == LenientText.notText {
            fail(field, messages(.fieldNotText(field: name(label))))
            return nil
        }
        if text.count > max {
            fail(field, messages(.fieldTooLong(field: name(label), max: String(max))))
            return nil
        }
        if !multiline, text.contains(where: { $0.isNewline || $0 == "\t" }) {
            fail(field, messages(.fieldOneLine(field: name(label))))
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
            if required { fail(field, messages(.fieldChoose(field: name(label)))) }
            return nil
        }
        guard let chosen = Value(rawValue: text) else {
            fail(field, messages(.fieldChoose(field: name(label))))
            return nil
        }
        return chosen
    }

    /// A whole number in `range`; `fallback` when empty and not required.
    package mutating func integer(
        _ value: String?, _ field: String, _ label: Message, in range: ClosedRange<Int>,
        fallback: Int? = nil
    ) -> Int? {
        guard let text = value.trimmedText else {
            if fallback == nil { fail(field, messages(.fieldRequired(field: name(label)))) }
            return fallback
        }
        guard
            text.allSatisfy({ $0.isASCII && $0.isNumber })
                || (text.first == "-" && text.dropFirst().allSatisfy(\.isNumber)),
            let number = Int(text), range.contains(number)
        else {
            fail(
                field,
                messages(
                    .fieldNumber(field: name(label), min: String(range.lowerBound), max: String(range.upperBound))))
            return nil
        }
        return number
    }

    /// A date `YYYY-MM-DD`.
    package mutating func date(_ value: String?, _ field: String, _ label: Message, required: Bool = true)
        -> CalendarDate?
    {
        guard let text = value.trimmedText else {
            if required { fail(field, messages(.fieldRequired(field: name(label)))) }
            return nil
        }
        guard let date = CalendarDate(text), (2000...2100).contains(date.year) else {
            fail(field, messages(.fieldDate(field: name(label))))
            return nil
        }
        return date
    }

    /// An amount in yuan; zero when empty.
    package mutating func money(_ value: String?, _ field: String, _ label: Message) -> Money? {
        guard let text = value.trimmedText else { return Money(fen: 0) }
        guard let money = Money(yuanText: text) else {
            fail(field, messages(.fieldMoney(field: name(label))))
            return nil
        }
        return money
    }

    /// Hours with at most one decimal place, up to `max`.
    package mutating func hours(_ value: String?, _ field: String, _ label: Message, max: Int) -> StudyHours? {
        guard let text = value.trimmedText else {
            fail(field, messages(.fieldRequired(field: name(label))))
            return nil
        }
        guard let hours = StudyHours(hoursText: text, maximum: max) else {
            fail(field, messages(.fieldHours(field: name(label), max: String(max))))
            return nil
        }
        return hours
    }

    /// A UUID naming a row.
    package mutating func id(_ value: String?, _ field: String, _ label: Message, required: Bool = true) -> UUID? {
        guard let text = value.trimmedText else {
            if required { fail(field, messages(.fieldChoose(field: name(label)))) }
            return nil
        }
        guard let id = UUID(uuidString: text) else {
            fail(field, messages(.fieldChoose(field: name(label))))
            return nil
        }
        return id
    }
}
