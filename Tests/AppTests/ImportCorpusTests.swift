import Fluent
import Foundation
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// The files in `Fixtures/import` (made by `make_corpus.py` there; `README.md` says what is
/// wrong with each) and how a test runs one through the importer as an upload would be.
enum ImportCorpus {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/import")
    /// The day the ID numbers' birth dates are checked against.
    static let today = CalendarDate("2026-11-27")!
    static let zh = Messages(language: .zh)

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    /// Reads `bytes` and imports them in the default mode (atomic, no upsert), as the
    /// upload page and `talent import talents` do.
    static func run(_ bytes: [UInt8], on app: Application) async throws -> ImportOutcome {
        let source: TalentImportSource
        do { source = try TalentImportSource(bytes: bytes) } catch {
            return .refused(error, message: error.message(zh))
        }
        let policy = try #require(app.activePolicy?.document)
        let importer = TalentImporter(
            options: .init(partial: false, upsert: false), cipher: app.personalData,
            policy: policy, today: today, now: app.clock.now)
        do {
            let summary = try await importer.run(
                source, on: app.db, context: app.writeContext(requestID: "test"), progress: { _ in })
            return .finished(summary)
        } catch let problem as ImportFileProblem {
            return .refused(problem, message: problem.message(zh))
        }
    }

    /// The file-level refusals: each fixture, the problem and parts of its Chinese message.
    static let refusedFiles: [RefusedFile] = [
        RefusedFile("utf16.csv", .encoding, ["无法识别文件编码"]),
        RefusedFile("binary.csv", .binary, ["不是文本格式"]),
        RefusedFile("empty.csv", .empty, ["文件是空的"]),
        RefusedFile("header-only.csv", .noRows, ["只有列名"]),
        RefusedFile("missing-columns.csv", .missingColumns(["身份证号"]), ["缺少必需的列", "身份证号"]),
        RefusedFile("unterminated-quote.csv", .unterminatedQuote(line: 3), ["第 3 行", "引号没有闭合"]),
        RefusedFile(
            "not-a-workbook.xlsx", .workbook(String(describing: XLSXError.corrupt("ZIP archive is truncated"))),
            ["无法读取该 Excel 文件"]),
    ]
}

/// A fixture the importer must refuse whole, before or while reading its rows.
struct RefusedFile: Sendable, CustomTestStringConvertible {
    let file: String
    let problem: ImportFileProblem
    /// Parts of the Chinese message the user is shown.
    let message: [String]

    init(_ file: String, _ problem: ImportFileProblem, _ message: [String]) {
        (self.file, self.problem, self.message) = (file, problem, message)
    }

    var testDescription: String { "\(file) → \(message.joined(separator: " … "))" }
}

/// What importing a file came to: refused whole with a message, or a summary of its rows.
enum ImportOutcome {
    case refused(ImportFileProblem, message: String)
    case finished(TalentImporter.Summary)

    var summary: TalentImporter.Summary? {
        guard case let .finished(summary) = self else { return nil }
        return summary
    }

    var refusal: (problem: ImportFileProblem, message: String)? {
        guard case let .refused(problem, message) = self else { return nil }
        return (problem: problem, message: message)
    }

    /// Each refused cell as the user reads it: row number, column as the file names it,
    /// the Chinese reason.
    var rowProblems: [RowProblem] {
        guard case let .finished(summary) = self else { return [] }
        return summary.problems.map { problem in
            RowProblem(
                problem.row,
                TalentImportReport.columnName(problem.column, header: summary.header),
                TalentImportReport.reason(problem.problem, ImportCorpus.zh))
        }
    }
}

/// A refused cell: expected ones hold part of the reason, found ones all of it.
struct RowProblem: CustomStringConvertible {
    let row: Int
    let column: String
    let reason: String

    init(_ row: Int, _ column: String, _ reason: String) {
        (self.row, self.column, self.reason) = (row, column, reason)
    }

    func matches(_ expected: RowProblem) -> Bool {
        row == expected.row && column == expected.column && reason.contains(expected.reason)
    }

    var description: String { "row \(row) \(column): \(reason)" }
}

@Suite("Import corpus: bad files are refused with the reason the user sees, good files import")
struct ImportCorpusTests {
    // MARK: Files refused whole

