import Foundation
import SiteKit
import TalentDomain
import Vapor

package struct CertificateDTO: Content {
    package var id: UUID
    package var code: String
    package var verifyPath: String
    package var kind: String
    package var level: String?
    package var occupationCode: String?
    package var talentID: UUID
    package var issuerID: UUID?
    package var issuerName: String
    package var number: String
    package var issuedOn: String
    package var holder: String
    package var signature: String
    package var keyID: String
    package var status: String
    package var revokedAt: Date?
    package var revokeReason: String?

    package init(_ certificate: Certificate) throws {
        id = try certificate.requireID()
        let display = CertificateCode(certificate.code)?.description ?? certificate.code
        code = display
        verifyPath = SiteURL.verify(display).path
        kind = certificate.kind.rawValue
        level = certificate.level
        occupationCode = certificate.occupationCode
        talentID = certificate.$talent.id
        issuerID = certificate.issuerID
        issuerName = certificate.issuerName
        number = certificate.number
        issuedOn = certificate.issuedOn
        holder = certificate.holderMasked
        signature = certificate.signature
        keyID = certificate.keyID
        status = certificate.isRevoked ? "revoked" : "valid"
        revokedAt = certificate.revokedAt
        revokeReason = certificate.revokeReason
    }
}

/// `GET /api/v1/certificates/verify/{code}`: what the public page shows, plus the signed
/// text and signature for checking offline with the public key.
package struct VerificationDTO: Content {
    package var code: String
    /// `valid`, `revoked` or `invalid`.
    package var status: String
    package var kind: String?
    package var level: String?
    package var occupationCode: String?
    package var issuer: String?
    package var number: String?
    package var issuedOn: String?
    package var holder: String?
    package var training: TrainingDTO?
    package var revokedAt: Date?
    package var revokeReason: String?
    package var payload: String?
    package var signature: String?
    package var keyID: String?
    package var algorithm: String?

    package init(_ outcome: VerifyPageModel.Outcome) {
        code = outcome.code
        status = outcome.status.rawValue
        guard let certificate = outcome.certificate else { return }
        kind = certificate.kind.rawValue
        level = certificate.level
        occupationCode = certificate.occupationCode
        issuer = certificate.issuerName
        number = certificate.number
        issuedOn = certificate.issuedOn
        holder = certificate.holderMasked
        training = outcome.training.map(TrainingDTO.init)
        revokedAt = certificate.revokedAt
        revokeReason = certificate.revokeReason
        payload = certificate.payload?.canonicalText
        signature = certificate.signature
        keyID = certificate.keyID
        algorithm = "Ed25519"
    }
}

extension VerificationDTO {
    /// `CertificateTraining` for machines: hours as a number, to a tenth.
    package struct TrainingDTO: Content {
        package var programme: String
        package var provider: String
        package var startsOn: String
        package var endsOn: String
        package var hours: Double

        init(_ training: CertificateTraining) {
            (programme, provider, startsOn, endsOn) =
                (training.programme, training.provider, training.startsOn, training.endsOn)
            hours = Double((training.hours.minutes * 10 + 30) / 60) / 10
        }
    }
}

/// The key that signs now (at the top level, as before keys rotated) and every key that
/// signed certificates (`keys`), so that a certificate naming a retired key still verifies.
package struct PublicKeyDTO: Content {
    package var algorithm = "Ed25519"
    package var keyID: String
    /// Base64 of the 32 raw bytes.
    package var publicKey: String
    /// SubjectPublicKeyInfo PEM.
    package var pem: String
    /// The first line of every signed payload.
    package var payloadFormat = CertificatePayload.header
    /// The current key first, then earlier ones, newest first.
    package var keys: [Key]

    package struct Key: Content {
        package var keyID: String
        package var publicKey: String
        package var pem: String
        /// Whether it signs new certificates (only the first does).
        package var current: Bool
    }

    init(current: CertificatePublicKey, all: [CertificatePublicKey]) {
        keyID = current.keyID
        publicKey = current.publicKey.rawRepresentation.base64EncodedString()
        pem = current.pem
        keys = all.map { key in
            Key(
                keyID: key.keyID, publicKey: key.publicKey.rawRepresentation.base64EncodedString(), pem: key.pem,
                current: key.keyID == current.keyID)
        }
    }
}
