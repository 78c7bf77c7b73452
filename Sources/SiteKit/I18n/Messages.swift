import Foundation
import TalentDomain

/// Shows texts in one language: `m(.coursesTitle)`, `m(.courseCompletedOn(date: day))`.
package struct Messages: Sendable {
    package let language: DisplayLanguage

    package func callAsFunction(_ message: Message) -> String { message.text(language) }

    /// The colon between a label and its value: full width in Chinese.
    package var colon: String { language == .zh ? "：" : ": " }

    /// Quotation of a title: 《…》 in Chinese, “…” in English.
    package func quoted(_ title: String) -> String { language == .zh ? "《\(title)》" : "“\(title)”" }

    package init(language: DisplayLanguage) {
        self.language = language
    }
}
