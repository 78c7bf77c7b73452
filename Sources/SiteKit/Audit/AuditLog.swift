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
        try await append([Pending(entry: entry, actor: actor, requestID: requestID, now: now)], key: key, on: database)
    }

    /// An event to append: what was done, by whom, in which request, when.
    package struct Pending: Sendable {
        package var entry: AuditEntry
        package var actor: Actor?
        package var requestID: String?
        package var now: Date

        package init(entry: AuditEntry, actor: Actor?, requestID: String?, now: Date) {
            (self.entry, self.actor, self.requestID, self.now) = (entry, actor, requestID, now)
        }
    }

    /// Appends `events` in their order as consecutive links: one turn at the head row and
    /// one insert, however many (`AuditReads` hands over a group commit's worth).
    package static func append(_ events: [Pending], key: SymmetricKey, on database: any Database) async throws {
        guard !events.isEmpty else { return }
        // The head update and the insert must commit together, and the head row must stay
        // locked until they do; inside a caller's transaction this joins it.
        try await database.transaction { database in
            try await appendLocked(events, key: key, on: database)
        }
    }

    private static func appendLocked(_ events: [Pending], key: SymmetricKey, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else {
            throw Abort(.internalServerError, reason: "The audit trail needs an SQL database.")
        }
        // Taking the sequence numbers locks the head row until the transaction ends:
        // concurrent appends queue here instead of linking to the same previous event.
        guard
            let head = try await sql.raw(
                """
                UPDATE audit_head SET last_sequence = last_sequence + \(bind: Int64(events.count)) WHERE id = 1
                RETURNING last_sequence, last_hash
                """
            ).first()
        else {
            throw Abort(.internalServerError, reason: "The audit trail has no head row.")
        }
        var sequence = try head.decode(column: "last_sequence", as: Int64.self) - Int64(events.count)
        var previousHash = try head.decode(column: "last_hash", as: String.self)
        let hash = seal(with: key)
        var rows: [SQLQueryString] = []
        for event in events {
            sequence += 1
            let entry = event.entry
            let record = AuditChain.seal(
                sequence: sequence, occurredAt: event.now, actorID: event.actor?.userID,
                actorRole: event.actor?.role.rawValue, action: entry.action.name, entityType: entry.entityType,
                entityID: entry.entityID, changedFields: entry.changedFields, requestID: event.requestID,
                previousHash: previousHash, hash: hash)
            previousHash = record.hash
            rows.append(
                """
                (\(bind: UUID()), \(bind: record.sequence), \(bind: record.occurredAt), \(bind: record.actorID), \
                \(bind: record.actorRole), \(bind: record.action), \(bind: record.entityType), \(bind: record.entityID), \
                \(bind: record.changedFields.joined(separator: ",")), \(bind: record.requestID), \
                \(bind: record.previousHash), \(bind: record.hash))
                """)
        }
        try await sql.update(AuditHead.schema).set("last_hash", to: previousHash).where("id", .equal, 1).run()
        try await sql.raw(
            """
            INSERT INTO audit_events (id, sequence, occurred_at, actor_id, actor_role, action, entity_type, \
            entity_id, changed_fields, request_id, previous_hash, hash) VALUES \(rows.joined(separator: ", "))
            """
        ).run()
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
        try await verify(keys: [SealingKey(key: key)], on: database, checkpoint: checkpoint, pageSize: pageSize)
    }

    /// A key the trail was sealed with, and the last sequence it may seal once retired.
    package struct SealingKey: Sendable {
        package var key: SymmetricKey
        package var sealsThrough: Int64?

        package init(key: SymmetricKey, sealsThrough: Int64? = nil) {
            (self.key, self.sealsThrough) = (key, sealsThrough)
        }
    }

    /// `verify` across key rotations (`KeyRing.auditKeys`).
    package static func verify(
        keys: [SealingKey], on database: any Database, checkpoint: AuditCheckpoint? = nil,
        pageSize: Int = 1000
    ) async throws -> AuditChain.VerificationResult {
        let chainKeys = keys.map { AuditChain.Key(hash: seal(with: $0.key), sealsThrough: $0.sealsThrough) }
        var last: AuditRecord?
        var total = 0
        while true {
            let page = try await AuditEvent.query(on: database)
                .filter(\.$sequence > (last?.sequence ?? 0)).sort(\.$sequence).limit(pageSize).all()
                .map(\.record)
            switch AuditChain.verify(page, continuingFrom: last, keys: chainKeys) {
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