    @Test(arguments: ImportCorpus.refusedFiles)
    func fileIsRefusedWithItsReason(case fixture: RefusedFile) async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes(fixture.file), on: app)
            let refusal = try #require(outcome.refusal, "\(fixture.file) was not refused: \(outcome.rowProblems)")
            #expect(refusal.problem == fixture.problem)
            for part in fixture.message {
                #expect(refusal.message.contains(part), "\(fixture.file): “\(refusal.message)” lacks “\(part)”")
            }
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    @Test func aTwentyMegabyteLineIsRefusedAsTooLongAndNothingIsWritten() async throws {
        let header = "姓名,身份证号,区县\n"
        // One 20 MB cell (over the 64 KB cell limit) and 20 MB of short cells (over the
        // 1 MB row limit): either way the reader stops at a limit instead of reading on.
        let oneCell = Array(header.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 20 << 20)
        let shortCells = Array((header + String(repeating: "aaaaaaaaa,", count: 2 << 20)).utf8)
        try await TestApp.run { app, _ in
            for bytes in [oneCell, shortCells] {
                let outcome = try await ImportCorpus.run(bytes, on: app)
                let refusal = try #require(outcome.refusal, "a 20 MB line was not refused: \(outcome.rowProblems)")
                #expect(refusal.problem == .fieldTooLong(line: 2) || refusal.problem == .recordTooLong(line: 2))
                #expect(refusal.message.contains("第 2 行"), "\(refusal.message)")
                #expect(refusal.message.contains("过长"), "\(refusal.message)")
            }
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }

    // MARK: Files refused row by row (atomic import: nothing written)

    @Test func wrongIDNumbersAreRefusedOnTheirOwnRowsWithWhatIsWrong() async throws {
        try await ImportCorpus.expectRowsRefused(
            "bad-ids.csv",
            [
                RowProblem(2, "身份证号", "校验位不符"),
                RowProblem(3, "身份证号", "应为 18 位"),
                RowProblem(4, "身份证号", "第 10 位无效"),
            ])
    }

    @Test func idNumbersWithImpossibleOrFutureBirthDatesAreRefused() async throws {
        try await ImportCorpus.expectRowsRefused(
            "impossible-dates.csv",
            [
                RowProblem(2, "身份证号", "出生日期不存在"),
                RowProblem(3, "身份证号", "出生日期晚于今天"),
            ])
    }

    @Test func aFormulaCellIsRefusedNotStored() async throws {
        try await ImportCorpus.expectRowsRefused(
            "formula-cells.csv",
            [
                RowProblem(2, "姓名", "公式开头"),
                RowProblem(3, "专业", "公式开头"),
            ])
    }

    @Test func aRepeatedIDNumberNamesTheRowItFirstAppearedOn() async throws {
        try await ImportCorpus.expectRowsRefused(
            "duplicate-rows.csv",
            [
                RowProblem(4, "身份证号", "与第 2 行的身份证号码重复")
            ])
    }

    @Test func eachUnknownCodeOrInvalidValueGetsItsOwnReasonInItsColumn() async throws {
        try await ImportCorpus.expectRowsRefused(
            "wrong-codes.csv",
            [
                RowProblem(2, "手机号", "手机号须为 11 位"),
                RowProblem(2, "区县", "区县不存在"),
                RowProblem(2, "学历", "请选择有效的学历"),
                RowProblem(2, "毕业年份", "毕业年份须在 1950 到 2032 之间"),
                RowProblem(2, "职业编码", "职业代码 9-99-99-99 不在职业目录中"),
            ])
    }

    // MARK: Good files

    @Test func aUTF8FileWithAByteOrderMarkImportsEveryRow() async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes("good-utf8-bom.csv"), on: app)
            let summary = try #require(outcome.summary, "refused whole: \(outcome.refusal?.message ?? "")")
            #expect(outcome.rowProblems.isEmpty, "\(outcome.rowProblems)")
            #expect(summary.rows == 3)
            #expect(summary.created == 3)
            #expect(summary.wrote)
            let talents = try await Talent.query(on: app.db).all()
            #expect(Set(talents.map(\.name)) == ["张小测", "李示例", "王样本"])
            // 王样本's district is written 张店区, the others' as codes.
            #expect(Set(talents.map(\.districtCode)) == ["370303", "370302"])
        }
    }

    @Test func aGBKFileImportsEveryRowWithItsChineseNamesIntact() async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes("good-gbk.csv"), on: app)
            let summary = try #require(outcome.summary, "refused whole: \(outcome.refusal?.message ?? "")")
            #expect(outcome.rowProblems.isEmpty, "\(outcome.rowProblems)")
            #expect(summary.rows == 3)
            #expect(summary.created == 3)
            #expect(summary.wrote)
            let talents = try await Talent.query(on: app.db).all()
            let names = talents.map(\.name)
            for name in ["刘测试", "陈示范", "杨模拟"] {
                #expect(names.contains(name), "\(names)")
            }
            // Every row gives its district as 张店区.
            #expect(talents.allSatisfy { $0.districtCode == "370303" })
        }
    }
}

extension ImportCorpus {
    /// Imports `file` and expects exactly the `expected` problems (each found problem's
    /// reason contains the expected part), no talent written.
    static func expectRowsRefused(
        _ file: String, _ expected: [RowProblem],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await TestApp.run { app, _ in
            let outcome = try await ImportCorpus.run(try ImportCorpus.bytes(file), on: app)
            let summary = try #require(
                outcome.summary, "\(file) was refused whole: \(outcome.refusal?.message ?? "")",
                sourceLocation: sourceLocation)
            let found = outcome.rowProblems
            for problem in expected {
                #expect(
                    found.contains(where: { $0.matches(problem) }), "\(file): no \(problem) among \(found)",
                    sourceLocation: sourceLocation)
            }
            #expect(found.count == expected.count, "\(file): found \(found)", sourceLocation: sourceLocation)
            #expect(summary.rejected == Set(expected.map(\.row)).count, sourceLocation: sourceLocation)
            #expect(summary.wrote == false, sourceLocation: sourceLocation)
            #expect(summary.created == 0, sourceLocation: sourceLocation)
            #expect(try await Talent.query(on: app.db).count() == 0, sourceLocation: sourceLocation)
        }
    }
}
