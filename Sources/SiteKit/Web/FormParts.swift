import Plot

/// The pieces every form shares: the CSRF field, a labelled input with its error tied to
/// it for screen readers, and an error summary at the top.
package enum FormParts {
    package static func csrf(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRF.fieldName), .value(token))
    }

    package struct Field {
        package var id: String
        package var name: String
        package var label: String
        package var type: HTMLInputType = .text
        package var value: String = ""
        package var error: String? = nil
        package var autocomplete: String? = nil
        package var required = true
        package var hint: String? = nil
        /// Suggestions to type from: drawn as a `<datalist>` the browser offers while one
        /// types (a picker that needs no script); any other value may still be sent.
        package var suggestions: [String] = []

        package init(
            id: String, name: String, label: String, type: HTMLInputType = .text, value: String = "",
            error: String? = nil, autocomplete: String? = nil, required: Bool = true, hint: String? = nil,
            suggestions: [String] = []
        ) {
            self.id = id
            self.name = name
            self.label = label
            self.type = type
            self.value = value
            self.error = error
            self.autocomplete = autocomplete
            self.required = required
            self.hint = hint
            self.suggestions = suggestions
        }
    }

    package static func field(_ field: Field) -> Node<HTML.FormContext> {
        let describedBy = [field.hint.map { _ in "\(field.id)-hint" }, field.error.map { _ in "\(field.id)-error" }]
            .compactMap { $0 }.joined(separator: " ")
        return .div(
            .class(field.error == nil ? "field" : "field field--error"),
            .label(.for(field.id), .text(field.label)),
            .unwrap(field.hint) { .p(.id("\(field.id)-hint"), .class("field__hint"), .text($0)) },
            .unwrap(field.error) { .p(.id("\(field.id)-error"), .class("field__error"), .text($0)) },
            .input(
                .id(field.id), .name(field.name), .type(field.type),
                .value(field.type == .password ? "" : field.value),
                .attribute(named: "autocomplete", value: field.autocomplete),
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                .attribute(named: "aria-invalid", value: field.error == nil ? nil : "true"),
                .attribute(named: "required", value: field.required ? "required" : nil),
                .attribute(named: "list", value: field.suggestions.isEmpty ? nil : "\(field.id)-suggestions")
            ),
            .if(
                !field.suggestions.isEmpty,
                .element(
                    named: "datalist",
                    nodes: [.id("\(field.id)-suggestions")]
                        + field.suggestions.map {
                            .element(named: "option", nodes: [.attribute(named: "value", value: $0)])
                        }))
        )
    }

    /// A labelled multi-line field with its hint and error tied to it, as `field`.
    package static func textarea(
        id: String, name: String, label: String, value: String?, hint: String? = nil,
        error: String? = nil, rows: Int = 4
    ) -> Node<HTML.FormContext> {
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
            .joined(separator: " ")
        return .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.id("\(id)-hint"), .class("field__hint"), .text($0)) },
            .unwrap(error) { .p(.id("\(id)-error"), .class("field__error"), .text($0)) },
            .textarea(
                .id(id), .name(name), .attribute(named: "rows", value: String(rows)),
                .attribute(named: "aria-describedby", value: describedBy.isEmpty ? nil : describedBy),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .text(value ?? ""))
        )
    }

    package static func select(
        id: String, name: String, label: String, options: [(value: String, label: String)],
        selected: String?, error: String? = nil
    ) -> Node<HTML.FormContext> {
        .div(
            .class(error == nil ? "field" : "field field--error"),
            .label(.for(id), .text(label)),
            .unwrap(error) { .p(.id("\(id)-error"), .class("field__error"), .text($0)) },
            .select(
                .id(id), .attribute(named: "name", value: name),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .forEach(options) { item in Self.option(item.value, item.label, selected: item.value == selected) }
            )
        )
    }

    /// `<option>` with its label as text (Plot's own option element has no content).
    package static func option(_ value: String, _ label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(
            named: "option",
            nodes: [
                .attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                .attribute(named: "selected", value: selected ? "selected" : nil),
                .text(label),
            ])
    }

    /// The list of problems at the top of a rejected form, announced to screen readers.
    package static func errorSummary(title: String, _ errors: [String]) -> Node<HTML.BodyContext> {
        .if(
            !errors.isEmpty,
            .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"),
                .h2(.text(title)),
                .ul(.forEach(errors) { .li(.text($0)) })
            ))
    }

    /// A confirmation after a successful action.
    package static func notice(_ text: String?) -> Node<HTML.BodyContext> {
        .unwrap(text) { .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.text($0))) }
    }
}
