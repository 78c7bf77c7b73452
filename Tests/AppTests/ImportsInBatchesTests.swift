import Fluent
import Foundation
import Reference
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 14, defects 5 and 9, and issue 15's durable jobs: the web import writes in
/// batches that others can write between; it runs as a job any instance can take up; one
/// broken off is taken back and run again, or failed after its last attempt — never left
/// "running".
@Suite("Web imports in batches, as jobs: others keep writing, a broken import is taken up again")
struct ImportsInBatchesTests {
    @Test func aGoodFileIsWrittenWholeEachProfileTaggedWithItsImport() async throws {
        try await TestApp.run { app, _ in
            // setup
            let user = try await ImportFiles.importer(app)
            let bytes = try await ImportFiles.demo(app, talents: 2_500)
            // act
            let (summary, job) = try await ImportFiles.runInBatches(app, bytes, by: user)
            // assert
            #expect(summary.created == 2_500 && summary.problems.isEmpty)
            let tagged = try await (app.db as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM talents WHERE import_id = \(bind: job)"
            )
            .first()?.decode(column: "n", as: Int.self)
            #expect(tagged == 2_500)
            #expect(try await TalentImportUndo.query(on: app.db).count() == 0)
        }
    }

    @Test func anAtomicImportWithABadRowFoundLateWritesNothing() async throws {
        try await TestApp.run { app, _ in
            let user = try await ImportFiles.importer(app)
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 2_500))
            lines[2_400] = ImportFiles.breakingID(lines[2_400])
            // act
            let (summary, _) = try await ImportFiles.runInBatches(app, ImportFiles.bytes(lines), by: user)
            // assert
            #expect(summary.problems.map(\.row) == [2_401])
            #expect(summary.created == 0)
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func otherRequestsWriteWithoutFailingWhileAnImportRuns() async throws {
        try await TestApp.run { app, _ in
            // setup
            let user = try await ImportFiles.importer(app)
            let world = try await TrainingWorld.make(app)
            let bytes = try await ImportFiles.demo(app, talents: 4_000, seed: 9)
            // act: the import, and 40 profiles entered through the API meanwhile
            let statuses = try await withThrowingTaskGroup(of: [HTTPStatus].self) { group in
                group.addTask {
                    let (summary, _) = try await ImportFiles.runInBatches(app, bytes, by: user)
                    #expect(summary.created == 4_000)
                    return []
                }
                group.addTask {
                    var statuses: [HTTPStatus] = []
                    for index in 0..<40 {
                        let id = ResidentID.fake(
                            areaCode: "370303", birth: CalendarDate("1988-04-1\(index % 9)")!, sequence: 700 + index)
                        statuses.append(
                            try await world.send(
                                .POST, "/api/v1/talents", world.officerHeaders,
                                [
                                    "name": "同时\(index)", "residentID": id.value, "districtCode": "370303",
                                    "consent": true,
                                ]
                            ).status)
                    }
                    return statuses
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0 += $1 }
            }
            // assert
            #expect(statuses.count == 40 && statuses.allSatisfy { $0 == .created }, "\(statuses)")
            #expect(try await Talent.query(on: app.db).count() == 4_040)
        }
    }

