import Foundation
import SiteKit
import TalentDomain
import Vapor

/// Signs certificates with the platform's Ed25519 key and checks signatures. The key is
/// derived from `TALENT_SECRET_KEY`, so every instance behind a load balancer signs
/// with the same key and nothing about it is stored in the database.
package struct CertificateSigner: Sendable {
    private let privateKey: Curve25519.Signing.PrivateKey
    package let publicKey: Curve25519.Signing.PublicKey
    /// The first 16 hex digits of the SHA-256 of the raw public key: names the key that
    /// signed a certificate, so keys can be rotated and old certificates still checked.
    package let keyID: String

    package init(seed: SymmetricKey) {
        // 32 bytes from HKDF are always a valid Ed25519 seed.
        privateKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: seed.withUnsafeBytes { Data($0) })
        publicKey = privateKey.publicKey
        keyID = String(SHA256.hash(data: publicKey.rawRepresentation).hexString.prefix(16))
    }

    /// Base64 of the signature over the payload's canonical text.
    package func sign(_ payload: CertificatePayload) throws -> String {
        try privateKey.signature(for: Data(payload.canonicalBytes)).base64EncodedString()
    }

    /// Whether `signature` (base64) is this key's signature of exactly `payload`.
    package func isValid(signature: String, for payload: CertificatePayload) -> Bool {
        guard let bytes = Data(base64Encoded: signature) else { return false }
        return publicKey.isValidSignature(bytes, for: Data(payload.canonicalBytes))
    }

    /// The public key as a PEM SubjectPublicKeyInfo (RFC 8410), which `openssl pkeyutl
    /// -verify -rawin` and every crypto library read.
    package var publicKeyPEM: String {
        // SEQUENCE { SEQUENCE { OID 1.3.101.112 (Ed25519) }, BIT STRING { key } }
        let prefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
        let body = Data(prefix + publicKey.rawRepresentation).base64EncodedString()
        return "-----BEGIN PUBLIC KEY-----\n\(body)\n-----END PUBLIC KEY-----\n"
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
