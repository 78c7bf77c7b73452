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
}