    /// An upsert import that wrote 1,000 new profiles and changed one existing profile
    /// when its server died: its job claimed by `elsewhere`, whose claim ran out.
    static func importThatDied(_ app: Application, attempts: Int) async throws
        -> (record: UUID, job: UUID, existing: Talent, bytes: [UInt8])
    {
        let user = try await ImportFiles.importer(app)
        let bytes = try await ImportFiles.demo(app, talents: 1_000, seed: 3)
        _ = try await ImportFiles.run(app, ImportFiles.bytes(Array(ImportFiles.lines(bytes).prefix(2))))
        let existing = try #require(try await Talent.query(on: app.db).first())
        var lines = ImportFiles.lines(bytes)
        var changed = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        changed[0] = "改过的名字"
        lines[1] = changed.joined(separator: ",")
        let file = ImportFiles.bytes(lines)
        let (record, job) = try await ImportFiles.upload(app, file, upsert: true, by: user)
        // What the dead attempt wrote: every row, tagged, and the existing profile changed.
        let importer = TalentImporter(
            options: .init(partial: false, upsert: true), cipher: app.personalData,
            policy: app.activePolicy!.document, today: CalendarDate("2026-11-27")!,
            now: Date(timeIntervalSince1970: 1_795_000_000))
        _ = try await importer.runInBatches(
            try TalentImportSource(bytes: file), importID: record, on: app.db(.bulk),
            context: app.writeContext(requestID: "test"),
            progress: { _, _ in })
        try await TalentImportUndo.keep(existing, for: record, cipher: app.personalData, on: app.db)
        let row = try #require(try await Job.find(job, on: app.db))
        (row.state, row.attempts, row.leaseOwner, row.leaseExpiresAt) =
            (.running, attempts, "elsewhere:1:x", Date().addingTimeInterval(-1))
        try await row.save(on: app.db)
        return (record, job, existing, file)
    }

    @Test func anImportWhoseServerDiedIsTakenUpAgainAndCompleted() async throws {
        try await TestApp.run { app, _ in
            // setup
            let (record, job, existing, _) = try await Self.importThatDied(app, attempts: 1)
            // act: any instance's runner takes it up
            #expect(try await app.jobs.runPending(app) == 1)
            // assert: the file's outcome, once: 999 new, the existing one updated
            let outcome = try #require(try await TalentImport.find(record, on: app.db))
            #expect(outcome.status == .done)
            #expect(outcome.createdCount == 999 && outcome.updatedCount == 1)
            #expect(try await Talent.query(on: app.db).count() == 1_000)
            #expect(try await Talent.find(existing.requireID(), on: app.db)?.name == "改过的名字")
            let ran = try #require(try await Job.find(job, on: app.db))
            #expect(ran.state == .succeeded && ran.attempts == 2)
            #expect(try await JobFile.find(job, on: app.db) == nil)
            #expect(try await TalentImportUndo.query(on: app.db).count() == 0)
        }
    }

