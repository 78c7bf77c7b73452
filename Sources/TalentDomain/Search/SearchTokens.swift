import Foundation

/// The words a talent is found by. Chinese has no spaces, and database word splitters
/// either keep a whole run of Chinese as one word or need three characters (trigrams),
/// so neither finds 张伟 or 数据 inside longer text. We split here instead, the same way
/// for the stored profile and for the query, and give the database plain tokens:
///
/// - a run of Chinese characters gives each character (so one-character queries work)
///   and each pair of neighbours (so a query of two or more characters becomes pairs
///   that must all be present: 数据分析 → 数据 据分 分析);
/// - a run of Latin letters and digits gives one lower-case word and its beginnings
///   (`python` → p py pyt pyth pytho python), so a typed beginning is one look-up in the
///   index rather than a merge of every word that starts with it (a prefix query on
///   `python` read 200,000 profiles three times per search).
///
/// Full-width letters and digits are folded first, so `ＰＬＣ` finds `PLC`.
public enum SearchTokens {
    /// Tokens of one stored text, each once, in first-seen order.
    public static func document(_ texts: [String]) -> [String] {
        document(texts, adding: [])
    }

    /// Tokens of `texts`, then those of `extra` (tokens already, e.g. an employer's name
    /// split once for a whole import) that are new, each once, in first-seen order.
    public static func document(_ texts: [String], adding extra: [String]) -> [String] {
        var tokens = TokenSet()
        for text in texts {
            for run in runs(text) { run.addDocumentTokens(to: &tokens) }
        }
        for token in extra { tokens.add(token) }
        return tokens.ordered
    }

    /// A token as it is indexed for the name alone: `n张伟`. The name's words are also
    /// indexed plainly with everything else; this marked copy has a short list of its own
    /// in the index, so "is 数据 in the name?" does not read the half-million profiles
    /// that have 数据 elsewhere (the name-first order asks it of every keyword).
    public static func inName(_ token: String) -> String {
        "n" + token
    }

    /// What a search box text must match: every token must be present. Latin words are
    /// matched as beginnings (`pyth` finds `python`), as people type the start of a word:
    /// up to `indexedBeginnings` letters that is a stored token; a longer word is asked as
    /// a prefix of the index (rare, and its few matching words are cheap to merge).
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
    /// Beginnings of Latin words stored up to this many letters (then the whole word).
    static let indexedBeginnings = 12

    public struct QueryToken: Hashable, Sendable {
        public let text: String
        /// Matches any stored word that starts with `text`: a Latin word longer than
        /// `indexedBeginnings`, whose beginnings are not all stored.
        public let isPrefix: Bool
    }

    /// Tokens in first-seen order without duplicates. Chinese tokens (one or two
    /// characters) are told apart by their code points packed in an integer: hashing
    /// a `String` normalises it first, which was a tenth of a bulk import's time.
    struct TokenSet {
        private(set) var ordered: [String] = []
        private var chinese = Set<UInt64>()
        private var words = Set<String>()

        mutating func add(_ token: String) {
            var scalars = token.unicodeScalars.makeIterator()
            if let first = scalars.next(), SearchTokens.isChinese(first) {
                let second = scalars.next()
                if second.map(SearchTokens.isChinese) ?? true, scalars.next() == nil {
                    return add(token, packed: Self.packed(first, second))
                }
            }
            if words.insert(token).inserted { ordered.append(token) }
        }

        mutating func addChinese(_ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) {
            let packed = Self.packed(first, second)
            guard !chinese.contains(packed) else { return }
            var text = String.UnicodeScalarView()
            text.append(first)
            if let second { text.append(second) }
            add(String(text), packed: packed)
        }

        /// One or two code points (21 bits each) and how many there are.
        private static func packed(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) -> UInt64 {
            second.map { UInt64(first.value) << 21 | UInt64($0.value) | 2 << 62 } ?? UInt64(first.value) | 1 << 62
        }

        private mutating func add(_ token: String, packed: UInt64) {
            if chinese.insert(packed).inserted { ordered.append(token) }
        }
    }

    private enum Run {
        case chinese([Unicode.Scalar])
        case word(String)

        /// Each character, then each pair of neighbours; a word's beginnings, then the
        /// word whole when it is longer than they go.
        func addDocumentTokens(to tokens: inout TokenSet) {
            switch self {
            case let .word(word):
                // Latin words are ASCII here: a character is a byte.
                let letters = Array(word.utf8)
                for length in stride(from: 1, through: min(letters.count, indexedBeginnings), by: 1) {
                    tokens.add(String(decoding: letters[..<length], as: UTF8.self))
                }
                if letters.count > indexedBeginnings { tokens.add(word) }
            case let .chinese(scalars):
                for scalar in scalars { tokens.addChinese(scalar) }
                for index in scalars.indices.dropFirst() { tokens.addChinese(scalars[index - 1], scalars[index]) }
            }
        }

        var queryTokens: [QueryToken] {
            switch self {
            case let .word(word): [QueryToken(text: word, isPrefix: word.utf8.count > indexedBeginnings)]
            case let .chinese(scalars) where scalars.count == 1:
                [QueryToken(text: String(Character(scalars[0])), isPrefix: false)]
            case let .chinese(scalars):
                scalars.indices.dropFirst().map { index in
                    var pair = String.UnicodeScalarView()
                    pair.append(scalars[index - 1])
                    pair.append(scalars[index])
                    return QueryToken(text: String(pair), isPrefix: false)
                }
            }
        }
    }

    private static func runs(_ text: String) -> [Run] {
        var runs: [Run] = []
        var chinese: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        func flush() {
            if !chinese.isEmpty {
                runs.append(.chinese(chinese))
                chinese = []
            }
            if !word.isEmpty {
                runs.append(.word(String(word).lowercased()))
                word = String.UnicodeScalarView()
            }
        }
        for original in text.unicodeScalars {
            let scalar = folded(original)
            if isChinese(scalar) {
                if !word.isEmpty { flush() }
                chinese.append(scalar)
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
