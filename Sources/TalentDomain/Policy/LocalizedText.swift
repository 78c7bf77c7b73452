import Foundation

/// A text in the two languages the platform speaks: Chinese first, English second.
///
/// Policy and reference files must give both; a missing or empty language is a decoding
/// error at the key path of the text, so a page can never fall back to a blank.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        zh = try container.decode(String.self, forKey: .zh)
        en = try container.decode(String.self, forKey: .en)
        for (key, value) in [(CodingKeys.zh, zh), (.en, en)]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "must not be empty")
        }
    }

    /// The text in `language`.
    public func text(_ language: DisplayLanguage) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}

/// The languages of the user interface, in order of precedence.
public enum DisplayLanguage: String, CaseIterable, Codable, Sendable {
    case zh
    case en

    /// The BCP 47 tag for `<html lang>` and `Content-Language`.
    public var tag: String {
        switch self {
        case .zh: "zh-Hans"
        case .en: "en"
        }
    }
}
