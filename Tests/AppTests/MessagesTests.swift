import Foundation
import Reference
import SiteKit
import Testing

@testable import App

/// The texts are typed (issue 15): a missing translation or a misspelt placeholder does
/// not compile. What the compiler cannot see is checked here, in the source.
@Suite("Messages")
struct MessagesTests {
    @Test func aTextShowsTheValuesItIsGivenInTheRequestedLanguage() {
        #expect(Messages(language: .en)(.occupationsResultCount(count: "42")) == "42 occupations")
        #expect(Messages(language: .zh)(.occupationsResultCount(count: "42")).contains("42"))
    }

    /// Each capability declares its texts in its own `…+Messages.swift` (the site kit's in
    /// `Message+Site.swift`), with both languages filled and no `{name}` left over from the
    /// old catalogue, whose placeholders were filled by name at run time.
    @Test func everyTextIsDeclaredInItsModulesMessagesFileWithBothLanguages() throws {
        let declaration = /Message\(\s*zh:\s*"((?:[^"\\]|\\.)*)",\s*en:\s*"((?:[^"\\]|\\.)*)"\s*\)/
        var declared = 0
        for file in SourceTree.swiftFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.lastPathComponent
            let isCatalogue = name.hasSuffix("+Messages.swift") || name == "Message+Site.swift"
            for match in text.matches(of: declaration) {
                declared += 1
                #expect(isCatalogue, "\(name) makes up a text outside its module's messages file")
                for translation in [match.output.1, match.output.2] {
                    #expect(!translation.isEmpty, "\(name): an empty text")
                    #expect(
                        translation.firstMatch(of: /\{[a-zA-Z]+\}/) == nil,
                        "\(name): \(translation) has a {placeholder}")
                }
            }
        }
        #expect(declared > 700)
    }
}
