/// The minimum strength a chosen password must have. It follows NIST SP 800-63B
/// §5.1.1.2 (a length floor, a block-list of common passwords, no words from the
/// account itself) together with the composition the Chinese baseline asks for
/// (GB/T 22239-2019 identification and authentication: passwords with complexity
/// requirements). A long passphrase is accepted without the character mix, since length
/// gives it the strength the mix would.
public struct PasswordRule: Hashable, Sendable {
    /// Fewer characters than this is always too short.
    public var minimumLength = 10
    /// From this length on, a password needs no particular mix of characters.
    public var passphraseLength = 16
    /// How many of the four classes (lower, upper, digit, other) a shorter one needs.
    public var requiredClasses = 3

    public init() {}

    /// Every reason `password` is unacceptable, so the form can list them all at once;
    /// empty when it is acceptable. `email` and `mobile` are the account's, as stored or
    /// typed (either may be absent).
    public func problems(in password: String, email: String? = nil, mobile: String? = nil) -> [PasswordProblem] {
        var problems: [PasswordProblem] = []
        if password.count < minimumLength {
            problems.append(.tooShort(minimum: minimumLength))
        }
        let classes = CharacterClass.classes(in: password).count
        if password.count < passphraseLength, classes < requiredClasses {
            problems.append(.tooFewCharacterClasses(required: requiredClasses, passphraseLength: passphraseLength))
        }
        let lowered = password.lowercased()
        // A name of one or two letters (`li@…`) would match nearly any password.
        if let name = email?.split(separator: "@").first?.lowercased(), name.count >= 3, lowered.contains(name) {
            problems.append(.containsEmailName)
        }
        if let digits = mobile.map(Self.mobileDigits), digits.count >= 7, password.contains(digits) {
            problems.append(.containsMobileNumber)
        }
        if Self.commonPasswords.contains(lowered) {
            problems.append(.tooCommon)
        }
        return problems
    }

    /// The digits of a mobile number as typed, without a leading 86 country code.
    private static func mobileDigits(_ text: String) -> String {
        let digits = String(text.filter { $0.isASCII && $0.isNumber })
        return digits.count == 13 && digits.hasPrefix("86") ? String(digits.dropFirst(2)) : digits
    }

    /// Passwords at the top of published leak lists (in China and worldwide), plus the
    /// obvious ones for this platform. Compared lower-cased with the whole password;
    /// short entries are also caught by the length rule but listed so the form says why.
    static let commonPasswords: Set<String> = [
        "123456", "12345678", "123456789", "1234567890", "11111111", "88888888", "00000000",
        "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssw0rd123",
        "qwerty123", "qwerty123456", "qwertyuiop", "1qaz2wsx", "1qaz2wsx3edc", "1q2w3e4r5t",
        "qq123456", "a123456789", "abc123456", "abcd1234", "aa123456", "asdfghjkl",
        "woaini1314", "iloveyou123", "admin123", "admin@123", "admin123456", "zibo2025",
        "zibo123456", "zibo@2025", "zibo@123456",
    ]
}

/// One reason a password is refused; the App turns each into a message in the user's
/// language.
public enum PasswordProblem: Hashable, Sendable, CustomStringConvertible {
    /// Shorter than `minimum` characters.
    case tooShort(minimum: Int)
    /// Fewer than `required` of lower-case, upper-case, digits and other characters, and
    /// shorter than `passphraseLength`.
    case tooFewCharacterClasses(required: Int, passphraseLength: Int)
    /// Contains the part of the account's email before `@`.
    case containsEmailName
    /// Contains the account's mobile number.
    case containsMobileNumber
    /// One of the most common passwords, tried first by any attacker.
    case tooCommon

    public var description: String {
        switch self {
        case let .tooShort(minimum): "must have at least \(minimum) characters"
        case let .tooFewCharacterClasses(required, passphraseLength):
            "must mix at least \(required) of lower case, upper case, digits and symbols,"
                + " or have \(passphraseLength) characters"
        case .containsEmailName: "must not contain your email name"
        case .containsMobileNumber: "must not contain your mobile number"
        case .tooCommon: "is one of the most common passwords"
        }
    }
}

/// The four kinds of character the composition rule counts.
enum CharacterClass: CaseIterable {
    case lower, upper, digit, other

    /// Letters without case (汉字) and punctuation count as `other`.
    static func classes(in text: String) -> Set<CharacterClass> {
        Set(
            text.map { character in
                if character.isLowercase {
                    .lower
                } else if character.isUppercase {
                    .upper
                } else if character.isNumber {
                    .digit
                } else {
                    .other
                }
            })
    }
}
