import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 20, found 1: talent files as offices keep them — a title above the header, 序号
/// and other columns the import does not read, 性别 and 出生日期 beside the ID number,
/// numbers and dates stored as number cells — were refused whole.
@Suite("Spreadsheets as offices keep them: title rows, extra columns, number cells")
struct OfficeSpreadsheetTests {
    @Test func aSheetWithATitleRowSerialNumbersAndExtraColumnsImportsAndListsWhatItIgnored() async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes("office-sheet.csv"), on: app)
            let summary = try #require(outcome.summary, "refused whole: \(outcome.refusal?.message ?? "")")
            #expect(outcome.rowProblems.isEmpty, "\(outcome.rowProblems)")
            #expect(summary.rows == 3 && summary.created == 3 && summary.wrote)
            #expect(summary.header.ignored == ["序号", "民族", "政治面貌"])
            #expect(Set(try await Talent.query(on: app.db).all().map(\.name)) == ["柏测试", "水测试", "窦测试"])
        }
    }

    @Test func aWorkbookWithAMergedTitleNumberCellIDsAndDateSerialsImports() async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes("office-sheet.xlsx"), on: app)
            let summary = try #require(outcome.summary, "refused whole: \(outcome.refusal?.message ?? "")")
            #expect(outcome.rowProblems.isEmpty, "\(outcome.rowProblems)")
            #expect(summary.rows == 2 && summary.created == 2)
            let talents = try await Talent.query(on: app.db).sort(\.$name).all()
            #expect(talents.map(\.districtCode) == ["370302", "370302"])
            #expect(Set(talents.map(\.birthDate)) == ["1990-03-15", "1992-07-01"])
        }
    }

    @Test func anIDNumberThatLostItsDigitsAsANumberCellSaysHowToKeepTheColumnAsText() async throws {
        try await ImportCorpus.expectRowsRefused(
            "id-as-number.xlsx", [RowProblem(3, "身份证号", "请把该列设置为“文本”格式")])
    }

    @Test func genderAndBirthDateThatDisagreeWithTheIDNumberAreRefusedNamingBoth() async throws {
        try await ImportCorpus.expectRowsRefused(
            "person-mismatch.csv",
            [
                RowProblem(2, "性别", "性别与身份证号码不一致"),
                RowProblem(3, "出生日期", "出生日期与身份证号码第 7–14 位的出生日期不一致"),
                RowProblem(4, "性别", "性别应填“男”或“女”"),
                RowProblem(4, "出生日期", "出生日期无法识别"),
            ])
    }

    @Test func aMisspeltColumnIsImportedAroundAndListedAsIgnored() async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes("unknown-column.csv"), on: app)
            let summary = try #require(outcome.summary, "refused whole: \(outcome.refusal?.message ?? "")")
            #expect(summary.created == 1 && summary.header.ignored == ["身分证号码"])
        }
    }

    @Test func aMisspeltRequiredColumnIsNamedInTheRefusal() async throws {
        try await TestApp.run { app, _ in
            let bytes = Array("姓名,身分证号码,区县\n孙测试,370303198907140884,370303\n".utf8)
            let refusal = try #require(try await ImportCorpus.run(bytes, on: app).refusal)
            #expect(refusal.problem == .missingColumns(["身份证号"], unrecognised: ["身分证号码"]))
            #expect(refusal.message.contains("缺少必需的列：身份证号"), "\(refusal.message)")
            #expect(refusal.message.contains("无法识别的列名：身分证号码"), "\(refusal.message)")
        }
    }

    /// The upload's result page lists the ignored columns, and so does the report.
    @Test func theResultPageAndTheReportListTheIgnoredColumns() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            try await browser.get("/talents/imports")
            var bytes = try ImportCorpus.bytes("office-sheet.csv")
            // One refused row as well, so there is a report.
            bytes += Array("4,岑测试,女,1990-01-01,汉族,群众,37030319900101123,370303,本科\r\n".utf8)
            let response = try await browser.upload(
                "/talents/imports", file: bytes, named: "登记表.csv", fields: ["consent": "yes", "partial": "yes"])
            let location = try #require(response.headers.first(name: .location))
            try await app.jobs.runPending(app)
            let page = try await browser.get(location).body.string
            #expect(page.contains("以下列不在导入范围内，已忽略：序号、民族、政治面貌"), "\(page)")
            let report = try await browser.get(location + "/report.csv").body.string
            #expect(report.contains("序号、民族、政治面貌") && report.contains("Columns not imported (ignored)"))
        }
    }
}
