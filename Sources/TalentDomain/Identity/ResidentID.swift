import Foundation

/// 居民身份证号码: the 18-character citizen identity number (GB 11643-1999). A talent is
/// identified by it for subsidies, titles and loans, so it is checked before it is stored
/// (encrypted) and shown only masked.
///
/// Layout: positions 1–6 area code (GB/T 2260), 7–14 birth date `YYYYMMDD`, 15–17
/// sequence code (odd for men, even for women), 18 check character (`0`–`9` or `X`).
///
/// `description` is the masked form, so interpolating a `ResidentID` into a log line or
/// a page cannot leak the whole number (PIPL art. 28: it is sensitive personal data).
public struct ResidentID: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The 18 characters, with an upper-case `X`. Personal data: store encrypted, show `masked`.
    public let value: String
    /// Positions 7–14.
    public let birthDate: CalendarDate

    /// GB 11643-1999 (ISO 7064 MOD 11-2): weight of positions 1–17 (2^(18−i) mod 11).
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// GB 11643-1999: the check character for Σ value × weight mod 11 = 0…10.
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Years before this are rejected as impossible: nobody born then is alive to hold an
    /// 18-digit number (issued since 1999), so such a year is a typo.
    static let earliestBirthYear = 1900

    /// Parses a number as typed: surrounding spaces, a lower-case `x` and full-width digits
    /// are accepted. `today` (in China Standard Time, chosen by the caller, since the
    /// domain reads no clock) bounds the birth date. Throws the first thing wrong, in the
    /// order length, characters, birth date, check character.
    public init(_ text: String, today: CalendarDate) throws(ResidentIDError) {
        var characters = IdentityText.normalized(text)
        if let digits = try Self.numberCellDigits(characters) { characters = digits }
        guard characters.count == 18 else { throw .wrongLength }
        for (index, character) in characters.enumerated()
        where !(IdentityText.isDigit(character) || (index == 17 && character == "X")) {
            throw .invalidCharacter(position: index + 1)
        }
        let normalized = String(characters)
        func part(_ range: Range<Int>) -> String { String(characters[range]) }
        guard let birthDate = CalendarDate("\(part(6..<10))-\(part(10..<12))-\(part(12..<14))"),
            birthDate.year >= Self.earliestBirthYear
        else { throw .impossibleBirthDate }
        guard birthDate <= today else { throw .birthDateInFuture }
        let expected = Self.checkCharacter(digits: characters.prefix(17))
        guard characters[17] == expected else { throw .wrongCheckCharacter(expected: expected) }
        (value, self.birthDate) = (normalized, birthDate)
    }

    /// The digits of a number a spreadsheet stored as a number cell and wrote with an
    /// exponent (`3.70303199001011234E+17`) or a decimal point (`370303199001011234.0`);
    /// nil for any other text. Excel keeps 15 significant digits, so the usual
    /// `3.70303199001011E+17` has lost the last three: `.storedAsNumber`, which says how
    /// to keep the column as text.
    static func numberCellDigits(_ characters: [Character]) throws(ResidentIDError) -> [Character]? {
        let text = String(characters)
        guard let parts = text.wholeMatch(of: /(\d+)(?:\.(\d*))?(?:[eE]\+?(\d{1,2}))?/),
            parts.2 != nil || parts.3 != nil
        else { return nil }
        let (whole, fraction) = (String(parts.1), String(parts.2 ?? ""))
        let exponent = parts.3.flatMap { Int($0) } ?? 0
        // The digits moved before the point by the exponent; what stays after must be zeros.
        let shifted = fraction.prefix(exponent)
        guard fraction.dropFirst(exponent).allSatisfy({ $0 == "0" }) else { return nil }
        if shifted.count < exponent { throw .storedAsNumber }
        return Array(whole + shifted)
    }

    /// Positions 1–6: where the number was first issued (GB/T 2260), e.g. `370303`.
    public var areaCode: String { String(value.prefix(6)) }

    /// Positions 15–17: the sequence code among people of the same area and birth date.
    public var sequence: Int { Int(String(Array(value)[14..<17]))! }

    /// GB 11643-1999: an odd sequence code is given to men, an even one to women.
    public var gender: Gender { sequence % 2 == 1 ? .male : .female }

    /// `370303********1234`: area code and last four characters, the form used on
    /// receipts and lists in China, enough for a person to recognise their own number.
    public var masked: String { "\(value.prefix(6))********\(value.suffix(4))" }

    public var description: String { masked }
    public var debugDescription: String { "ResidentID(\(masked))" }

    /// Whole years of age on `date`: a birthday on 29 February counts on 1 March in
    /// common years. Eligibility rules use it (age limits of key groups).
    public func age(on date: CalendarDate) -> Int {
        let hadBirthday = (date.month, date.day) >= (birthDate.month, birthDate.day)
        return date.year - birthDate.year - (hadBirthday ? 0 : 1)
    }

    /// The check character for 17 digits, or `nil` when `first17` is not 17 ASCII digits.
    public static func makeCheckCharacter(for first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17, characters.allSatisfy(IdentityText.isDigit) else { return nil }
        return checkCharacter(digits: characters[...])
    }

    /// A synthetic, valid number for tests and demo data. It may coincide with a real
    /// person's number — any valid number can — so use it only in test and demo
    /// databases, never to fill in a real record.
    public static func fake(areaCode: String, birth: CalendarDate, sequence: Int) -> ResidentID {
        precondition(
            areaCode.utf8.count == 6 && areaCode.allSatisfy(IdentityText.isDigit), "areaCode must be six digits")
        precondition((0...999).contains(sequence), "sequence must have at most three digits")
        // ASCII bytes rather than `String(format:)` and `Character`s: demo data and the
        // benchmark make millions of these.
        var digits = Array(areaCode.utf8)
        digits.reserveCapacity(18)
        for (number, width) in [(birth.year, 4), (birth.month, 2), (birth.day, 2), (sequence, 3)] {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            for _ in 0..<width {
                digits.append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
                divisor /= 10
            }
        }
        let sum = zip(digits, weights).reduce(0) { $0 + Int($1.0 - UInt8(ascii: "0")) * $1.1 }
        digits.append(checkCharacters[sum % 11].asciiValue!)
        return ResidentID(checked: String(decoding: digits, as: UTF8.self), birthDate: birth)
    }

    private init(checked value: String, birthDate: CalendarDate) {
        (self.value, self.birthDate) = (value, birthDate)
    }

    /// GB 11643-1999: index (Σ digit × weight mod 11) into `checkCharacters`.
    private static func checkCharacter(digits: ArraySlice<Character>) -> Character {
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// 性别 as the sequence code records it.
    public enum Gender: String, CaseIterable, Codable, Sendable {
        case male, female
    }
}

