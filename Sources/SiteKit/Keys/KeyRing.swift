import Fluent
import Vapor

/// Every key the platform has used, from the configuration (`Secrets`: the current key and
/// the previous ones) and from the database (`RetiredKey`: those a rotation retired, which
/// may have left the configuration since).
package enum KeyRing {
    /// The audit trail's keys, as `AuditLog.verify(keys:)` takes them: the current key,
    /// the previous ones still configured, and those retired (`RetiredKey`), each retired
    /// one with the last sequence it may seal.
    package static func auditKeys(_ secrets: Secrets, on db: any Database) async throws -> [AuditLog.SealingKey] {
        let cipher = PersonalDataCipher(secrets: secrets)
        let retired = try await RetiredKey.query(on: db).all()
        var keys = secrets.all.map { configured in
            AuditLog.SealingKey(
                key: configured.audit, sealsThrough: retired.first { $0.keyID == configured.keyID }?.sealedThrough)
        }
        for key in retired where !secrets.all.contains(where: { $0.keyID == key.keyID }) {
            // A sealed key no configured key opens stays out: its records then fail to verify.
            guard let audit = cipher.openData(key.auditKeySealed) else { continue }
            keys.append(AuditLog.SealingKey(key: SymmetricKey(data: audit), sealsThrough: key.sealedThrough))
        }
        return keys
    }
}

extension Secrets {
    /// The Ed25519 public key of `certificateSigning`, raw 32 bytes.
    package var signingPublicKey: Data {
        // 32 bytes from HKDF are always a valid Ed25519 seed.
        let seed = certificateSigning.withUnsafeBytes { Data($0) }
        return (try! Curve25519.Signing.PrivateKey(rawRepresentation: seed)).publicKey.rawRepresentation
    }
}
