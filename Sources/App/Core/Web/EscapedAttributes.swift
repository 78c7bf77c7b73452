import Foundation
// Re-exported so that a module built on this one (the tests; capability modules later)
// sees Plot through it, where these escaping modifiers shadow Plot's own. A module that
// imported Plot directly as well would see both and fail to compile, never silently
// fall back to the unescaped ones.
@_exported import Plot

// Plot escapes text nodes but writes attribute values exactly as given, so a stored name
// such as `'><img src=x onerror=…>` ends the attribute and runs as script (issue 14: five
// stored XSS came from an escaping helper that callers had to remember).
//
// This file makes escaping the default instead: it redeclares every Plot modifier that
// puts a string into an attribute, with the same name and signature. Swift prefers a
// declaration of the module being compiled over an identical one it imports, so every
// `.href(…)`, `.value(…)`, `.data(named:value:)`, `.attribute(named:value:)` … in this
// module escapes its value, and no call site can forget to. Static values go through the
// same path: escaping a value without special characters returns it unchanged.
// `EscapedAttributesTests` renders each modifier with a hostile value from another module,
// so a change that stopped the shadowing (a new Plot modifier, a move) fails a test.

/// The value as it must appear between double quotes: `&`, `"`, `'`, `<` and `>` become
/// character references, everything else stays.
func escapedAttributeValue(_ value: String) -> String {
    guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E }) else {
        return value
    }
    var escaped = ""
    escaped.reserveCapacity(value.utf8.count + 16)
    for character in value {
        switch character {
        case "&": escaped += "&amp;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        default: escaped.append(character)
        }
    }
    return escaped
}

private extension Attribute {
    static func escaped(_ name: String, _ value: String?) -> Attribute {
        Attribute(name: name, value: value.map(escapedAttributeValue))
    }
}

private extension Node {
    static func escaped(_ name: String, _ value: String?) -> Node {
        .attribute(Attribute(name: name, value: value.map(escapedAttributeValue)))
    }
}

public extension Attribute {
    static func attribute(named name: String, value: String?) -> Self { .escaped(name, value) }
}

public extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(Attribute(name: name, value: value.map(escapedAttributeValue), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

public extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { .escaped("id", id) }
    static func `class`(_ className: String) -> Attribute { .escaped("class", className) }
    static func data(named name: String, value: String) -> Attribute { .escaped("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { .escaped("title", title) }
}

public extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { .escaped("id", id) }
    static func `class`(_ className: String) -> Node { .escaped("class", className) }
    static func data(named name: String, value: String) -> Node { .escaped("data-\(name)", value) }
    static func title(_ title: String) -> Node { .escaped("title", title) }
}

public extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { .escaped("name", name) }
}

public extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { .escaped("name", name) }
}

public extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { .escaped("type", type) }
}

public extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { .escaped("value", value) }
}

public extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { .escaped("value", value) }
}

public extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { .escaped("href", url.description) }
}

public extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { .escaped("href", url.description) }
}

public extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { .escaped("src", url.description) }
}

public extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { .escaped("src", url.description) }
}

public extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { .escaped("action", url.description) }
}

public extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { .escaped("for", target) }
}

public extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { .escaped("datetime", datetime) }
}

public extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { .escaped("placeholder", placeholder) }
}

public extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { .escaped("placeholder", placeholder) }
}

public extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { .escaped("label", label) }
}

public extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute { .escaped("content", content) }
}

public extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { .escaped("alt", text) }
}

public extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { .escaped("aria-label", label) }
    static func ariaControls(_ child: String) -> Node { .escaped("aria-controls", child) }
}
