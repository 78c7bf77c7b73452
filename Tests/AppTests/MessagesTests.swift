import Foundation
import SiteKit
import Testing

@testable import App

@Suite("Message catalogues")
struct MessagesTests {
    @Test func everyKeyHasChineseAndEnglishText() {
        for key in MessageKey.allCases {
            #expect(Messages.catalogue(.zh)[key]?.isEmpty == false, "missing Chinese text for \(key)")
            #expect(Messages.catalogue(.en)[key]?.isEmpty == false, "missing English text for \(key)")
        }
    }

    @Test func bothLanguagesUseTheSamePlaceholders() throws {
        let placeholder = try Regex("\\{[a-zA-Z]+\\}")
        for key in MessageKey.allCases {
            let zh = Set(
                (Messages.catalogue(.zh)[key] ?? "").matches(of: placeholder).map {
                    String($0.output[0].substring ?? "")
                })
            let en = Set(
                (Messages.catalogue(.en)[key] ?? "").matches(of: placeholder).map {
                    String($0.output[0].substring ?? "")
                })
            #expect(zh == en, "placeholders differ for \(key)")
        }
    }

    @Test func placeholdersAreFilled() {
        let text = Messages(language: .en)(.occupationsResultCount, ["count": "42"])
        #expect(text == "42 occupations")
    }
}
