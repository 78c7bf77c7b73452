import Foundation

/// 统一社会信用代码: the 18-character unified social credit code every organisation in
/// China is registered under (GB 32100-2015). It identifies an `Organization` on the
/// platform, so a mistyped code is caught by its check character before it is stored.
///
/// Layout: position 1 registration authority, 2 organisation type, 3–8 administrative
/// division code (digits), 9–17 organisation code, 18 check character.
public struct CreditCode: Hashable, Sendable, CustomStringConvertible {
    /// The 18 upper-case characters.
    public let value: String

    /// GB 32100-2015: the 31 characters a code may use — the digits and the Latin capitals
    /// without I, O, Z, S, V, letters easily misread as digits or as each other. A
    /// character's value in the check computation is its index here.
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// GB 32100-2015: the weight of positions 1–17 (3^(i−1) mod 31).
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Parses a code as typed: surrounding spaces, lower case and full-width characters
    /// are accepted. Throws the first thing wrong, in the order length, characters, check
    /// character, so the form can say exactly what to fix.
    public init(_ text: String) throws(CreditCodeError) {
        let characters = IdentityText.normalized(text)
        guard characters.count == 18 else { throw .wrongLength }
        var values: [Int] = []
        for (index, character) in characters.enumerated() {
            let isDivision = (2...7).contains(index)
            guard let value = Self.alphabet.firstIndex(of: character),
                !isDivision || IdentityText.isDigit(character)
            else { throw .invalidCharacter(position: index + 1) }
            values.append(value)
        }
        let expected = Self.checkCharacter(values: values.prefix(17))
        guard characters[17] == expected else { throw .wrongCheckCharacter(expected: expected) }
        value = String(characters)
    }

    private init(checked value: String) {
        self.value = value
    }

    /// Position 1: the registration authority (登记管理部门), e.g. `9` for market regulation.
    public var registrationAuthority: Character { value.first! }

    /// Position 2: the organisation type within that authority, e.g. `1` for an enterprise.
    public var organizationType: Character { Array(value)[1] }

    /// Positions 3–8: the administrative division (GB/T 2260) where it was registered,
    /// e.g. `370303` for Zhangdian District — comparable with `District` codes.
    public var divisionCode: String { String(Array(value)[2..<8]) }

    /// Positions 9–17: the organisation code (组织机构代码, GB 11714 body and check).
    public var organizationCode: String { String(Array(value)[8..<17]) }

    public var description: String { value }

    /// The check character (position 18) for the first 17 characters of a code, or `nil`
    /// when `first17` is not 17 characters of the code alphabet. Used to build codes and
    /// to tell a user which character the code should end with.
    public static func makeCheckCharacter(for first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17 else { return nil }
        let values = characters.compactMap { alphabet.firstIndex(of: $0) }
        guard values.count == 17 else { return nil }
        return checkCharacter(values: values[...])
    }

    /// A synthetic, valid code for tests and demo data — never a real organisation's.
    /// It reads `91` (market regulation, enterprise), the six-digit `divisionCode`, then
    /// `XX` and the seven-digit `serial`: the `XX` marks it as made up by this platform, so
    /// a demo record is recognisable at a glance, while the check character is computed
    /// so the code passes every validation the App applies.
    public static func fake(divisionCode: String, serial: Int) -> CreditCode {
        precondition(
            divisionCode.count == 6 && divisionCode.allSatisfy(IdentityText.isDigit),
            "divisionCode must be six digits")
        precondition((0...9_999_999).contains(serial), "serial must have at most seven digits")
        let first17 = "91\(divisionCode)XX\(String(format: "%07d", serial))"
        // Digits and X only, so the check character always exists.
        return CreditCode(checked: first17 + String(makeCheckCharacter(for: first17)!))
    }

    /// GB 32100-2015: C18 = 31 − (Σ value × weight mod 31), where 31 becomes 0.
    private static func checkCharacter(values: ArraySlice<Int>) -> Character {
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }
}

/// Why a text is not a unified social credit code. Each case says what to fix, because
/// the App shows it next to the field.
public enum CreditCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not 18 characters after spaces are trimmed.
    case wrongLength
    /// The character at `position` (1-based) is not allowed there: outside the code
    /// alphabet (I, O, Z, S, V are never used) or a non-digit in the division code (3–8).
    case invalidCharacter(position: Int)
    /// The first 17 characters are well formed but the 18th does not match them: most
    /// often one character was mistyped. `expected` is what they call for; show it with
    /// care, since when the typo is elsewhere, changing the last character to `expected`
    /// makes a wrong code pass.
    case wrongCheckCharacter(expected: Character)

    public var description: String {
        switch self {
        case .wrongLength: "must be 18 characters"
        case let .invalidCharacter(position): "character \(position) is not allowed there"
        case let .wrongCheckCharacter(expected):
            "check character does not match (expected \(expected)); please re-check the code"
        }
    }
}
