import Accounts
import Fluent
import Foundation
import SiteKit
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("A large search is exported by a job whose page shows the progress and then the file")
struct TalentExportJobTests {
    /// An officer's browser with `count` profiles named 数据人0 … in the pool and the
    /// background export starting from 3 results.
    static func world(_ app: Application, count: Int) async throws -> Browser {
        app.talentExportsInBackgroundFrom = 3
        try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
        for index in 0..<count { try await TestTalents.add(app, name: "数据人\(index)", skills: ["数据"]) }
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "o@example.test")
        return browser
    }

    @Test func aLargeSearchOffersAJobWhoseFileMatchesTheDirectExport() async throws {
        try await TestApp.run { app, _ in
            let browser = try await Self.world(app, count: 5)
            let page = try await browser.get("/talents?q=数据").text
            // MUT
            let started = try await browser.post("/talents/exports", ["q": "数据", "format": "csv"])
            let location = try #require(started.headers.first(name: .location))
            let waiting = try await browser.get(location).text
            #expect(try await app.jobs.runPending(app) == 1)
            let done = try await browser.get(location).text
            let file = try await browser.get(location + "/file")
            let direct = try await browser.get("/talents/export?q=数据&format=csv")
            // validate
            #expect(page.contains("id=\"export-form\"") && !page.contains("/talents/export?"))
            #expect(started.status == .seeOther)
            #expect(waiting.contains("data-refresh-seconds=\"2\""))
            #expect(done.contains("已生成，共 5 行") && done.contains("id=\"export-download\""))
            #expect(file.status == .ok && file.headers.first(name: .cacheControl) == "no-store")
            #expect(file.body.string == direct.body.string, "the job makes the file the request would")
            let audited = try await AuditEvent.query(on: app.db).filter(\.$action == "talent.export").all()
            #expect(audited.contains { $0.changedFields.contains("background") && $0.changedFields.contains("rows:5") })
            let stored = try #require(try await TalentExportRun.query(on: app.db).first())
            #expect(
                stored.sealed.map { !String(decoding: $0, as: UTF8.self).contains("数据人") } == true,
                "the file is kept sealed")
        }
    }

    @Test func onlyTheAskerReadsItAndItIsGoneAfterADay() async throws {
        try await TestApp.run { app, _ in
            let browser = try await Self.world(app, count: 4)
            _ = try await browser.get("/talents?q=数据")
            let started = try await browser.post("/talents/exports", ["q": "数据", "format": "xlsx"])
            let location = try #require(started.headers.first(name: .location))
            _ = try await app.jobs.runPending(app)
            try await TestApp.makeUser(app, role: .officer, email: "o2@example.test", department: "HRSS")
            let other = Browser(app)
            _ = try await TestApp.signIn(other, "o2@example.test")
            // MUT
            let theirs = try await other.get(location + "/file")
            let bad = try await browser.post("/talents/exports", ["q": "数据", "format": "pdf"])
            let run = try #require(try await TalentExportRun.query(on: app.db).first())
            run.createdAt = Date().addingTimeInterval(-TalentExportRun.kept - 60)
            try await run.save(on: app.db)
            try await app.jobs.sweep(app, now: Date())
            // validate
            #expect(theirs.status == .notFound)
            #expect(bad.status == .badRequest && bad.text.contains("format"))
            #expect(try await TalentExportRun.query(on: app.db).count() == 0)
            #expect(try await browser.get(location + "/file").status == .notFound)
        }
    }
}
