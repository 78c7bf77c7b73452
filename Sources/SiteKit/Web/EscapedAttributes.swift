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
package func escapedAttributeValue(_ value: String) -> String {
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

extension Attribute {
    fileprivate static func escaped(_ name: String, _ value: String?) -> Attribute {
        Attribute(name: name, value: value.map(escapedAttributeValue))
    }
}

extension Node {
    fileprivate static func escaped(_ name: String, _ value: String?) -> Node {
        .attribute(Attribute(name: name, value: value.map(escapedAttributeValue)))
    }
}

extension Attribute {
    public static func attribute(named name: String, value: String?) -> Self { .escaped(name, value) }
}

extension Node {
    public static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(
            Attribute(name: name, value: value.map(escapedAttributeValue), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute where Context: HTMLContext {
    public static func id(_ id: String) -> Attribute { .escaped("id", id) }
    public static func `class`(_ className: String) -> Attribute { .escaped("class", className) }
    public static func data(named name: String, value: String) -> Attribute { .escaped("data-\(name)", value) }
    public static func title(_ title: String) -> Attribute { .escaped("title", title) }
}

extension Node where Context: HTMLContext {
    public static func id(_ id: String) -> Node { .escaped("id", id) }
    public static func `class`(_ className: String) -> Node { .escaped("class", className) }
    public static func data(named name: String, value: String) -> Node { .escaped("data-\(name)", value) }
    public static func title(_ title: String) -> Node { .escaped("title", title) }
}

extension Attribute where Context: HTMLNamableContext {
    public static func name(_ name: String) -> Attribute { .escaped("name", name) }
}

extension Node where Context: HTMLNamableContext {
    public static func name(_ name: String) -> Node { .escaped("name", name) }
}

extension Attribute where Context: HTMLTypeContext {
    public static func type(_ type: String) -> Attribute { .escaped("type", type) }
}

extension Attribute where Context: HTMLValueContext {
    public static func value(_ value: String) -> Attribute { .escaped("value", value) }
}

extension Node where Context: HTMLValueContext {
    public static func value(_ value: String) -> Node { .escaped("value", value) }
}

extension Attribute where Context: HTMLLinkableContext {
    public static func href(_ url: URLRepresentable) -> Attribute { .escaped("href", url.description) }
}

extension Node where Context: HTMLLinkableContext {
    public static func href(_ url: URLRepresentable) -> Node { .escaped("href", url.description) }
}

extension Attribute where Context: HTMLSourceContext {
    public static func src(_ url: URLRepresentable) -> Attribute { .escaped("src", url.description) }
}

extension Node where Context: HTMLSourceContext {
    public static func src(_ url: URLRepresentable) -> Node { .escaped("src", url.description) }
}

extension Node where Context == HTML.FormContext {
    public static func action(_ url: URLRepresentable) -> Node { .escaped("action", url.description) }
}

extension Node where Context == HTML.LabelContext {
    public static func `for`(_ target: String) -> Node { .escaped("for", target) }
}

extension Node where Context == HTML.TimeContext {
    public static func datetime(_ datetime: String) -> Node { .escaped("datetime", datetime) }
}

extension Attribute where Context == HTML.InputContext {
    public static func placeholder(_ placeholder: String) -> Attribute { .escaped("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    public static func placeholder(_ placeholder: String) -> Node { .escaped("placeholder", placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    public static func label(_ label: String) -> Attribute { .escaped("label", label) }
}

extension Attribute where Context == HTML.MetaContext {
    public static func content(_ content: String) -> Attribute { .escaped("content", content) }
}

extension Attribute where Context == HTML.ImageContext {
    public static func alt(_ text: String) -> Attribute { .escaped("alt", text) }
}

extension Node where Context: HTML.BodyContext {
    public static func ariaLabel(_ label: String) -> Node { .escaped("aria-label", label) }
    public static func ariaControls(_ child: String) -> Node { .escaped("aria-controls", child) }
}
