import Foundation

/// The tamper-evident part of the audit trail: a hash chain, in which each record's hash
/// covers its content and the hash of the record before, so editing, removing or
/// reordering a stored record breaks the chain at that point. This is how the platform
/// meets GB/T 22239-2019 (等保 2.0) security audit: audit records are protected against
/// unexpected deletion, modification or overwriting — and a change is at least detected.
///
/// The hash function is passed in — the App supplies SHA-256 from swift-crypto — so this
/// module stays free of dependencies and implements no cryptography. Prefer a keyed hash
/// (HMAC-SHA-256 with the platform secret): with a plain hash, whoever can write the table
/// can also re-seal every record after an edit. Neither variant reveals a removal of the
/// newest records; compare the head (`AuditHead`) or an exported last hash for that.
public enum AuditChain {
    /// The `previousHash` of the first record: 64 zeros, the length of a SHA-256 hex digest.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Version tag leading every payload, so a later format can be told apart.
    static let formatTag = "zibo-talent-audit/1"

    /// The bytes a record's hash covers: every field except `hash`, in a fixed, documented
    /// encoding that gives the same bytes on every platform and database engine (no JSON
    /// key order, no floating-point text). UTF-8, one line per field, in this order:
    ///
    ///     zibo-talent-audit/1
    ///     previousHash=<value>
    ///     sequence=<decimal>
    ///     occurredAt=<integer milliseconds since 1970-01-01T00:00:00Z>
    ///     actorID=<value>          lower-case UUID
    ///     actorRole=<value>
    ///     action=<value>
    ///     entityType=<value>
    ///     entityID=<value>
    ///     changedFields=<count>:<value><value>…
    ///     requestID=<value>
    ///
    /// where a string `<value>` is its UTF-8 byte count, `:`, then its bytes (so no
    /// character inside a value can be mistaken for a separator), and `nil` is `-` (which
    /// no byte count starts with, so it differs from the empty string `0:`). Changed field
    /// names are sorted by their UTF-8 bytes: their order carries no meaning.
    /// Milliseconds are rounded to nearest, so a date that went through a database with
    /// microsecond or floating-point storage gives back the same number.
    public static func canonicalPayload(of record: AuditRecord) -> Data {
        let fields = record.changedFields.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let lines = [
            formatTag,
            "previousHash=" + encoded(record.previousHash),
            "sequence=\(record.sequence)",
            "occurredAt=\(milliseconds(record.occurredAt))",
            "actorID=" + encoded(record.actorID?.uuidString.lowercased()),
            "actorRole=" + encoded(record.actorRole),
            "action=" + encoded(record.action),
            "entityType=" + encoded(record.entityType),
            "entityID=" + encoded(record.entityID),
            "changedFields=\(fields.count):" + fields.map(encoded).joined(),
            "requestID=" + encoded(record.requestID),
        ]
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Makes the next record of the chain: `previousHash` is the `hash` of the record at
    /// `sequence − 1` (or `genesisHash` for sequence 1). `occurredAt` is truncated to the
    /// millisecond and `changedFields` sorted, so the stored record is exactly what was
    /// sealed. The caller must serialise appends (one head row, locked), or two records
    /// would claim the same predecessor.
    public static func seal(
        sequence: Int64, occurredAt: Date, actorID: UUID?, actorRole: String?,
        action: String, entityType: String, entityID: String?,
        changedFields: [String], requestID: String?, previousHash: String,
        hash: (Data) -> String
    ) -> AuditRecord {
        let millisecondsSince1970 = (occurredAt.timeIntervalSince1970 * 1000).rounded(.down)
        var record = AuditRecord(
            sequence: sequence, occurredAt: Date(timeIntervalSince1970: millisecondsSince1970 / 1000),
            actorID: actorID, actorRole: actorRole, action: action, entityType: entityType,
            entityID: entityID, changedFields: changedFields.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) },
            requestID: requestID, previousHash: previousHash, hash: "")
        record.hash = hash(canonicalPayload(of: record))
        return record
    }

    /// Checks `records`, in sequence order, and reports the first break.
    ///
    /// Without `continuingFrom`, the chain must start at sequence 1 on `genesisHash`; to
    /// check a long trail in batches, pass the last record of the previous batch. Each
    /// record is checked in this order, and the first failure is reported:
    /// 1. its hash matches its content, else `.hashMismatch` at its sequence (edited);
    /// 2. its sequence is the one expected, else `.sequenceGap` at the expected sequence
    ///    (a record removed — then the missing sequence is reported — or reordered);
    /// 3. its `previousHash` is the hash of the record before, else
    ///    `.previousHashMismatch` at its sequence (a record before it replaced by another
    ///    valid-looking one, or two records appended concurrently).
    public static func verify(
        _ records: some Sequence<AuditRecord>, continuingFrom last: AuditRecord? = nil,
        hash: (Data) -> String
    ) -> VerificationResult {
        withoutActuallyEscaping(hash) { verify(records, continuingFrom: last, keys: [Key(hash: $0)]) }
    }

    /// A key the trail was sealed with: its keyed hash, and the last sequence it may seal
    /// (that of the record which retired it; nil while it is in use).
    public struct Key {
        public var hash: (Data) -> String
        public var sealsThrough: Int64?

        public init(hash: @escaping (Data) -> String, sealsThrough: Int64? = nil) {
            (self.hash, self.sealsThrough) = (hash, sealsThrough)
        }
    }

    /// `verify` across key changes: each record must be sealed by one of `keys` that was
    /// not yet retired at its sequence. A record after a key's retirement sealed with it is
    /// `.sealedWithRetiredKey` — so a key that leaked after it was retired cannot add
    /// records; nor can it change earlier ones, since the first record sealed with the
    /// newer key seals the hash of the record before it. Before the retirement any of the
    /// keys may seal, so instances restarted with the new key one after another write a
    /// trail that verifies.
    public static func verify(
        _ records: some Sequence<AuditRecord>, continuingFrom last: AuditRecord? = nil, keys: [Key]
    ) -> VerificationResult {
        var expectedSequence = (last?.sequence ?? 0) + 1
        var expectedPrevious = last?.hash ?? genesisHash
        var count = 0
        var lastKey = 0
        for record in records {
            let payload = canonicalPayload(of: record)
            // The key of the record before is tried first: one hash a record, mostly.
            let seals = { (index: Int) in keys[index].hash(payload) == record.hash }
            guard
                let key = keys.indices.contains(lastKey) && seals(lastKey) ? lastKey : keys.indices.first(where: seals)
            else {
                return .broken(atSequence: record.sequence, reason: .hashMismatch)
            }
            if let through = keys[key].sealsThrough, record.sequence > through {
                return .broken(atSequence: record.sequence, reason: .sealedWithRetiredKey)
            }
            lastKey = key
            guard record.sequence == expectedSequence else {
                return .broken(atSequence: expectedSequence, reason: .sequenceGap(found: record.sequence))
            }
            guard record.previousHash == expectedPrevious else {
                return .broken(atSequence: record.sequence, reason: .previousHashMismatch)
            }
            expectedSequence += 1
            expectedPrevious = record.hash
            count += 1
        }
        return .intact(count: count)
    }

    /// The outcome of `verify`.
    public enum VerificationResult: Hashable, Sendable {
        /// Every one of `count` records is sealed and linked to the one before.
        case intact(count: Int)
        /// The chain is broken at `atSequence` (see `verify` for which sequence is named).
        case broken(atSequence: Int64, reason: BreakReason)
    }

    /// Why the chain is broken, i.e. what was probably done to the stored records.
    public enum BreakReason: Hashable, Sendable, CustomStringConvertible {
        /// The record's content does not match its hash: it was edited after sealing.
        case hashMismatch
        /// The record does not link to the hash of the record before it.
        case previousHashMismatch
        /// A record with sequence `found` came where another sequence was expected: one
        /// was removed or records were reordered.
        case sequenceGap(found: Int64)
        /// The chain ends before the head (or a checkpoint) says it does: the newest
        /// records, up to `expected`, were removed.
        case truncated(expected: Int64)
        /// The record at a checkpoint's sequence is not the one the checkpoint names: the
        /// records from there on were replaced, or removed with the head rewound.
        case checkpointMismatch
        /// The record is sealed with a key retired before its sequence: only whoever holds
        /// a retired key could have written it.
        case sealedWithRetiredKey

        public var description: String {
            switch self {
            case .hashMismatch: "content does not match its hash (edited)"
            case .sealedWithRetiredKey: "sealed with a key retired before it was written (forged)"
            case .previousHashMismatch: "does not link to the record before (removed, replaced or reordered)"
            case let .sequenceGap(found): "record \(found) found instead (removed or reordered)"
            case let .truncated(expected):
                "the trail ends here but should reach record \(expected) (newest records removed)"
            case .checkpointMismatch: "differs from the checkpoint (records replaced, or removed with the head rewound)"
            }
        }
    }

    /// Checks the end of a chain that verified record by record: its last record must be
    /// the one the head names (`audit_head` keeps the last sequence and hash in the same
    /// transaction as each append), and, given a checkpoint taken earlier, the record at
    /// the checkpoint's sequence must still be the one it names. Deleting the newest
    /// records leaves the rest intact; only the head reveals it, and only a checkpoint kept
    /// elsewhere reveals a head rewound along with the deletion.
    /// - Parameter recordAt: the stored record with a sequence, if any.
    public static func verifyEnd(
        last: AuditRecord?, head: AuditCheckpoint, checkpoint: AuditCheckpoint? = nil,
        recordAt: (Int64) -> AuditRecord?
    ) -> VerificationResult? {
        let lastSequence = last?.sequence ?? 0
        if head.sequence != lastSequence || (last.map { $0.hash != head.hash } ?? false) {
            return .broken(atSequence: lastSequence + 1, reason: .truncated(expected: head.sequence))
        }
        if let checkpoint {
            guard checkpoint.sequence <= lastSequence else {
                return .broken(atSequence: lastSequence + 1, reason: .truncated(expected: checkpoint.sequence))
            }
            if checkpoint.sequence > 0, recordAt(checkpoint.sequence)?.hash != checkpoint.hash {
                return .broken(atSequence: checkpoint.sequence, reason: .checkpointMismatch)
            }
        }
        return nil
    }

    private static func encoded(_ value: String?) -> String {
        guard let value else { return "-" }
        return "\(value.utf8.count):\(value)"
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
