import Foundation
import Testing

@testable import TalentDomain

/// A deterministic, content-sensitive stand-in for SHA-256: FNV-1a (64-bit) run with four
/// different offsets, giving 64 hex characters. Not cryptographic — the chain only needs
/// equal input to give equal output and different input to give different output.
func testHash(_ data: Data) -> String {
    (0..<4).map { round -> String in
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(round)
        for byte in data {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }.joined()
}

/// A sealed chain of `count` records, as the App would append them.
func makeChain(count: Int) -> [AuditRecord] {
    var records: [AuditRecord] = []
    for index in 1...count {
        records.append(
            AuditChain.seal(
                sequence: Int64(index), occurredAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index) * 61.25),
                actorID: index.isMultiple(of: 3) ? nil : UUID(), actorRole: index.isMultiple(of: 3) ? nil : "officer",
                action: "change", entityType: "user", entityID: "user-\(index)",
                changedFields: ["email", "displayName"], requestID: "req-\(index)",
                previousHash: records.last?.hash ?? AuditChain.genesisHash, hash: testHash))
    }
    return records
}

@Suite("Audit hash chain")
struct AuditChainTests {
    @Test func aSealedChainVerifies() {
        // setup
        let chain = makeChain(count: 6)
        // MUT
        let result = AuditChain.verify(chain, hash: testHash)
        // validate
        #expect(result == .intact(count: 6))
        #expect(chain[0].previousHash == AuditChain.genesisHash)
        #expect(chain[0].hash.count == 64)
    }

    @Test func anEmptyChainIsIntact() {
        #expect(AuditChain.verify([], hash: testHash) == .intact(count: 0))
    }

