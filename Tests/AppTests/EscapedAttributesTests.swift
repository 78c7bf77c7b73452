import Foundation
import SiteKit
import Testing

@testable import App

/// `EscapedAttributes.swift` makes Plot's attribute modifiers escape by shadowing them.
/// These tests render each modifier the site uses with a value that would break out, so a
/// change that ends the shadowing fails here, and scan the sources for the ways around it.
@Suite("HTML attributes are escaped by construction")
struct EscapedAttributesTests {
    static let value = #"a"b'c<d>e&f"#
    static let escaped = "a&quot;b&#39;c&lt;d&gt;e&amp;f"

    @Test func everyAttributeModifierEscapesItsValue() {
        let value = Self.value
        let page = HTML(
            .attribute(named: "lang", value: value),
            .head(.meta(.name(value), .content(value)), .link(.rel(.stylesheet), .href(value))),
            .body(
                .div(
                    .id(value), .class(value), .data(named: "x", value: value), .title(value),
                    .attribute(named: "aria-x", value: value), .ariaLabel(value), .ariaControls(value)),
                .a(.href(value), .text("t")),
                .form(
                    .action(value), .input(.name(value), .value(value), .placeholder(value), .type(.text)),
                    .label(.for(value), .text("l")), .textarea(.name(value), .placeholder(value)),
                    .select(.option(.value(value), .label(value))),
                    .button(.value(value), .name(value))),
                .img(.src(value), .alt(value)),
                .time(.datetime(value))
            )
        ).render()
        let attributes = page.components(separatedBy: "=\"").dropFirst()
        #expect(attributes.count == 28)  // 26 with the value, rel and type
        for attribute in attributes where !attribute.hasPrefix("stylesheet") && !attribute.hasPrefix("text\"") {
            #expect(attribute.hasPrefix(Self.escaped + "\""), "\(attribute.prefix(40))")
        }
        #expect(!page.contains(#"b'c"#))
    }

    @Test func aValueWithoutSpecialCharactersIsWrittenAsItIs() {
        #expect(escapedAttributeValue("/talents?q=%E5%BC%A0") == "/talents?q=%E5%BC%A0")
        #expect(escapedAttributeValue("张伟 & 李娜") == "张伟 &amp; 李娜")
    }

    /// What would get around the shadowing: building an `Attribute` by hand, raw HTML, an
    /// inline event handler or style (which the Content-Security-Policy forbids anyway).
    @Test func noSourceFileWritesAnAttributeOrMarkupAroundTheEscapingModifiers() throws {
        let forbidden = [
            #"Attribute\(\s*name:"#, #"(^|[\s,(\[])\.raw\("#, #"\.onclick\("#, #"\.style\("#,
            #"named:\s*"on[a-z]+""#, #"named:\s*"style""#, #"named:\s*"script""#,
        ]
        var checked = 0
        for file in SourceTree.swiftFiles() where file.lastPathComponent != "EscapedAttributes.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            checked += 1
            for pattern in forbidden where text.range(of: pattern, options: .regularExpression) != nil {
                Issue.record("\(file.lastPathComponent) uses \(pattern)")
            }
        }
        #expect(checked > 100)
    }
}
