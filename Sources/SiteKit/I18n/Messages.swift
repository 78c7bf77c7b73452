import Foundation
import TalentDomain

/// Looks up user-facing text in the catalogue of one language.
package struct Messages: Sendable {
    package let language: DisplayLanguage

    package static func catalogue(_ language: DisplayLanguage) -> [MessageKey: String] {
        switch language {
        case .zh: allZh
        case .en: allEn
        }
    }

    private static let allZh = [talentPoolZh, trainingZh, certificatesZh, vouchersZh, coursesZh, securityZh]
        .reduce(zh) { all, part in all.merging(part) { site, _ in site } }
    private static let allEn = [talentPoolEn, trainingEn, certificatesEn, vouchersEn, coursesEn, securityEn]
        .reduce(en) { all, part in all.merging(part) { site, _ in site } }

    /// The text for `key`, with `{name}` placeholders replaced from `values`.
    /// A key missing from the catalogue (which a test forbids) shows as the key itself.
    package func callAsFunction(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        var text = Self.catalogue(language)[key] ?? key.rawValue
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// The colon between a label and its value: full width in Chinese.
    package var colon: String { language == .zh ? "：" : ": " }

    /// Quotation of a title: 《…》 in Chinese, “…” in English.
    package func quoted(_ title: String) -> String { language == .zh ? "《\(title)》" : "“\(title)”" }

    package init(language: DisplayLanguage) {
        self.language = language
    }
}
