import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Testing
import Vapor

@testable import App

/// Issue 14, defect 6: deleting the newest audit events left `talent audit verify`
/// reporting "intact", although the head holds the last sequence and hash.
@Suite("Audit trail: removing the newest events is detected")
struct AuditTruncationTests {
    static func append(_ count: Int, _ app: Application) async throws {
        for index in 1...count {
            try await AuditLog.append(
                AuditEntry(.test("test.event"), entityID: "\(index)"),
                actor: nil, requestID: nil, key: app.secrets.audit, on: app.db, now: app.clock.now)
        }
    }

    static func removeNewest(_ count: Int, rewindingHead: Bool = false, _ app: Application) async throws {
        let sql = try #require(app.db as? any SQLDatabase)
        let last = try await AuditLog.head(on: app.db).sequence
        try await sql.raw("DELETE FROM audit_events WHERE sequence > \(bind: last - Int64(count))").run()
        guard rewindingHead, let kept = try await AuditEvent.query(on: app.db).sort(\.$sequence, .descending).first()
        else { return }
        try await sql.raw(
            "UPDATE audit_head SET last_sequence = \(bind: kept.sequence), last_hash = \(bind: kept.hash) WHERE id = 1"
        ).run()
    }

    @Test(arguments: [1, 100])
    func removingTheNewestEventsIsReportedAgainstTheHead(removed: Int) async throws {
        try await TestApp.run { app, _ in
            // setup
            try await Self.append(120, app)
            let head = try await AuditLog.head(on: app.db)
            #expect(try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: Int(head.sequence)))
            // act
            try await Self.removeNewest(removed, app)
            // assert
            let result = try await AuditLog.verify(key: app.secrets.audit, on: app.db, pageSize: 50)
            #expect(
                result
                    == .broken(
                        atSequence: head.sequence - Int64(removed) + 1, reason: .truncated(expected: head.sequence)))
        }
    }

    @Test func aCheckpointKeptElsewhereCatchesAHeadRewoundWithTheRemoval() async throws {
        try await TestApp.run { app, _ in
            // setup: a checkpoint, then more events
            try await Self.append(10, app)
            let checkpoint = try #require(AuditCheckpoint(line: try await AuditLog.head(on: app.db).description))
            try await Self.append(5, app)
            // act: the last 8 events go, and the head is set back to match
            try await Self.removeNewest(8, rewindingHead: true, app)
            // assert: the head alone is fooled, the checkpoint is not
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db)
                    == .intact(count: Int(checkpoint.sequence) - 3))
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db, checkpoint: checkpoint)
                    == .broken(atSequence: checkpoint.sequence - 2, reason: .truncated(expected: checkpoint.sequence)))
        }
    }

    @Test func aCheckpointWhoseEventWasReplacedIsReported() async throws {
        try await TestApp.run { app, _ in
            try await Self.append(6, app)
            let checkpoint = try await AuditLog.head(on: app.db)
            try await Self.append(2, app)
            let forged = AuditCheckpoint(sequence: checkpoint.sequence, hash: String(repeating: "a", count: 64))
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db, checkpoint: checkpoint)
                    == .intact(count: Int(checkpoint.sequence) + 2))
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db, checkpoint: forged)
                    == .broken(atSequence: checkpoint.sequence, reason: .checkpointMismatch))
        }
    }
}
