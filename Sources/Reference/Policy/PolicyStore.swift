import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// The policy the application runs, as loaded from its file and recorded in the database.
package struct ActivePolicy: Sendable {
    package let document: PolicyDocument
    package let versionID: UUID
    package let checksum: String
    package let activatedAt: Date
}

/// Reads the configured policy file and records it in the database at every start.
package enum PolicyStore {
    /// The policy file's text and a name for messages: `TALENT_POLICY` or the shipped file.
    package static func source(for config: AppConfig) throws -> (file: String, text: String) {
        if let path = config.policyPath {
            return (path, try String(contentsOfFile: path, encoding: .utf8))
        }
        return try ReferenceFile.policy.read()
    }

    /// Validates the file's text and makes it the active version. Loading the same text
    /// again only re-activates its row; different text adds a row and keeps the others.
    ///
    /// With `auditKey`, a version that becomes active is recorded in the audit trail.
    package static func activate(
        file: String, text: String, on database: any Database,
        auditKey: SymmetricKey? = nil, now: Date
    ) async throws -> ActivePolicy {
        let document = try PolicyDocument.load(yaml: text, file: file)
        let checksum = SHA256.hash(data: Data(text.utf8)).hexString
        let json = String(decoding: try JSONEncoder.sortedKeys.encode(document), as: UTF8.self)
        return try await database.writeTransaction { db in
            let existing = try await PolicyVersion.query(on: db).filter(\.$checksum == checksum).first()
            try await PolicyVersion.query(on: db)
                .filter(\.$isActive == true)
                .filter(\.$checksum != checksum)
                .set(\.$isActive, to: false)
                .update()
            let row: PolicyVersion
            let becameActive = existing?.isActive != true
            if let existing {
                if !existing.isActive {
                    existing.isActive = true
                    existing.activatedAt = now
                    try await existing.save(on: db)
                }
                row = existing
            } else {
                row = PolicyVersion(
                    policyID: document.id, version: document.version,
                    effectiveDate: document.effectiveDate, checksum: checksum, document: json,
                    activatedAt: now)
                try await row.create(on: db)
            }
            if becameActive, let auditKey {
                try await AuditLog.append(
                    AuditEntry(
                        .policyActivate, entityID: row.id?.uuidString, changedFields: ["is_active"]),
                    actor: nil, requestID: "startup", key: auditKey, on: db, now: now)
            }
            return ActivePolicy(
                document: document, versionID: try row.requireID(),
                checksum: checksum, activatedAt: row.activatedAt)
        }
    }
}

extension Application {
    private struct ActivePolicyKey: StorageKey {
        typealias Value = ActivePolicy
    }

    /// Set once at start-up, before the server accepts requests.
    package var activePolicy: ActivePolicy? {
        get { storage[ActivePolicyKey.self] }
        set { storage[ActivePolicyKey.self] = newValue }
    }
}

extension Request {
    /// The running policy; a request that arrives before start-up finished gets a 503.
    package var policy: PolicyDocument {
        get throws {
            guard let active = application.activePolicy else {
                throw Abort(.serviceUnavailable, reason: "The policy is not loaded yet.")
            }
            return active.document
        }
    }
}
