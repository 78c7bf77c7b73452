import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// Recognising and revoking titles (M8). The profile's title level derives from the
/// certificates and the recognitions that stand (`CertificateStore.rederiveLevels`), so
/// revoking either takes back exactly what it gave — in the caller's transaction, audited.
package enum TitleRecognitions {
    /// Records `level` for `talent`, recognised by the approval of `applicationID`, and
    /// raises the profile's title level.
    package static func recognise(
        _ level: TitleLevel, for talent: Talent, application applicationID: UUID, rule: String,
        context: WriteContext, on db: any Database
    ) async throws {
        guard let officer = context.actor?.userID else { throw Abort(.unauthorized) }
        let recognition = TitleRecognition()
        recognition.$talent.id = try talent.requireID()
        recognition.titleLevel = level
        recognition.applicationID = applicationID
        recognition.ruleID = rule
        recognition.recognisedOn = context.today.description
        recognition.recognisedBy = officer
        try await recognition.create(on: db)
        try await CertificateStore.setLevels(
            of: talent, to: CertificateStore.currentLevels(talent).raised(to: DerivedLevels(titleLevel: level)),
            on: db)
        try await context.record(
            AuditEntry(
                .titleRecognise, entityID: recognition.id?.uuidString, changedFields: ["title_level:\(level.rawValue)"]),
            on: db)
    }

    /// The recognition an application made, when it made one.
    package static func of(application id: UUID, on db: any Database) async throws -> TitleRecognition? {
        try await TitleRecognition.query(on: db).filter(\.$applicationID == id).first()
    }

    /// Revokes with a reason; the holder's levels are derived again from what stands. A
    /// second revocation (or two at once) is refused, naming the field.
    package static func revoke(
        _ recognition: TitleRecognition, reason: String, policy: PolicyDocument, context: WriteContext,
        on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        let changed = try await sql.raw(
            """
            UPDATE title_recognitions SET revoked_at = \(bind: context.now), revoke_reason = \(bind: reason)
            WHERE id = \(bind: try recognition.requireID()) AND revoked_at IS NULL RETURNING id
            """
        ).all()
        guard !changed.isEmpty else { throw FieldErrors("reason", .titleRecognitionAlreadyRevoked, .notAllowed) }
        recognition.revokedAt = context.now
        recognition.revokeReason = reason
        if let talent = try await Talent.find(recognition.$talent.id, on: db) {
            try await CertificateStore.rederiveLevels(of: talent, policy: policy, on: db)
        }
        try await context.record(
            AuditEntry(
                .titleRevoke, entityID: recognition.id?.uuidString, changedFields: ["revoked_at", "revoke_reason"]),
            on: db)
    }
}
