/// A coded property of a talent (district, occupation, education, …) written into the
/// search index as one token, in a column of its own, so that every filter of the talent
/// search is a look-up in the same index as the keyword: combining filters is an
/// intersection of sorted lists, and a count is counting one list, instead of reading
/// a million rows.
public enum SearchFacet: String, CaseIterable, Sendable {
    case district = "d"
    case occupation = "o"
    case education = "e"
    case titleLevel = "t"
    case skillLevel = "s"
    case category = "c"
    case keyGroup = "k"
    case chain = "h"
    case employer = "m"
    case birthYear = "y"
    /// A job post's campaign (M3 job zone).
    case campaign = "p"

    /// The token for `code`: the facet's letter and the code's letters and digits, lower
    /// case (`d370303`, `o40405`, `dzoneht`), which every word splitter keeps whole.
    public func token(_ code: String) -> String {
        // Codes are mostly lower-case letters and digits already (district 370303), or
        // ASCII with capitals and punctuation (an employer's id, occupation 4-04-05-01):
        // those are folded byte by byte, without looking up Unicode properties.
        if code.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) { return rawValue + code }
        if code.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(rawValue.utf8)
            for byte in code.utf8 {
                switch byte {
                case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return rawValue
            + String(
                code.lowercased().unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
                })
    }
}
