/// The public code of a certificate: 16 characters of Crockford's base32 (no I, L, O or
/// U, so it survives being read aloud or typed from paper), 80 random bits — too many to
/// guess — shown in groups of four: `7K3M-Q9TX-2HCV-8RWP`.
public struct CertificateCode: Hashable, Sendable, CustomStringConvertible {
    /// The 16 characters, without separators.
    public let value: String

    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    public static let length = 16

    public static func random(using generator: inout some RandomNumberGenerator) -> CertificateCode {
        CertificateCode(
            unchecked: String((0..<length).map { _ in alphabet[Int.random(in: 0..<32, using: &generator)] }))
    }

    private init(unchecked value: String) { self.value = value }

    /// Reads a code as people type it: any case, with or without dashes and spaces, O for
    /// 0 and I or L for 1. Nil when it cannot be a code.
    public init?(_ text: String) {
        guard text.count <= 64 else { return nil }
        var characters: [Character] = []
        for character in text.uppercased() where character != "-" && character != " " {
            let read: Character =
                switch character {
                case "O": "0"
                case "I", "L": "1"
                default: character
                }
            guard Self.alphabet.contains(read) else { return nil }
            characters.append(read)
        }
        guard characters.count == Self.length else { return nil }
        value = String(characters)
    }

    /// Grouped for reading: `7K3M-Q9TX-2HCV-8RWP`.
    public var description: String {
        stride(from: 0, to: Self.length, by: 4).map { offset in
            let start = value.index(value.startIndex, offsetBy: offset)
            return String(value[start..<value.index(start, offsetBy: 4)])
        }.joined(separator: "-")
    }
}
