import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// Signs certificates with the platform's Ed25519 key and checks signatures. The key is
/// derived from `TALENT_SECRET_KEY`, so every instance behind a load balancer signs
/// with the same key and nothing about it is stored in the database.
package struct CertificateSigner: Sendable {
    private let privateKey: Curve25519.Signing.PrivateKey
    /// The key that checks this signer's signatures.
    package let key: CertificatePublicKey
    /// The public keys of the previous secret keys still configured (key rotation), newest
    /// first; those of keys a rotation retired are in the database (`CertificateKeys`).
    package var previous: [CertificatePublicKey] = []

    package init(seed: SymmetricKey) {
        // 32 bytes from HKDF are always a valid Ed25519 seed.
        privateKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: seed.withUnsafeBytes { Data($0) })
        key = CertificatePublicKey(privateKey.publicKey)
    }

    /// The signer of the current key, knowing the previous ones' public keys.
    package init(secrets: Secrets) {
        self.init(seed: secrets.certificateSigning)
        previous = secrets.previous.compactMap { CertificatePublicKey(raw: $0.signingPublicKey) }
    }

    package var keyID: String { key.keyID }

    /// Base64 of the signature over the payload's canonical text.
    package func sign(_ payload: CertificatePayload) throws -> String {
        try privateKey.signature(for: Data(payload.canonicalBytes)).base64EncodedString()
    }

    /// Whether `signature` (base64) is this key's signature of exactly `payload`.
    package func isValid(signature: String, for payload: CertificatePayload) -> Bool {
        key.isValid(signature: signature, for: payload)
    }
}

/// A public key that signed certificates: the current one, or one kept after a rotation.
package struct CertificatePublicKey: Sendable {
    package let publicKey: Curve25519.Signing.PublicKey
    /// The first 16 hex digits of the SHA-256 of the raw public key: names the key that
    /// signed a certificate, so keys can be rotated and old certificates still checked.
    package let keyID: String

    package init(_ publicKey: Curve25519.Signing.PublicKey) {
        self.publicKey = publicKey
        keyID = String(SHA256.hash(data: publicKey.rawRepresentation).hexString.prefix(16))
    }

    /// From the 32 raw bytes; nil for anything else.
    package init?(raw: Data) {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return nil }
        self.init(key)
    }

    /// Whether `signature` (base64) is this key's signature of exactly `payload`.
    package func isValid(signature: String, for payload: CertificatePayload) -> Bool {
        guard let bytes = Data(base64Encoded: signature) else { return false }
        return publicKey.isValidSignature(bytes, for: Data(payload.canonicalBytes))
    }

    /// The public key as a PEM SubjectPublicKeyInfo (RFC 8410), which `openssl pkeyutl
    /// -verify -rawin` and every crypto library read.
    package var pem: String {
        // SEQUENCE { SEQUENCE { OID 1.3.101.112 (Ed25519) }, BIT STRING { key } }
        let prefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
        let body = Data(prefix + publicKey.rawRepresentation).base64EncodedString()
        return "-----BEGIN PUBLIC KEY-----\n\(body)\n-----END PUBLIC KEY-----\n"
    }
}

/// Every key certificates may name: the signer's, the previous ones configured, and those
/// a rotation retired (`RetiredKey`), newest first.
package enum CertificateKeys {
    package static func all(_ signer: CertificateSigner, on db: any Database) async throws -> [CertificatePublicKey] {
        var keys = [signer.key] + signer.previous
        for retired in try await RetiredKey.query(on: db).sort(\.$retiredAt, .descending).all() {
            guard let key = Data(base64Encoded: retired.signingPublicKey).flatMap(CertificatePublicKey.init(raw:)),
                !keys.contains(where: { $0.keyID == key.keyID })
            else { continue }
            keys.append(key)
        }
        return keys
    }

    /// The key named `keyID`: the signer's without a query.
    package static func find(_ keyID: String, _ signer: CertificateSigner, on db: any Database) async throws
        -> CertificatePublicKey?
    {
        if keyID == signer.keyID { return signer.key }
        return try await all(signer, on: db).first { $0.keyID == keyID }
    }
}

extension Application {
    private struct CertificateSignerKey: StorageKey {
        typealias Value = CertificateSigner
    }

    /// Set in `configure` from the secrets.
    package var certificateSigner: CertificateSigner {
        get {
            guard let signer = storage[CertificateSignerKey.self] else {
                fatalError("configure(_:config:) sets the signer")
            }
            return signer
        }
        set { storage[CertificateSignerKey.self] = newValue }
    }
}
