import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// 证书: a training, technical grade or skill-level certificate held by a talent — issued
/// here by a provider on completion, or recorded by an officer when issued elsewhere.
/// Signed with the platform's Ed25519 key over `CertificatePayload`; verifiable by its
/// public code at `/verify/{code}`.
package final class Certificate: Model, @unchecked Sendable {
    package static let schema = "certificates"

    @ID(key: .id) package var id: UUID?
    /// `CertificateCode.value`: 16 characters, unique.
    @Field(key: "code") package var code: String
    @Enum(key: "kind") package var kind: CertificateKind
    /// `CertificateLevel.code`: an engineer level or a skill level, by kind.
    @OptionalField(key: "level") package var level: String?
    @OptionalField(key: "occupation_code") package var occupationCode: String?
    @Parent(key: "talent_id") package var talent: Talent
    /// The issuing organisation when it is on the platform.
    @OptionalField(key: "issuer_id") package var issuerID: UUID?
    @Field(key: "issuer_name") package var issuerName: String
    /// What the number is unique within: the issuer's id, or its normalised name.
    @Field(key: "issuer_key") package var issuerKey: String
    @Field(key: "number") package var number: String
    /// `YYYY-MM-DD`.
    @Field(key: "issued_on") package var issuedOn: String
    @OptionalField(key: "enrollment_id") package var enrollmentID: UUID?
    @OptionalField(key: "program_id") package var programID: UUID?
    @Field(key: "holder_masked") package var holderMasked: String
    /// Base64 of the Ed25519 signature over the payload's canonical text.
    @Field(key: "signature") package var signature: String
    /// Which key signed it (`CertificateSigner.keyID`), for when keys are rotated.
    @Field(key: "key_id") package var keyID: String
    @OptionalField(key: "revoked_at") package var revokedAt: Date?
    @OptionalField(key: "revoke_reason") package var revokeReason: String?
    @Field(key: "recorded_by") package var recordedBy: UUID
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package var certificateLevel: CertificateLevel? { CertificateLevel(kind: kind, code: level) }
    package var isRevoked: Bool { revokedAt != nil }

    /// What the stored signature must cover; any change to a signed column breaks it.
    package var payload: CertificatePayload? {
        guard let code = CertificateCode(code) else { return nil }
        return CertificatePayload(
            code: code, kind: kind, level: certificateLevel, occupationCode: occupationCode,
            issuerName: issuerName, number: number, issuedOn: issuedOn,
            holderMasked: holderMasked)
    }
}
