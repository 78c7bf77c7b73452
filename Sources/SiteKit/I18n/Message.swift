import TalentDomain

/// A text the platform shows, in both of its languages. Each capability declares its own
/// texts as static members of this type in its own module (`…+Messages.swift`): a text
/// is made with both translations or not at all, and a text that shows values is a
/// function of them, so a missing translation or a misspelt placeholder is a compile
/// error, not a `{name}` on a page. Texts several capabilities show are the site kit's
/// (`Message+Site.swift`).
package struct Message: Sendable, Hashable {
    package let zh: String
    package let en: String

    package init(zh: String, en: String) {
        (self.zh, self.en) = (zh, en)
    }

    /// Several texts as one, each language's parts joined by `separator`.
    package static func joined(_ parts: [Message], separator: String = " ") -> Message {
        Message(zh: parts.map(\.zh).joined(separator: separator), en: parts.map(\.en).joined(separator: separator))
    }

    /// A text composed of others (a field's label inside a refusal, a list of reasons),
    /// made once per language: `Message { m in m(.fieldRequired(field: m(.userName))) }`.
    package init(composing compose: (Messages) -> String) {
        self.init(zh: compose(Messages(language: .zh)), en: compose(Messages(language: .en)))
    }

    package func text(_ language: DisplayLanguage) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
