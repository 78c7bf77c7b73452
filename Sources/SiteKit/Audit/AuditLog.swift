import Fluent
import SQLKit
import TalentDomain
import Vapor

/// Appends to the hash-chained audit trail inside the caller's transaction, so an
/// operation and its audit event are written together or not at all.
package enum AuditLog {
    package static func append(
        _ entry: AuditEntry, actor: Actor?, requestID: String?, key: SymmetricKey,
        on database: any Database, now: Date
    ) async throws {
        // The head update and the insert must commit together, and the head row must stay
        // locked until they do; inside a caller's transaction this joins it.
        try await database.transaction { database in
            try await appendLocked(entry, actor: actor, requestID: requestID, key: key, on: database, now: now)
        }
    }

    private static func appendLocked(
        _ entry: AuditEntry, actor: Actor?, requestID: String?, key: SymmetricKey,
        on database: any Database, now: Date
    ) async throws {
        guard let sql = database as? any SQLDatabase else {
            throw Abort(.internalServerError, reason: "The audit trail needs an SQL database.")
        }
        // Taking the next sequence number locks the head row until the transaction ends:
        // concurrent appends queue here instead of linking to the same previous event.
        guard
            let head = try await sql.raw(
                """
                UPDATE audit_head SET last_sequence = last_sequence + 1 WHERE id = 1
                RETURNING last_sequence, last_hash
                """
            ).first()
        else {
            throw Abort(.internalServerError, reason: "The audit trail has no head row.")
        }
        let sequence = try head.decode(column: "last_sequence", as: Int64.self)
        let previousHash = try head.decode(column: "last_hash", as: String.self)
        let record = AuditChain.seal(
            sequence: sequence, occurredAt: now, actorID: actor?.userID, actorRole: actor?.role.rawValue,
            action: entry.action.name, entityType: entry.entityType, entityID: entry.entityID,
            changedFields: entry.changedFields, requestID: requestID, previousHash: previousHash,
            hash: seal(with: key))
        try await sql.update(AuditHead.schema).set("last_hash", to: record.hash).where("id", .equal, 1).run()
        let event = AuditEvent()
        event.sequence = record.sequence
        event.occurredAt = record.occurredAt
        event.actorID = record.actorID
        event.actorRole = record.actorRole
        event.action = record.action
        event.entityType = record.entityType
        event.entityID = record.entityID
        event.changedFields = record.changedFields.joined(separator: ",")
        event.requestID = record.requestID
        event.previousHash = record.previousHash
        event.hash = record.hash
        try await event.create(on: database)
    }

    /// The chain's hash: HMAC-SHA-256 under a key derived from `TALENT_SECRET_KEY`, in
    /// lower-case hex. With a plain hash, whoever can write the table could edit an event
    /// and re-seal every later one; without the key they cannot.
    package static func seal(with key: SymmetricKey) -> (Data) -> String {
        { data in Data(HMAC<SHA256>.authenticationCode(for: data, using: key)).hexString }
    }

    /// Walks the whole chain in sequence order, a page at a time, so memory stays flat
    /// however long the trail grows; then checks that it ends where the head says and, given
    /// a checkpoint kept elsewhere, that it still holds the record the checkpoint names.
    package static func verify(
        key: SymmetricKey, on database: any Database, checkpoint: AuditCheckpoint? = nil,
        pageSize: Int = 1000
    ) async throws -> AuditChain.VerificationResult {
        var last: AuditRecord?
        var total = 0
        while true {
            let page = try await AuditEvent.query(on: database)
                .filter(\.$sequence > (last?.sequence ?? 0)).sort(\.$sequence).limit(pageSize).all()
                .map(\.record)
            switch AuditChain.verify(page, continuingFrom: last, hash: seal(with: key)) {
            case let .intact(count): total += count
            case let broken: return broken
            }
            last = page.last ?? last
            guard page.count == pageSize else { break }
        }
        let pinned = try await checkpoint.asyncFlatMap { checkpoint in
            try await AuditEvent.query(on: database).filter(\.$sequence == checkpoint.sequence).first()?.record
        }
        if let broken = AuditChain.verifyEnd(
            last: last, head: try await head(on: database), checkpoint: checkpoint,
            recordAt: { _ in pinned })
        {
            return broken
        }
        return .intact(count: total)
    }

    /// The head of the chain: its last sequence and hash, as a checkpoint line prints them.
    package static func head(on database: any Database) async throws -> AuditCheckpoint {
        guard let head = try await AuditHead.find(1, on: database) else {
            throw Abort(.internalServerError, reason: "The audit trail has no head row.")
        }
        return AuditCheckpoint(sequence: head.lastSequence, hash: head.lastHash)
    }
}

extension AuditEvent {
    package var record: AuditRecord {
        AuditRecord(
            sequence: sequence, occurredAt: occurredAt, actorID: actorID, actorRole: actorRole,
            action: action, entityType: entityType, entityID: entityID,
            changedFields: changedFields.isEmpty ? [] : changedFields.split(separator: ",").map(String.init),
            requestID: requestID, previousHash: previousHash, hash: hash)
    }
}
