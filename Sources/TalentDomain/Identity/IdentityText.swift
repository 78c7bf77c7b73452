import Foundation

/// How typed identity numbers are cleaned before they are checked.
enum IdentityText {
    /// Trims surrounding white space, turns full-width ASCII and the ideographic space
    /// (`０-９`, `Ａ-Ｚ`, `　`, typed by Chinese input methods) into half-width,
    /// and upper-cases ASCII letters only — so the result has one character per character
    /// typed and positions in an error message match what the user sees.
    static func normalized(_ text: String) -> [Character] {
        (TalentText.trimmed(text) ?? "").map { character in
            guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
                return character
            }
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if value == 0x3000 { value = 0x20 }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            return Unicode.Scalar(value).map(Character.init) ?? character
        }
    }

    static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) && character.unicodeScalars.count == 1
    }
}
