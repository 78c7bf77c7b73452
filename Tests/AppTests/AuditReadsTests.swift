import Fluent
import Foundation
import SiteKit
import TalentPool
import Testing
import Vapor

@testable import App

/// Stand-alone audit events (reads of full ID numbers) are written in group commits:
/// many at once still give one event each, linked in one verifiable chain, and each
/// caller returns only once its event is committed.
@Suite("Audit events of reads, written in group commits")
struct AuditReadsTests {
    @Test func manyReadsAtOnceEachLeaveOneCommittedLinkOfAnIntactChain() async throws {
        try await TestApp.run { app, _ in
            let before = try await AuditEvent.query(on: app.db).count()
            let reads = app.auditReads
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        let entry = AuditEntry(
                            .talentIdentifiersRead, entityID: UUID().uuidString,
                            changedFields: ["resident_id", "mobile"])
                        try await reads.record(entry, context: app.writeContext(requestID: "read-\(index)"), on: app.db)
                        // Committed before the read answers: visible to anyone now.
                        let found = try await AuditEvent.query(on: app.db).filter(\.$requestID == "read-\(index)")
                            .count()
                        #expect(found == 1)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await AuditEvent.query(on: app.db).count() == before + 60)
            let head = try await AuditLog.head(on: app.db)
            #expect(
                try await AuditLog.verify(key: app.secrets.audit, on: app.db) == .intact(count: Int(head.sequence)))
        }
    }
}
