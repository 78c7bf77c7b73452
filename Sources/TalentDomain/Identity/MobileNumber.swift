import Foundation

/// 手机号码: a mainland China mobile number, eleven digits matching `1[3-9]\d{9}`. Accounts
/// sign in with it and it is personal data (PIPL), so it is stored in one normalised form
/// — which makes uniqueness and look-up exact — and shown masked.
public struct MobileNumber: Hashable, Sendable, CustomStringConvertible {
    /// The eleven digits, without country code or separators.
    public let value: String

    /// Parses a number as typed: spaces and hyphens anywhere (`138 0013 8000`,
    /// `138-0013-8000`), full-width digits, and the country code written `+86`, `0086` or
    /// `86` before the eleven digits are accepted.
    public init(_ text: String) throws(MobileNumberError) {
        var digits: [Character] = []
        var hasPlus = false
        for (index, character) in IdentityText.normalized(text).enumerated() {
            if IdentityText.isDigit(character) {
                digits.append(character)
            } else if character == "+" && index == 0 {
                hasPlus = true
            } else if character != " " && character != "-" {
                throw .invalidCharacter(position: index + 1)
            }
        }
        let number = String(digits)
        if hasPlus {
            guard number.hasPrefix("86") else { throw .invalidCharacter(position: 1) }
            digits.removeFirst(2)
        } else if digits.count == 13, number.hasPrefix("86") {
            digits.removeFirst(2)
        } else if digits.count == 15, number.hasPrefix("0086") {
            digits.removeFirst(4)
        }
        guard digits.count == 11 else { throw .wrongLength }
        // Mobile numbers are allocated in the 13x–19x blocks (MIIT numbering plan); 10x,
        // 11x and 12x are service or unused numbers, never a personal mobile.
        guard digits[0] == "1", ("3"..."9").contains(digits[1]) else { throw .wrongPrefix }
        value = String(digits)
    }

    /// `138****5678`: the first three and last four digits, the form Chinese services
    /// show, enough for a person to recognise their own number.
    public var masked: String { "\(value.prefix(3))****\(value.suffix(4))" }

    /// The masked form, so a number interpolated into a log line or page cannot leak.
    public var description: String { masked }
}

/// Why a text is not a mainland mobile number; each case says what to fix.
public enum MobileNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The character at `position` (1-based, after trimming) is not a digit, space,
    /// hyphen, or the `+` of `+86`.
    case invalidCharacter(position: Int)
    /// Not eleven digits once separators and the country code are removed.
    case wrongLength
    /// Eleven digits that do not start with 13–19, so not a mobile number.
    case wrongPrefix

    public var description: String {
        switch self {
        case let .invalidCharacter(position): "character \(position) is not allowed"
        case .wrongLength: "must be 11 digits"
        case .wrongPrefix: "must start with 13 to 19"
        }
    }
}