    @Test(arguments: 0..<6)
    func editingOneFieldOfARecordIsReportedAtThatRecord(field: Int) {
        // setup
        var chain = makeChain(count: 6)
        let k = 4
        switch field {
        case 0: chain[k - 1].action = "chanGe"
        case 1: chain[k - 1].entityID = "user-5"
        case 2: chain[k - 1].changedFields.append("mobile")
        case 3: chain[k - 1].occurredAt.addTimeInterval(0.001)
        case 4: chain[k - 1].actorRole = "admin"
        default: chain[k - 1].sequence = 40
        }
        // MUT, validate
        #expect(
            AuditChain.verify(chain, hash: testHash)
                == .broken(atSequence: chain[k - 1].sequence, reason: .hashMismatch))
    }

    @Test func deletingARecordReportsTheMissingSequence() {
        var chain = makeChain(count: 6)
        chain.remove(at: 2)
        #expect(AuditChain.verify(chain, hash: testHash) == .broken(atSequence: 3, reason: .sequenceGap(found: 4)))
    }

    @Test func deletingTheFirstRecordIsDetected() {
        let chain = Array(makeChain(count: 3).dropFirst())
        #expect(AuditChain.verify(chain, hash: testHash) == .broken(atSequence: 1, reason: .sequenceGap(found: 2)))
    }

    @Test func reorderingIsDetected() {
        var chain = makeChain(count: 6)
        chain.swapAt(2, 3)
        #expect(AuditChain.verify(chain, hash: testHash) == .broken(atSequence: 3, reason: .sequenceGap(found: 4)))
    }

    @Test func aRecordReplacedByAnotherValidlySealedOneIsDetected() {
        // setup: record 3 re-sealed with other content but a made-up predecessor
        var chain = makeChain(count: 5)
        let original = chain[2]
        chain[2] = AuditChain.seal(
            sequence: 3, occurredAt: original.occurredAt, actorID: nil, actorRole: nil, action: "delete",
            entityType: "user", entityID: "user-3", changedFields: [], requestID: nil,
            previousHash: String(repeating: "f", count: 64), hash: testHash)
        // MUT, validate
        #expect(AuditChain.verify(chain, hash: testHash) == .broken(atSequence: 3, reason: .previousHashMismatch))
    }

    @Test func aChainCanBeVerifiedInBatches() {
        let chain = makeChain(count: 7)
        #expect(AuditChain.verify(chain[..<4], hash: testHash) == .intact(count: 4))
        #expect(AuditChain.verify(chain[4...], continuingFrom: chain[3], hash: testHash) == .intact(count: 3))
        #expect(
            AuditChain.verify(chain[5...], continuingFrom: chain[3], hash: testHash)
                == .broken(atSequence: 5, reason: .sequenceGap(found: 6)))
    }

    @Test func changedFieldsOrderDoesNotMatterButTheirContentDoes() {
        // setup
        func record(_ fields: [String]) -> AuditRecord {
            AuditRecord(
                sequence: 1, occurredAt: Date(timeIntervalSince1970: 0), actorID: nil, actorRole: nil,
                action: "change", entityType: "user", entityID: nil, changedFields: fields,
                requestID: nil, previousHash: AuditChain.genesisHash, hash: "")
        }
        // MUT, validate
        #expect(
            AuditChain.canonicalPayload(of: record(["b", "a"])) == AuditChain.canonicalPayload(of: record(["a", "b"])))
        #expect(
            AuditChain.canonicalPayload(of: record(["a", "b"])) != AuditChain.canonicalPayload(of: record(["a", "c"])))
        #expect(
            AuditChain.canonicalPayload(of: record(["a,b"])) != AuditChain.canonicalPayload(of: record(["a", "b"])))
        #expect(AuditChain.canonicalPayload(of: record(["ab"])) != AuditChain.canonicalPayload(of: record(["a", "b"])))
        #expect(AuditChain.canonicalPayload(of: record([])) != AuditChain.canonicalPayload(of: record([""])))
    }

    @Test func nilIsDistinctFromEmptyAndValuesCannotForgeSeparators() {
        var withNil = makeChain(count: 1)[0]
        withNil.requestID = nil
        var withEmpty = withNil
        withEmpty.requestID = ""
        #expect(AuditChain.canonicalPayload(of: withNil) != AuditChain.canonicalPayload(of: withEmpty))

        var split = withNil
        split.entityType = "user"
        split.entityID = "x"
        var forged = withNil
        forged.entityType = "user\nentityID=1:x"
        forged.entityID = nil
        #expect(AuditChain.canonicalPayload(of: split) != AuditChain.canonicalPayload(of: forged))
    }

    @Test func payloadIsTheDocumentedText() throws {
        // setup
        let record = AuditRecord(
            sequence: 7, occurredAt: Date(timeIntervalSince1970: 1_750_000_000.123_4),
            actorID: UUID(uuidString: "3F2504E0-4F89-11D3-9A0C-0305E82C3301"), actorRole: "admin",
            action: "change", entityType: "user", entityID: "42", changedFields: ["mobile", "email", "名称"],
            requestID: nil, previousHash: AuditChain.genesisHash, hash: "ignored")
        // MUT
        let payload = String(decoding: AuditChain.canonicalPayload(of: record), as: UTF8.self)
        // validate
        #expect(
            payload == """
                zibo-talent-audit/1
                previousHash=64:\(AuditChain.genesisHash)
                sequence=7
                occurredAt=1750000000123
                actorID=36:3f2504e0-4f89-11d3-9a0c-0305e82c3301
                actorRole=5:admin
                action=6:change
                entityType=4:user
                entityID=2:42
                changedFields=3:5:email6:mobile6:名称
                requestID=-

                """)
    }

    @Test func sealKeepsWholeMillisecondsSoAStoredRecordStillVerifies() {
        // setup
        let record = AuditChain.seal(
            sequence: 1, occurredAt: Date(timeIntervalSince1970: 1_750_000_000.123_987), actorID: nil,
            actorRole: nil, action: "create", entityType: "organization", entityID: "9", changedFields: ["b", "a"],
            requestID: "r", previousHash: AuditChain.genesisHash, hash: testHash)
        // MUT: a database that keeps microseconds as a double gives back a slightly different date
        var stored = record
        stored.occurredAt = Date(
            timeIntervalSince1970: (record.occurredAt.timeIntervalSince1970 * 1_000_000)
                .rounded() / 1_000_000)
        // validate
        #expect(record.occurredAt.timeIntervalSince1970 * 1000 == (1_750_000_000_123 as Double))
        #expect(record.changedFields == ["a", "b"])
        #expect(AuditChain.verify([stored], hash: testHash) == .intact(count: 1))
    }
}

