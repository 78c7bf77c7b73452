import Foundation
import Testing

/// The stylesheet covers what the pages use.
@Suite("Stylesheet")
struct StylesheetTests {
    static let stylesheet = SourceTree.root.appendingPathComponent("Operations/Resources/static/site.css")

    /// A month field (the start of work in the field) and the course link field were
    /// drawn in the browser's default style, small and unlike every other field: the
    /// stylesheet listed the input types one by one and missed them.
    @Test func everyInputTypeAFormUsesIsStyled() throws {
        let css = try String(contentsOf: Self.stylesheet, encoding: .utf8)
        var used = Set<String>()
        for file in SourceTree.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /type: \.([a-zA-Z]+)/) { used.insert(String(match.output.1)) }
        }
        #expect(used.contains("month"))
        for type in used.sorted() {
            #expect(css.contains("input[type=\"\(type.lowercased())\"]"), "no style for input type \(type)")
        }
    }

    /// The officer's talent search stood in a narrow column in an unstyled table (issue 17):
    /// its classes `filter-grid`, `table-scroll`, `nowrap` and `actions` were defined
    /// nowhere, nor were 12 others. Every class a page names, in `.class("…")` or either
    /// branch of a choice of classes, is defined in the stylesheet.
    @Test func everyClassAPageUsesIsDefined() throws {
        let css = try String(contentsOf: Self.stylesheet, encoding: .utf8)
        let defined = Set(css.matches(of: /\.([a-zA-Z][a-zA-Z0-9_-]*)/).map { String($0.output.1) })
        var used: [String: String] = [:]
        for file in SourceTree.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            for call in text.matches(of: /\.class\(([^()]*)\)/) {
                // `errors["consent"] == nil ? "field" : …`: a subscript's key is no class.
                let choice = String(call.output.1).replacing(/\[[^\]]*\]/, with: "")
                for literal in choice.matches(of: /"([^"\\]*)"/) {
                    for name in literal.output.1.split(separator: " ") { used[String(name)] = file.lastPathComponent }
                }
            }
        }
        #expect(used.count > 60, "the scan found the pages' classes")
        for (name, file) in used.sorted(by: { $0.key < $1.key }) where !defined.contains(name) {
            Issue.record("class \"\(name)\" of \(file) is not in site.css")
        }
    }
}