    @Test func anImportThatDiedOnItsLastAttemptIsTakenBackWholeAndFailedWithTheReason() async throws {
        try await TestApp.run { app, _ in
            // setup
            let (record, job, existing, _) = try await Self.importThatDied(app, attempts: 3)
            // act
            #expect(try await app.jobs.runPending(app) == 0)
            // assert: nothing of the file stays, and both rows say why
            let outcome = try #require(try await TalentImport.find(record, on: app.db))
            #expect(outcome.status == .failed)
            #expect(outcome.problem?.contains("已写入的数据已全部撤回") == true)
            #expect(try await Talent.query(on: app.db).count() == 1)
            #expect(try await Talent.find(existing.requireID(), on: app.db)?.name == existing.name)
            let found = try await TalentSearchQuery(keyword: "改过").run(
                scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(found.total == 0)
            let failed = try #require(try await Job.find(job, on: app.db))
            #expect(failed.state == .failed && failed.errorText(.zh)?.contains("多次") == true)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "talent.import.revert").count() == 1)
            #expect(try await app.jobs.runPending(app) == 0)
        }
    }

    @Test func anUploadedImportRunsAsAJobWithItsProgressOnTheJobsRow() async throws {
        try await TestApp.run { app, _ in
            let user = try await ImportFiles.importer(app)
            let (record, job) = try await ImportFiles.upload(
                app, try await ImportFiles.demo(app, talents: 1_500), by: user)
            #expect(try await Job.find(job, on: app.db)?.state == .queued)
            // act
            #expect(try await app.jobs.runPending(app) == 1)
            // assert
            #expect(try await TalentImport.find(record, on: app.db)?.createdCount == 1_500)
            let ran = try #require(try await Job.find(job, on: app.db))
            #expect(ran.state == .succeeded && ran.phase == "write" && ran.done == 1_500 && ran.total == 1_500)
        }
    }

    @Test func anImportLeftRunningByTheVersionBeforeJobsIsMarkedFailed() async throws {
        try await TestApp.run { app, _ in
            let stranded = TalentImport(
                createdBy: try await ImportFiles.importer(app), fileName: "旧.csv", partial: false, upsert: false,
                estimatedRows: 10)
            try await stranded.create(on: app.db)  // running, without a job
            try await RunImportsInBatches.failUnfinished(on: app.db)
            let after = try #require(try await TalentImport.find(stranded.requireID(), on: app.db))
            #expect(after.status == .failed && after.problem?.contains("撤回") == true)
        }
    }

    @Test func anImportThatLostItsClaimStopsWriting() async throws {
        try await TestApp.run { app, _ in
            let user = try await ImportFiles.importer(app)
            let (_, job) = try await ImportFiles.upload(app, try await ImportFiles.demo(app, talents: 5), by: user)
            let claimed = try #require(
                try await JobQueue.claimNext(owner: "another:1:x", now: app.clock.now, on: app.db))
            #expect(claimed.id == job)
            await #expect(throws: JobQueue.LeaseLost.self) {
                try await JobQueue.report(
                    job, owner: app.instanceID, done: 1, total: 5, phase: nil, now: app.clock.now, on: app.db)
            }
            // Held by the other instance, and not expired: nobody else claims it.
            #expect(try await JobQueue.claimNext(owner: app.instanceID, now: app.clock.now, on: app.db) == nil)
        }
    }

    @Test func twoInstancesClaimingAtOnceGetEachJobOnce() async throws {
        try await TestApp.run { app, config in
            let user = try await ImportFiles.importer(app)
            var queued: Set<UUID> = []
            for _ in 0..<6 {
                queued.insert(
                    try await JobQueue.enqueue(
                        kind: "test", payload: ["n": 1], createdBy: user,
                        cipher: app.personalData, on: app.db))
            }
            try await TestApp.second(config: config) { other in
                let claims = try await withThrowingTaskGroup(of: UUID?.self) { group in
                    for index in 0..<12 {
                        group.addTask {
                            try await JobQueue.claimNext(
                                owner: "instance-\(index % 2):\(index):x", now: app.clock.now,
                                on: index % 2 == 0 ? app.db : other.db)?.id
                        }
                    }
                    return try await group.reduce(into: [UUID]()) { if let id = $1 { $0.append(id) } }
                }
                #expect(claims.count == 6 && Set(claims) == queued, "\(claims)")
            }
        }
    }

    @Test func theListOfTablesThatReferToAProfileIsComplete() async throws {
        try await TestApp.run { app, _ in
            let sql = app.db as! any SQLDatabase
            var referring: Set<String> = []
            if TalentSearchIndex.isPostgres(sql) {
                for row in try await sql.raw(
                    """
                    SELECT DISTINCT tc.table_name AS t FROM information_schema.table_constraints tc
                    JOIN information_schema.constraint_column_usage cu ON cu.constraint_name = tc.constraint_name
                    WHERE tc.constraint_type = 'FOREIGN KEY' AND cu.table_name = 'talents' AND tc.table_schema = current_schema()
                    """
                ).all() { referring.insert(try row.decode(column: "t", as: String.self)) }
            } else {
                for table in try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                    .map({ try $0.decode(column: "name", as: String.self) })
                {
                    for key in try await sql.raw("SELECT \"table\" AS t FROM pragma_foreign_key_list(\(bind: table))")
                        .all()
                    where try key.decode(column: "t", as: String.self) == "talents" { referring.insert(table) }
                }
            }
            #expect(referring.subtracting(["talent_attributes"]) == Set(TalentImportUndo.referencingTables))
        }
    }
}
