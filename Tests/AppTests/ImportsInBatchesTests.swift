import Fluent
import Foundation
import SQLKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

extension ImportFiles {
    /// Runs `bytes` as the web upload does (`runInBatches`), on a job row of its own.
    static func runInBatches(
        _ app: Application, _ bytes: [UInt8], partial: Bool = false, upsert: Bool = false,
        by user: UUID
    ) async throws -> (summary: TalentImporter.Summary, job: UUID) {
        let job = TalentImportJob(
            createdBy: user, fileName: "名单.csv", partial: partial, upsert: upsert, estimatedRows: 1)
        (job.leaseOwner, job.leaseExpiresAt) = (app.instanceID, Date().addingTimeInterval(ImportLease.duration))
        try await job.create(on: app.db)
        let id = try job.requireID()
        let importer = TalentImporter(
            options: .init(partial: partial, upsert: upsert), cipher: app.personalData,
            policy: app.activePolicy!.document, today: CalendarDate("2026-11-27")!)
        let summary = try await importer.runInBatches(
            try TalentImportSource(bytes: bytes), importID: id, on: app.db(.bulk), audit: { _, _ in },
            progress: { [owner = app.instanceID] progress, db in
                try await ImportLease.renew(id, owner: owner, progress: progress, on: db)
            })
        return (summary, id)
    }

    static func importer(_ app: Application) async throws -> UUID {
        try await TestApp.makeUser(app, role: .officer, email: "importer@example.test", department: "HRSS").requireID()
    }
}

/// Issue 14, defects 5 and 9: the web import writes in batches that others can write
/// between, an import broken off is taken back whole, and none stays "running".
@Suite("Web imports in batches: others keep writing, a broken import is taken back")
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
            #expect(try await TalentImportJob.find(job, on: app.db)?.writtenRows == 2_500)
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
                                    "consent": "yes",
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

    @Test func anImportWhoseServerDiedIsTakenBackWholeAndMarkedFailed() async throws {
        try await TestApp.run { app, _ in
            // setup: a partial upsert import that wrote 1,000 new profiles and changed one
            // existing profile, then stopped (its lease ran out)
            let user = try await ImportFiles.importer(app)
            let bytes = try await ImportFiles.demo(app, talents: 1_000, seed: 3)
            let existingLine = ImportFiles.lines(bytes)[1]
            let existing = try await ImportFiles.run(
                app, ImportFiles.bytes([ImportFiles.lines(bytes)[0], existingLine]))
            #expect(existing.created == 1)
            let before = try #require(try await Talent.query(on: app.db).first())
            var lines = ImportFiles.lines(bytes)
            var changed = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            changed[0] = "改过的名字"
            lines[1] = changed.joined(separator: ",")
            let (summary, job) = try await ImportFiles.runInBatches(
                app, ImportFiles.bytes(lines), upsert: true, by: user)
            #expect(summary.created == 999 && summary.updated == 1)
            try await TalentImportUndo.keep(before, for: job, cipher: app.personalData, on: app.db)
            let row = try #require(try await TalentImportJob.find(job, on: app.db))
            (row.status, row.leaseOwner, row.leaseExpiresAt) = (
                .running, "elsewhere:1:x", Date().addingTimeInterval(-1)
            )
            try await row.save(on: app.db)
            // act
            let outcome = try await Housekeeping.sweep(app)
            // assert
            #expect(outcome.importsTakenBack == 1)
            let after = try #require(try await TalentImportJob.find(job, on: app.db))
            #expect(after.status == .failed)
            #expect(after.problem?.contains("已写入的数据已全部撤回") == true)
            #expect(try await Talent.query(on: app.db).count() == 1)
            #expect(try await Talent.find(before.requireID(), on: app.db)?.name == before.name)
            #expect(
                try await TalentSearchQuery(keyword: "改过").run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!,
                    on: app.db
                ).total == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "talent.import.revert").count() == 1)
            // a second sweep finds nothing to do
            #expect(try await Housekeeping.sweep(app).importsTakenBack == 0)
        }
    }

    @Test func anImportLeftRunningByAnEarlierVersionIsMarkedFailed() async throws {
        try await TestApp.run { app, _ in
            let job = TalentImportJob(
                createdBy: try await ImportFiles.importer(app), fileName: "旧.csv", partial: false,
                upsert: false, estimatedRows: 10)
            try await job.create(on: app.db)  // running, without a lease
            #expect(try await Housekeeping.sweep(app).importsTakenBack == 1)
            #expect(try await TalentImportJob.find(job.requireID(), on: app.db)?.status == .failed)
        }
    }

    @Test func anImportThatLostItsLeaseStopsWriting() async throws {
        try await TestApp.run { app, _ in
            let job = TalentImportJob(
                createdBy: try await ImportFiles.importer(app), fileName: "a.csv", partial: false,
                upsert: false, estimatedRows: 10)
            (job.leaseOwner, job.leaseExpiresAt) = ("another:1:x", Date().addingTimeInterval(60))
            try await job.create(on: app.db)
            await #expect(throws: ImportLease.Lost.self) {
                try await ImportLease.renew(
                    job.requireID(), owner: app.instanceID, progress: .init(checked: 1, written: 0), on: app.db)
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