/// Why a text is not a resident identity number. Each case says what to fix, because the
/// App shows it next to the field.
public enum ResidentIDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not 18 characters after spaces are trimmed (15-digit first-generation numbers
    /// expired in 2013 and are not accepted).
    case wrongLength
    /// The character at `position` (1-based) is not a digit (or, at 18 only, an `X`).
    case invalidCharacter(position: Int)
    /// Positions 7–14 are not a calendar date from 1900 on.
    case impossibleBirthDate
    /// Positions 7–14 are a date after today.
    case birthDateInFuture
    /// The first 17 characters are well formed but the 18th does not match them: most
    /// often one digit was mistyped. `expected` is what they call for; show it with
    /// care, since when the typo is elsewhere, changing the last character to `expected`
    /// makes a wrong number pass.
    case wrongCheckCharacter(expected: Character)
    /// A spreadsheet stored the number as a number and wrote it in scientific notation
    /// (`3.70303E+17`): its last digits are lost.
    case storedAsNumber

    public var description: String {
        switch self {
        case .wrongLength: "must be 18 characters"
        case let .invalidCharacter(position): "character \(position) must be a digit\(position == 18 ? " or X" : "")"
        case .impossibleBirthDate: "characters 7–14 are not a possible birth date"
        case .birthDateInFuture: "characters 7–14 are a birth date in the future"
        case let .wrongCheckCharacter(expected):
            "check character does not match (expected \(expected)); please re-check the number"
        case .storedAsNumber: "stored as a number in scientific notation: its last digits are lost"
        }
    }
}
