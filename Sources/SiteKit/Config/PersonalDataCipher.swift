import Vapor

/// Encrypts personal identifiers at rest (DESIGN.md "Secrets"): AES-256-GCM under a key
/// derived from `TALENT_SECRET_KEY`, with a keyed HMAC "blind index" so that uniqueness
/// and exact look-up work without decrypting and without an unkeyed hash (an ID number
/// has too little entropy: a plain SHA-256 of it is reversed by trying them all).
package struct PersonalDataCipher: Sendable {
    package let encryptionKey: SymmetricKey
    package let indexKey: SymmetricKey

    package init(secrets: Secrets) {
        encryptionKey = secrets.personalData
        indexKey = secrets.blindIndex
    }

    /// Base64 of nonce + ciphertext + tag; a fresh random nonce every time.
    package func seal(_ plaintext: String) throws -> String {
        try seal(data: Data(plaintext.utf8))
    }

    package func seal(data: Data) throws -> String {
        try sealedBox(data).base64EncodedString()
    }

    /// Nonce + ciphertext + tag, as bytes (a file kept in a binary column).
    package func sealedBox(_ data: Data) throws -> Data {
        // `combined` is nil only for a nonce that is not 12 bytes; the default one is.
        guard let combined = try AES.GCM.seal(data, using: encryptionKey).combined else {
            throw Abort(.internalServerError, reason: "AES-GCM produced no combined box.")
        }
        return combined
    }

    /// The plaintext, or nil when the box does not open under this key (wrong key, or
    /// a stored value that was altered — GCM authenticates it).
    package func open(_ sealed: String) -> String? {
        openData(sealed).flatMap { String(data: $0, encoding: .utf8) }
    }

    package func openData(_ sealed: String) -> Data? {
        Data(base64Encoded: sealed).flatMap(openBox)
    }

    package func openBox(_ combined: Data) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: combined) else { return nil }
        return try? AES.GCM.open(box, using: encryptionKey)
    }

    /// Hex HMAC of the normalised value: equal values give equal indexes.
    package func index(_ value: String) -> String {
        Secrets.mac(value, key: indexKey)
    }
}

extension Application {
    package var personalData: PersonalDataCipher { PersonalDataCipher(secrets: secrets) }
}
