import Foundation

/// The words a talent is found by. Chinese has no spaces, and database word splitters
/// either keep a whole run of Chinese as one word or need three characters (trigrams),
/// so neither finds 张伟 or 数据 inside longer text. We split here instead, the same way
/// for the stored profile and for the query, and give the database plain tokens:
///
/// - a run of Chinese characters gives each character (so one-character queries work)
///   and each pair of neighbours (so a query of two or more characters becomes pairs
///   that must all be present: 数据分析 → 数据 据分 分析);
/// - a run of Latin letters and digits gives one lower-case word (`Python`, `PLC`).
///
/// Full-width letters and digits are folded first, so `ＰＬＣ` finds `PLC`.
public enum SearchTokens {
    /// Tokens of one stored text, each once, in first-seen order.
    public static func document(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        var tokens: [String] = []
        for text in texts {
            for run in runs(text) {
                for token in run.documentTokens where seen.insert(token).inserted { tokens.append(token) }
            }
        }
        return tokens
    }

    /// What a search box text must match: every token must be present. Latin words are
    /// matched as prefixes (`pyth` finds `python`), as people type the start of a word.
    public static func query(_ text: String) -> [QueryToken] {
        var seen = Set<String>()
        var tokens: [QueryToken] = []
        for run in runs(String(text.prefix(maxQueryLength))) {
            for token in run.queryTokens where seen.insert(token.text).inserted { tokens.append(token) }
        }
        return Array(tokens.prefix(maxQueryTokens))
    }

    /// A query longer than this is cut: nobody types more into a search box, and a huge
    /// query would otherwise become a huge database statement.
    static let maxQueryLength = 64
    static let maxQueryTokens = 16

    public struct QueryToken: Hashable, Sendable {
        public let text: String
        /// Matches any stored word that starts with `text` (Latin words only).
        public let isPrefix: Bool
    }

    private enum Run {
        case chinese([Character])
        case word(String)

        var documentTokens: [String] {
            switch self {
            case let .word(word): [word]
            case let .chinese(characters): characters.map { String($0) } + pairs(characters)
            }
        }

        var queryTokens: [QueryToken] {
            switch self {
            case let .word(word): [QueryToken(text: word, isPrefix: true)]
            case let .chinese(characters) where characters.count == 1:
                [QueryToken(text: String(characters[0]), isPrefix: false)]
            case let .chinese(characters): pairs(characters).map { QueryToken(text: $0, isPrefix: false) }
            }
        }

        private func pairs(_ characters: [Character]) -> [String] {
            characters.count < 2 ? [] : (1..<characters.count).map { String(characters[$0 - 1]) + String(characters[$0]) }
        }
    }

    private static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var chinese: [Character] = []
        var word = String.UnicodeScalarView()
        func flush() {
            if !chinese.isEmpty { runs.append(.chinese(chinese)); chinese = [] }
            if !word.isEmpty { runs.append(.word(String(word).lowercased())); word = String.UnicodeScalarView() }
        }
        for original in text.unicodeScalars {
            let scalar = folded(original)
            if isChinese(scalar) {
                if !word.isEmpty { flush() }
                chinese.append(Character(scalar))
            } else if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                if !chinese.isEmpty { flush() }
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return runs
    }

    /// Full-width ASCII (ＰＬＣ, ０-９, typed by Chinese input methods) as half-width.
    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
    }

    /// CJK Unified Ideographs and their extension A, where every character of names,
    /// skills and employers in common use lies.
    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
