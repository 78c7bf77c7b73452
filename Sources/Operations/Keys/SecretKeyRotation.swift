import Fluent
import SiteKit
import Vapor

/// `talent keys rotate` as a use case: retires the previous keys (recording what must
/// outlive them, and the change in the audit trail), then moves every sealed value and
/// blind index to the current key (`KeyRotation`). Safe to run again after a crash.
package enum SecretKeyRotation {
    package struct Outcome: Sendable {
        /// Each table's tally (`KeyRotation.Tally`).
        package var tables: [String: KeyRotation.Tally]
        package var unreadable: Int { tables.values.map(\.unreadable).reduce(0, +) }
        package var changedMeanwhile: Int { tables.values.map(\.changedMeanwhile).reduce(0, +) }
    }

    package struct NothingToRotate: Error {}

    /// - Parameter batchLimit: stops after this many written batches (a test's crash).
    package static func run(
        _ app: Application, batchSize: Int = 500, batchLimit: Int? = nil,
        progress: @Sendable (String, KeyRotation.Tally) -> Void = { _, _ in }
    ) async throws -> Outcome {
        guard !app.secrets.previous.isEmpty else { throw NothingToRotate() }
        try await retirePrevious(app)
        var rotation = KeyRotation(cipher: app.personalData, tables: app.sealedColumns)
        (rotation.batchSize, rotation.batchLimit) = (batchSize, batchLimit)
        return Outcome(tables: try await rotation.run(on: app.db, progress: progress))
    }

    /// What a rotation would do now (`talent keys status`).
    package static func pending(_ app: Application) async throws -> [String: KeyRotation.Tally] {
        try await KeyRotation(cipher: app.personalData, tables: app.sealedColumns).run(on: app.db, dryRun: true)
    }

    /// Records each previous key as retired — its certificate public key, its audit key
    /// sealed under the current key, and the sequence of the `keys.rotate` record after
    /// which nothing may be sealed with it — and seals the audit keys of those retired
    /// earlier under the current key too, so that the previous keys can leave the
    /// configuration. A key already recorded is left as it is (a second run).
    static func retirePrevious(_ app: Application) async throws {
        let secrets = app.secrets
        let cipher = app.personalData
        let context = app.writeContext(requestID: "cli:keys-rotate")
        try await app.db.writeTransaction { db in
            let known = try await RetiredKey.query(on: db).all()
            for key in known {
                guard let sealed = Data(base64Encoded: key.auditKeySealed),
                    !cipher.isSealedWithCurrentKey(sealed), let audit = cipher.openBox(sealed)
                else { continue }
                key.auditKeySealed = try cipher.seal(data: audit)
                try await key.save(on: db)
            }
            let retiring = secrets.previous.filter { previous in !known.contains { $0.keyID == previous.keyID } }
            guard !retiring.isEmpty else { return }
            try await context.record(
                AuditEntry(
                    .keysRotate, entityID: secrets.keyID, changedFields: retiring.map { "retired:\($0.keyID)" }),
                on: db)
            let through = try await AuditLog.head(on: db).sequence
            // Newest first in the configuration: an older key is dated a second earlier.
            for (age, previous) in retiring.enumerated() {
                try await RetiredKey(
                    keyID: previous.keyID, signingPublicKey: previous.signingPublicKey.base64EncodedString(),
                    auditKeySealed: try cipher.seal(data: previous.audit.withUnsafeBytes { Data($0) }),
                    retiredAt: context.now.addingTimeInterval(-Double(age)), sealedThrough: through
                ).create(on: db)
            }
        }
    }
}
