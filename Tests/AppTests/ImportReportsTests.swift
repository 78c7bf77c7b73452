import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

/// Issue 14, defect 4: reports of refused rows held full ID numbers in clear text, for
/// ever, untouched by erasure.
@Suite("Stored import reports: sealed, masked, expiring, erased with the person")
struct ImportReportsTests {
    /// A file of `count` people whose row `bad` has a broken ID, uploaded by an officer.
    static func upload(_ app: Application, count: Int = 20, bad: Int = 5) async throws
        -> (browser: Browser, location: String, badID: String, lines: [String])
    {
        try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "o@example.test")
        var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: count))
        lines[bad] = ImportFiles.breakingID(lines[bad])
        try await browser.get("/talents/imports")
        let response = try await browser.upload(
            "/talents/imports", file: ImportFiles.bytes(lines), named: "名单.csv",
            fields: ["consent": "yes"])
        let location = try #require(response.headers.first(name: .location))
        try await app.jobs.runPending(app)
        let badID = String(lines[bad].split(separator: ",")[1])
        return (browser, location, badID, lines)
    }

    @Test func theStoredReportIsSealedAndItsDownloadShowsIDNumbersMasked() async throws {
        try await TestApp.run { app, _ in
            // setup
            let (browser, location, badID, lines) = try await Self.upload(app)
            let name = String(lines[5].split(separator: ",")[0])
            // act
            let stored = try #require(try await TalentImport.query(on: app.db).first()?.report)
            let download = try await browser.get(location + "/report.csv")
            // assert: nothing readable at rest; the download finds the row without the number
            #expect(!stored.contains(badID) && !stored.contains(name) && !stored.contains("身份证"))
            #expect(download.status == .ok)
            let text = download.body.string
            #expect(text.contains(name) && text.contains("身份证号码校验位不符"))
            #expect(!text.contains(badID))
            #expect(text.contains(String(badID.prefix(6)) + "********" + String(badID.suffix(4))))
            #expect(try await ImportReportSubject.query(on: app.db).count() == 1)
        }
    }

    @Test func reportsAreRemovedAfterTheConfiguredNumberOfDays() async throws {
        try await TestApp.run { app, _ in
            _ = try await Self.upload(app)
            #expect(app.importReportDays == 30)
            // act + assert: still kept after 29 days, gone after 31 (each capability's sweep)
            try await app.jobs.sweep(app, now: Date().addingTimeInterval(29 * 86_400))
            #expect(try await TalentImport.query(on: app.db).first()?.report != nil)
            try await app.jobs.sweep(app, now: Date().addingTimeInterval(31 * 86_400))
            let job = try #require(try await TalentImport.query(on: app.db).first())
            #expect(job.report == nil && job.rejectedCount == 1 && job.problems != nil)
            #expect(try await ImportReportSubject.query(on: app.db).count() == 0)
        }
    }

    @Test func erasingAPersonRemovesTheReportsThatNameThem() async throws {
        try await TestApp.run { app, _ in
            // setup: a person in the pool, named in a refused row of a later import
            let user = try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let bytes = try await ImportFiles.demo(app, talents: 3)
            let lines = ImportFiles.lines(bytes)
            _ = try await ImportFiles.run(app, ImportFiles.bytes([lines[0], lines[1]]))
            let person = try #require(try await Talent.query(on: app.db).first())
            person.$user.id = try user.requireID()
            try await person.save(on: app.db)
            let officer = try await ImportFiles.importer(app)
            let (summary, job) = try await ImportFiles.runInBatches(
                app, ImportFiles.bytes(lines), partial: true, by: officer)
            #expect(summary.problems.map(\.problem) == [.existsInPool])
            let stored = try #require(try await TalentImport.find(job, on: app.db))
            try await TalentImportReport.store(summary, in: stored, cipher: app.personalData, on: app.db)
            try await stored.save(on: app.db)
            let request = ErasureRequest(talentID: try person.requireID(), requestedAt: Date())
            try await request.create(on: app.db)
            let session = try await ErasureUnderLoadTests.adminSession(app)
            // act
            #expect(try await ErasureUnderLoadTests.decide(app, session, request.requireID(), "approve") == .ok)
            // assert
            #expect(try await TalentImport.find(job, on: app.db)?.report == nil)
            #expect(try await ImportReportSubject.query(on: app.db).count() == 0)
        }
    }

    @Test func aCohortImportReportIsSealedMaskedAndErasedWithThePersonItNames() async throws {
        try await TestApp.run { app, _ in
            // setup: a row naming a real profile by ID number, with the wrong name
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let user = try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let talent = try await TestTalents.add(app, name: "赵六", userID: user.id)
            let residentID = try #require(talent.residentIDCipher.flatMap(app.personalData.open))
            let file = Array("身份证号,姓名\n\(residentID),钱七\n".utf8)
            var headers = world.providerHeaders
            headers.contentType = HTTPMediaType(type: "text", subType: "csv")
            // act
            let response = try await world.settled(
                app.testing().sendRequest(
                    .POST, "/api/v1/cohorts/\(cohort)/enrollments/import",
                    headers: headers, body: ByteBuffer(bytes: file)))
            // assert
            #expect(response.status == .unprocessableEntity)
            let record = try #require(try await EnrollmentImport.query(on: app.db).first())
            let report = try #require(record.report)
            #expect(!report.contains(residentID) && !report.contains("钱七"))
            let download = try await world.send(
                .GET, "/api/v1/enrollment-imports/\(record.requireID())/report.csv",
                world.providerHeaders)
            #expect(download.body.string.contains("钱七") && !download.body.string.contains(residentID))
            let request = ErasureRequest(talentID: try talent.requireID(), requestedAt: Date())
            try await request.create(on: app.db)
            let session = try await ErasureUnderLoadTests.adminSession(app)
            #expect(try await ErasureUnderLoadTests.decide(app, session, request.requireID(), "approve") == .ok)
            #expect(try await EnrollmentImport.find(record.requireID(), on: app.db)?.report == nil)
        }
    }
}
