import Vapor

/// Encrypts personal identifiers at rest (DESIGN.md "Secrets"): AES-256-GCM under a key
/// derived from `TALENT_SECRET_KEY`, with a keyed HMAC "blind index" so that uniqueness
/// and exact look-up work without decrypting and without an unkeyed hash (an ID number
/// has too little entropy: a plain SHA-256 of it is reversed by trying them all).
///
/// With previous keys configured (key rotation), values open under any of them and a
/// look-up by blind index asks for every key's index (`indexes`); everything new is sealed
/// and indexed under the current key only.
package struct PersonalDataCipher: Sendable {
    package let encryptionKey: SymmetricKey
    package let indexKey: SymmetricKey
    /// The previous keys' pairs, newest first.
    private let previous: [(encryption: SymmetricKey, index: SymmetricKey)]

    package init(secrets: Secrets) {
        encryptionKey = secrets.personalData
        indexKey = secrets.blindIndex
        previous = secrets.previous.map { ($0.personalData, $0.blindIndex) }
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
        if let opened = try? AES.GCM.open(box, using: encryptionKey) { return opened }
        for key in previous {
            if let opened = try? AES.GCM.open(box, using: key.encryption) { return opened }
        }
        return nil
    }

    /// Whether `combined` opens under the current key (a value `talent keys rotate` leaves).
    package func isSealedWithCurrentKey(_ combined: Data) -> Bool {
        guard let box = try? AES.GCM.SealedBox(combined: combined) else { return false }
        return (try? AES.GCM.open(box, using: encryptionKey)) != nil
    }

    /// Hex HMAC of the normalised value: equal values give equal indexes.
    package func index(_ value: String) -> String {
        Secrets.mac(value, key: indexKey)
    }

    /// The value's index under the current key and each previous one: what a look-up must
    /// match while `talent keys rotate` has not yet re-indexed every row.
    package func indexes(_ value: String) -> [String] {
        [index(value)] + previousIndexes(value)
    }

    /// The value's index under each previous key (none, unless keys are being rotated).
    package func previousIndexes(_ value: String) -> [String] {
        previous.map { Secrets.mac(value, key: $0.index) }
    }
}

extension Application {
    package var personalData: PersonalDataCipher { PersonalDataCipher(secrets: secrets) }
}
