import DemoData
import Fluent
import Foundation
import SQLKit
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("Bulk import: atomic by default, partial, upsert, encrypted at rest")
struct TalentImportTests {
    @Test func oneBadRowInTenThousandWritesNothingAndNamesTheRow() async throws {
        try await TestApp.run { app, _ in
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 10_000))
            lines[7_777] = ImportFiles.breakingID(lines[7_777])
            let summary = try await ImportFiles.run(app, ImportFiles.bytes(lines))
            #expect(summary.rows == 10_000)
            #expect(summary.problems.map(\.row) == [7_778])
            #expect(summary.problems.first?.column == .residentID)
            #expect(!summary.wrote)
            #expect(try await Talent.query(on: app.db).count() == 0)
            #expect(try await TalentAttribute.query(on: app.db).count() == 0)
            #expect(
                try await TalentSearchQuery(keyword: "张").run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db
                ).total == 0)
        }
    }

    @Test func importedIDNumbersNeverReachTheDatabaseInClearText() async throws {
        try await TestApp.run { app, config in
            let bytes = try await ImportFiles.demo(app, talents: 40)
            let ids = ImportFiles.lines(bytes).dropFirst().compactMap {
                $0.split(separator: ",").dropFirst().first.map(String.init)
            }
            let summary = try await ImportFiles.run(app, bytes)
            #expect(summary.created == 40)
            switch config.database {
            case let .sqlite(path):
                try await (app.db as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
                var raw = try Data(contentsOf: URL(fileURLWithPath: path))
                raw += (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
                for id in ids { #expect(raw.range(of: Data(id.utf8)) == nil, "an ID number in the database file") }
            case .postgres:
                let rows = try await (app.db as! any SQLDatabase).raw("SELECT t::text AS row FROM talents t").all()
                let text = try rows.map { try $0.decode(column: "row", as: String.self) }.joined()
                #expect(rows.count == 40)
                for id in ids { #expect(!text.contains(id), "an ID number in the talents table") }
            }
            // …while the blind index still finds each one.
            let index = app.personalData.index(ids[0])
            #expect(try await Talent.query(on: app.db).filter(\.$residentIDIndex == index).count() == 1)
        }
    }

    @Test func partialWritesTheGoodRowsAndReportsTheBadOnesInBothLanguages() async throws {
        try await TestApp.run { app, _ in
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 30))
            lines[3] = ImportFiles.breakingID(lines[3])
            let summary = try await ImportFiles.run(app, ImportFiles.bytes(lines), partial: true)
            #expect(summary.created == 29)
            #expect(summary.rejected == 1)
            #expect(try await Talent.query(on: app.db).count() == 29)
            let report = TalentImportReport.csv(summary, masked: false)
            #expect(report.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: report, as: UTF8.self)
            #expect(text.contains("4,身份证号,身份证号码校验位不符"))
            #expect(text.contains("check"))
            #expect(text.contains(lines[3].split(separator: ",")[0]))
        }
    }

    @Test func existingIDNumbersAreRefusedUnlessUpsertUpdatesThem() async throws {
        try await TestApp.run { app, _ in
            let bytes = try await ImportFiles.demo(app, talents: 10)
            #expect(try await ImportFiles.run(app, bytes).created == 10)
            var lines = ImportFiles.lines(bytes)
            var cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[7] = "人工智能"
            lines[1] = cells.joined(separator: ",")
            let again = try await ImportFiles.run(app, ImportFiles.bytes(lines))
            #expect(again.rejected == 10)
            #expect(again.problems.allSatisfy { $0.problem == .existsInPool })
            let upsert = try await ImportFiles.run(app, ImportFiles.bytes(lines), upsert: true)
            #expect(upsert.updated == 1)
            #expect(upsert.created == 0)
            #expect(try await Talent.query(on: app.db).count() == 10)
            let names = try await TalentSearchQuery(keyword: "人工智能").run(
                scope: .everyone, today: CalendarDate("2026-11-27")!, on: app.db)
            #expect(names.items.map(\.name).contains(cells[0]))
        }
    }

    @Test func anXLSXWorkbookImportsLikeTheSameCSV() async throws {
        try await TestApp.run { app, _ in
            let rows = ImportFiles.lines(try await ImportFiles.demo(app, talents: 12)).filter { !$0.isEmpty }
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let summary = try await ImportFiles.run(app, XLSXWriter.workbook(sheetName: "人才", rows: rows))
            #expect(summary.created == 12)
            let stored = try await Talent.query(on: app.db).all()
            #expect(Set(stored.map(\.name)) == Set(rows.dropFirst().map { $0[0] }))
        }
    }

    @Test func officerUploadsAFileSeesTheReportAndNothingIsWritten() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            var lines = ImportFiles.lines(try await ImportFiles.demo(app, talents: 20))
            lines[5] = ImportFiles.breakingID(lines[5])
            try await browser.get("/talents/imports")
            let response = try await browser.upload(
                "/talents/imports", file: ImportFiles.bytes(lines), named: "人才.csv",
                fields: ["consent": "yes"])
            #expect(response.status == .seeOther)
            let location = try #require(response.headers.first(name: .location))
            #expect(try await browser.get(location).body.string.contains("data-refresh-seconds"))
            try await app.jobs.runPending(app)
            let page = try await browser.get(location)
            #expect(page.body.string.contains("没有写入任何数据：1 行有错误"))
            #expect(page.body.string.contains("<td>6</td><td>身份证号</td>"))
            let report = try await browser.get(location + "/report.csv")
            #expect(report.status == .ok)
            #expect(report.body.string.contains("身份证号码校验位不符"))
            #expect(try await Talent.query(on: app.db).count() == 0)
            // Another officer cannot open this import or its report.
            try await TestApp.makeUser(app, role: .officer, email: "o2@example.test", department: "HRSS")
            let other = Browser(app)
            _ = try await TestApp.signIn(other, "o2@example.test")
            #expect(try await other.get(location + "/report.csv").status == .notFound)
        }
    }

    @Test func anUploadWithoutConsentOrFileIsRefusedWithTheReason() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/imports")
            let noConsent = try await browser.upload("/talents/imports", file: Array("姓名\n".utf8), named: "a.csv")
            #expect(noConsent.status == .unprocessableEntity)
            #expect(noConsent.body.string.contains("请确认文件中的人员已同意"))
            let binary = try await browser.upload(
                "/talents/imports", file: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], named: "a.csv",
                fields: ["consent": "yes"])
            #expect(binary.status == .unprocessableEntity)
            #expect(binary.body.string.contains("不是文本格式"))
            #expect(try await TalentImport.query(on: app.db).count() == 0)
        }
    }

    @Test func employersAndTalentsCannotImport() async throws {
        try await TestApp.run { app, _ in
            let org = try await TestApp.makeOrganization(app, name: "甲公司（示例）", serial: 1)
            try await TestApp.makeUser(app, role: .employer, email: "e@example.test", organization: org.id)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "e@example.test")
            #expect(try await browser.get("/talents/imports").status == .forbidden)
        }
    }
}