@Suite("Audit checkpoints")
struct AuditCheckpointTests {
    @Test func aCheckpointLineReadsBackAndAnythingElseIsRefused() {
        let checkpoint = AuditCheckpoint(sequence: 1234, hash: String(repeating: "0f", count: 32))
        #expect(AuditCheckpoint(line: "  \(checkpoint.description)\n") == checkpoint)
        for bad in [
            "", checkpoint.description.uppercased(),
            "zibo-talent-audit-checkpoint/1 sequence=-1 hash=\(checkpoint.hash)",
            "zibo-talent-audit-checkpoint/1 sequence=5 hash=abc", "other sequence=5 hash=\(checkpoint.hash)",
        ] {
            #expect(AuditCheckpoint(line: bad) == nil, "\(bad)")
        }
    }
}

/// Issue 20, deliver 6: the trail verifies across a key change, and a retired key cannot
/// add records after its retirement.
@Suite("Audit hash chain across key rotations")
struct AuditChainKeyRotationTests {
    /// A second keyed stand-in: the first's digest of the payload with a prefix.
    static func newerHash(_ data: Data) -> String { testHash(Data("newer key|".utf8) + data) }

    /// `count` records, sealed with `newerHash` where `newer(sequence)`, else `testHash`.
    static func chain(count: Int, newer: (Int64) -> Bool) -> [AuditRecord] {
        var records: [AuditRecord] = []
        for index in 1...Int64(count) {
            records.append(
                AuditChain.seal(
                    sequence: index, occurredAt: Date(timeIntervalSince1970: 1_750_000_000 + Double(index)),
                    actorID: nil, actorRole: nil, action: "change", entityType: "user", entityID: "u\(index)",
                    changedFields: [], requestID: nil, previousHash: records.last?.hash ?? AuditChain.genesisHash,
                    hash: newer(index) ? Self.newerHash : testHash))
        }
        return records
    }

    @Test func aTrailSealedWithTheOldKeyThenTheNewVerifiesWithBoth() {
        let records = Self.chain(count: 8) { $0 > 5 }
        let keys = [AuditChain.Key(hash: Self.newerHash), AuditChain.Key(hash: testHash, sealsThrough: 5)]
        #expect(AuditChain.verify(records, keys: keys) == .intact(count: 8))
        // Paged: the second page continues from a record of the old key.
        #expect(AuditChain.verify(records[5...], continuingFrom: records[4], keys: keys) == .intact(count: 3))
        // Without the old key, its records are unverifiable.
        #expect(
            AuditChain.verify(records, keys: [AuditChain.Key(hash: Self.newerHash)])
                == .broken(atSequence: 1, reason: .hashMismatch))
    }

    @Test func beforeTheRetirementInstancesOnEitherKeyMayInterleave() {
        // Instances restarted one after another: old, new, old, new… until the rotation.
        let records = Self.chain(count: 6) { $0.isMultiple(of: 2) }
        let keys = [AuditChain.Key(hash: Self.newerHash), AuditChain.Key(hash: testHash, sealsThrough: 6)]
        #expect(AuditChain.verify(records, keys: keys) == .intact(count: 6))
    }

    @Test func aRecordSealedWithTheRetiredKeyAfterItsRetirementIsReportedAsForged() {
        // Record 7 is sealed with the old key, which was retired at record 5.
        let records = Self.chain(count: 8) { $0 > 5 && $0 != 7 }
        let keys = [AuditChain.Key(hash: Self.newerHash), AuditChain.Key(hash: testHash, sealsThrough: 5)]
        #expect(AuditChain.verify(records, keys: keys) == .broken(atSequence: 7, reason: .sealedWithRetiredKey))
    }
}
