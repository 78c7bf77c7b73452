import Fluent
import Foundation
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool

/// Issuing, recording and revoking certificates. Each one is signed when written; the
/// holder's profile levels follow their certificates (`DerivedLevels`) and the search
/// index follows the profile — all in the caller's transaction, audited.
package enum CertificateStore {
    /// A certificate ready to be written, already validated.
    package struct Draft {
        package var kind: CertificateKind
        package var level: CertificateLevel?
        package var occupationCode: String?
        /// The issuing organisation when it is on the platform, else nil and `issuerName`.
        package var issuerID: UUID?
        package var issuerName: String
        package var number: String
        package var issuedOn: CalendarDate
        package var enrollmentID: UUID?
        package var programID: UUID?

        package init(
            kind: CertificateKind, level: CertificateLevel? = nil, occupationCode: String? = nil, issuerID: UUID? = nil,
            issuerName: String, number: String, issuedOn: CalendarDate, enrollmentID: UUID? = nil,
            programID: UUID? = nil
        ) {
            self.kind = kind
            self.level = level
            self.occupationCode = occupationCode
            self.issuerID = issuerID
            self.issuerName = issuerName
            self.number = number
            self.issuedOn = issuedOn
            self.enrollmentID = enrollmentID
            self.programID = programID
        }
    }

    package struct Context: Sendable {
        package var write: WriteContext
        package var signer: CertificateSigner
        package var policy: PolicyDocument
        /// Who the certificate is recorded by: the signed-in user, or the demo's system user.
        package var recordedBy: UUID

        package init(write: WriteContext, signer: CertificateSigner, policy: PolicyDocument, recordedBy: UUID) {
            self.write = write
            self.signer = signer
            self.policy = policy
            self.recordedBy = recordedBy
        }
    }

    /// What the number is unique within: the issuer's id, or its name with white space
    /// removed and lower-cased (an issuer off the platform has no id).
    package static func issuerKey(id: UUID?, name: String) -> String {
        id.map { "org:\($0.uuidString.lowercased())" } ?? "name:" + name.lowercased().filter { !$0.isWhitespace }
    }

    package static func issue(_ draft: Draft, to talent: Talent, context: Context, on db: any Database) async throws
        -> Certificate
    {
        let key = issuerKey(id: draft.issuerID, name: draft.issuerName)
        if try await Certificate.query(on: db).filter(\.$issuerKey == key).filter(\.$number == draft.number).first()
            != nil
        {
            throw FieldErrors("number", .certificateNumberTaken(number: draft.number), .taken)
        }
        var generator = SystemRandomNumberGenerator()
        let certificate = Certificate()
        certificate.code = CertificateCode.random(using: &generator).value
        certificate.kind = draft.kind
        certificate.level = draft.level?.code
        certificate.occupationCode = draft.occupationCode
        certificate.$talent.id = try talent.requireID()
        certificate.issuerID = draft.issuerID
        certificate.issuerName = draft.issuerName
        certificate.issuerKey = key
        certificate.number = draft.number
        certificate.issuedOn = draft.issuedOn.description
        certificate.enrollmentID = draft.enrollmentID
        certificate.programID = draft.programID
        certificate.holderMasked = MaskedName.of(talent.name)
        certificate.recordedBy = context.recordedBy
        certificate.keyID = context.signer.keyID
        guard let payload = certificate.payload else {
            throw FieldErrors("code", .errorConflict)
        }
        certificate.signature = try context.signer.sign(payload)
        try await certificate.create(on: db)
        try await context.write.publish(CertificateIssued(certificate: certificate, holder: talent), on: db)

        let gained = DerivedLevels(certificates: [(draft.kind, draft.level)], pathways: context.policy.titlePathways)
        try await setLevels(of: talent, to: currentLevels(talent).raised(to: gained), on: db)
        try await context.write.record(
            AuditEntry(
                draft.enrollmentID == nil ? .certificateRecord : .certificateIssue,
                entityID: certificate.id?.uuidString,
                changedFields: ["kind", "level", "number", "issued_on"]), on: db)
        return certificate
    }

    /// Revokes with a reason shown on the public verify page. The holder's levels are
    /// derived again from the certificates that still stand.
    package static func revoke(_ certificate: Certificate, reason: String, context: Context, on db: any Database)
        async throws
    {
        guard !certificate.isRevoked else {
            throw FieldErrors("reason", .certificateAlreadyRevoked, .notAllowed)
        }
        let sql = db as! any SQLDatabase
        let changed = try await sql.raw(
            """
            UPDATE certificates SET revoked_at = \(bind: context.write.now), revoke_reason = \(bind: reason)
            WHERE id = \(bind: try certificate.requireID()) AND revoked_at IS NULL RETURNING id
            """
        ).all()
        guard !changed.isEmpty else {
            throw FieldErrors("reason", .certificateAlreadyRevoked, .notAllowed)
        }
        certificate.revokedAt = context.write.now
        certificate.revokeReason = reason
        try await context.write.publish(CertificateRevoked(certificate: certificate), on: db)
        if let talent = try await Talent.find(certificate.$talent.id, on: db) {
            try await rederiveLevels(of: talent, policy: context.policy, on: db)
        }
        try await context.write.record(
            AuditEntry(
                .certificateRevoke, entityID: certificate.id?.uuidString,
                changedFields: ["revoked_at", "revoke_reason"]), on: db)
    }

    /// Derives the levels again from the certificates and the title recognitions that
    /// still stand, after one of them was revoked.
    package static func rederiveLevels(of talent: Talent, policy: PolicyDocument, on db: any Database) async throws {
        let id = try talent.requireID()
        let standing = try await Certificate.query(on: db).filter(\.$talent.$id == id).filter(\.$revokedAt == nil)
            .all()
        let recognised = try await TitleRecognition.query(on: db).filter(\.$talent.$id == id)
            .filter(\.$revokedAt == nil).all()
        let levels = DerivedLevels(
            certificates: standing.map { ($0.kind, $0.certificateLevel) }, pathways: policy.titlePathways
        ).raised(to: DerivedLevels(titleLevel: recognised.map(\.titleLevel).max()))
        try await setLevels(of: talent, to: levels, on: db)
    }

    package static func currentLevels(_ talent: Talent) -> DerivedLevels {
        DerivedLevels(
            skillLevel: talent.skillLevel.flatMap(SkillLevel.init(rawValue:)),
            titleLevel: talent.titleLevel.flatMap(TitleLevel.init(rawValue:)))
    }

    /// Writes the levels to the profile and re-indexes it (both are search filters).
    package static func setLevels(of talent: Talent, to levels: DerivedLevels, on db: any Database) async throws {
        guard levels != currentLevels(talent) else { return }
        talent.skillLevel = levels.skillLevel?.rawValue
        talent.titleLevel = levels.titleLevel?.rawValue
        try await talent.save(on: db)
        try await TalentSearchIndex.reindex(talent, on: db)
    }

    /// The certificate with `code` and whether its signature holds; nil when no
    /// certificate has that code.
    package static func verify(_ code: CertificateCode, signer: CertificateSigner, on db: any Database) async throws
        -> (certificate: Certificate, signatureHolds: Bool)?
    {
        guard let certificate = try await Certificate.query(on: db).filter(\.$code == code.value).first() else {
            return nil
        }
        // Signed under an earlier key: checked with that key's public key (key rotation).
        let key = try await CertificateKeys.find(certificate.keyID, signer, on: db)
        let holds =
            certificate.payload.map { payload in
                key?.isValid(signature: certificate.signature, for: payload) ?? false
            } ?? false
        return (certificate, holds)
    }
}
