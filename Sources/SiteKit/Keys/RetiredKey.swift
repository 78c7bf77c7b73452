import Fluent
import Foundation

/// A secret key that `talent keys rotate` replaced: what must outlive it, and nothing that
/// could read personal data. The certificate-signing public key, so that certificates it
/// signed still verify and stay published; and the audit-chain key, sealed under the
/// current key's personal-data key (re-sealed at each rotation), so that the trail's
/// older records still verify. Whoever can open it holds the current key already, which
/// lets them seal records anyway; and the newer key's first record pins the older ones.
package final class RetiredKey: Model, @unchecked Sendable {
    package static let schema = "retired_keys"

    @ID(key: .id) package var id: UUID?
    /// `Secrets.keyID` of the retired key.
    @Field(key: "key_id") package var keyID: String
    /// The Ed25519 public key, raw 32 bytes in base64.
    @Field(key: "signing_public_key") package var signingPublicKey: String
    /// The audit-chain key, sealed by `PersonalDataCipher` under the current key.
    @Field(key: "audit_key_sealed") package var auditKeySealed: String
    @Field(key: "retired_at") package var retiredAt: Date
    /// The sequence of the audit record that retired it (`keys.rotate`): no later record
    /// may be sealed with it.
    @Field(key: "sealed_through") package var sealedThrough: Int64

    package init() {}

    package init(keyID: String, signingPublicKey: String, auditKeySealed: String, retiredAt: Date, sealedThrough: Int64)
    {
        (self.keyID, self.signingPublicKey, self.auditKeySealed, self.retiredAt, self.sealedThrough) =
            (keyID, signingPublicKey, auditKeySealed, retiredAt, sealedThrough)
    }
}
