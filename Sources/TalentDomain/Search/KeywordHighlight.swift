import Foundation

/// Why a search result matched, shown to the officer who searched: the parts of a
/// profile's text that hold the keyword's words, marked. It reads the text the way the
/// index does (`SearchTokens`), so a field is named only if the search could have found
/// the profile by it.
public enum KeywordHighlight {
    /// A run of the text, marked when it is (part of) a word of the keyword.
    public struct Segment: Sendable, Equatable {
        public var text: String
        public var isMatch: Bool

        public init(_ text: String, isMatch: Bool) { (self.text, self.isMatch) = (text, isMatch) }
    }

    /// `text` cut into marked and unmarked runs; nil when it holds none of the keyword's
    /// tokens. A match the marks cannot place (folding made it) returns the text unmarked.
    public static func segments(of text: String, keyword: String) -> [Segment]? {
        let wanted = SearchTokens.query(keyword)
        guard !wanted.isEmpty, !text.isEmpty else { return nil }
        let present = Set(SearchTokens.document([text]))
        let holds = wanted.contains { token in
            token.isPrefix ? present.contains { $0.hasPrefix(token.text) } : present.contains(token.text)
        }
        guard holds else { return nil }
        return cut(text, at: merged(needles(in: keyword).flatMap { occurrences(of: $0, in: text) }))
    }

    /// What to look for in the text: each Latin word as typed (it matches as a
    /// beginning, so a plain substring), a lone Chinese character, or each pair of
    /// neighbouring Chinese characters (the index's pairs).
    static func needles(in keyword: String) -> [String] {
        var needles: [String] = []
        var chinese: [Character] = []
        var latin = ""
        func flush() {
            if chinese.count == 1 { needles.append(String(chinese)) }
            if chinese.count > 1 { needles += zip(chinese, chinese.dropFirst()).map { String([$0, $1]) } }
            if !latin.isEmpty { needles.append(latin) }
            (chinese, latin) = ([], "")
        }
        for character in keyword.prefix(SearchTokens.maxQueryLength) {
            if character.unicodeScalars.allSatisfy(isChinese) {
                if !latin.isEmpty { flush() }
                chinese.append(character)
            } else if character.isLetter || character.isNumber {
                if !chinese.isEmpty { flush() }
                latin.append(character)
            } else {
                flush()
            }
        }
        flush()
        return needles
    }

    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0x20000...0x3134F).contains(scalar.value)
    }

    private static func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var rest = text.startIndex..<text.endIndex
        while let range = text.range(of: needle, options: [.caseInsensitive, .widthInsensitive], range: rest) {
            found.append(range)
            rest = range.upperBound..<text.endIndex
        }
        return found
    }

    /// Overlapping or touching ranges as one (数据 and 据分 mark 数据分).
    private static func merged(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private static func cut(_ text: String, at marks: [Range<String.Index>]) -> [Segment] {
        var segments: [Segment] = []
        var position = text.startIndex
        for mark in marks {
            if position < mark.lowerBound {
                segments.append(Segment(String(text[position..<mark.lowerBound]), isMatch: false))
            }
            segments.append(Segment(String(text[mark]), isMatch: true))
            position = mark.upperBound
        }
        if position < text.endIndex { segments.append(Segment(String(text[position...]), isMatch: false)) }
        return segments
    }
}
