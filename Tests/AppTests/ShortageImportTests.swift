import Fluent
import Foundation
import Market
import Organizations
import SiteKit
import Spreadsheet
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// 需求申报导入 (issue 18, M3): the catalogue's departments import the declarations they
/// collected offline with the talent import's conventions — GB18030 or UTF-8 CSV or XLSX,
/// Chinese headers, every refused row named, nothing written unless all rows are valid
/// (or the valid ones only, when asked).
@Suite("Urgent-need catalogue: importing collected declarations")
struct ShortageImportTests {
    typealias Market = CatalogueTests.Market

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func csv(_ rows: [String]) throws -> [UInt8] {
        let text =
            (["统一社会信用代码,单位名称,职业,产业链,需求人数,紧缺程度,学历要求,工作经验,月薪下限,月薪上限,技能要求"] + rows)
            .joined(separator: "\r\n")
        return [UInt8](try #require(text.data(using: gb18030)))
    }

    func upload(_ market: Market, _ bytes: [UInt8], partial: Bool = false, headers: HTTPHeaders? = nil)
        async throws -> TestingHTTPResponse
    {
        var headers = headers ?? market.industryOfficer
        headers.contentType = HTTPMediaType(type: "text", subType: "csv")
        return try await market.world.app.testing().sendRequest(
            .POST, "/api/v1/catalogue-declarations/import?year=\(market.year)&partial=\(partial)", headers: headers,
            body: ByteBuffer(bytes: bytes))
    }

    @Test func anAtomicImportWithOneBadRowWritesNothingAndNamesTheRowAndColumn() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let a = market.organizationA
            let b = try #require(try await Organization.query(on: app.db).filter(\.$name == "齐鲁化工数字有限公司").first())
            let file = try Self.csv([
                "\(a.creditCode),\(a.name),2-02-38-03,新一代信息技术,5,急需,本科及以上,2,9000,18000,Python、SQL",
                "\(a.creditCode),,大数据工程技术人员,artificial-intelligence,3,紧缺,硕士,,12000,25000,",
                "\(b.creditCode),齐鲁化工,2-02-38-03,新一代信息技术,4,一般,不限,,8000,12000,",
                "\(b.creditCode),,2-02-38-04,新一代信息技术,2,急需,,,15000,9000,",
                "91370303MA00000000,,2-02-38-04,新一代信息技术,2,急需,,,8000,9000,",
                ",,,,,,,,,,",
            ])
            let refused = try await upload(market, file)
            #expect(refused.status == .unprocessableEntity, "\(refused.body.string)")
            let summary = try market.world.json(refused)
            #expect(summary["written"] as? Bool == false && summary["rows"] as? Int == 5)
            #expect(summary["rejected"] as? Int == 3)
            let problems = try #require(summary["problems"] as? [[String: Any]])
            let places = problems.map { "\($0["row"] as? Int ?? 0) \($0["column"] as? String ?? "")" }
            #expect(places.contains("4 单位名称"), "\(places)")
            #expect(places.contains("5 月薪上限（元）"), "\(places)")
            #expect(places.contains("6 统一社会信用代码"), "\(places)")
            #expect(try await ShortageDeclaration.query(on: app.db).count() == 0, "nothing was written")

            // the valid rows only, when asked: two of A's, each employer's declaration submitted
            let kept = try await upload(market, file, partial: true)
            #expect(kept.status == .ok, "\(kept.body.string)")
            let written = try market.world.json(kept)
            #expect(written["written"] as? Bool == true && written["lines"] as? Int == 2)
            #expect(written["declarations"] as? Int == 1)
            let declaration = try #require(
                try await ShortageDeclaration.query(on: app.db).filter(\.$organization.$id == a.requireID())
                    .with(\.$lines).first())
            #expect(declaration.state == .submitted && declaration.lines.count == 2)
            let second = try #require(declaration.lines.first { $0.chainCode == "artificial-intelligence" })
            #expect(second.occupationCode == "2-02-38-03" && second.urgency == .shortage && second.education == .master)
            // A's declaration is submitted now: importing it again is refused by row
            let again = try await upload(
                market,
                try Self.csv([
                    "\(a.creditCode),,2-02-38-05,新一代信息技术,1,一般,,,8000,9000,"
                ]))
            #expect(again.status == .unprocessableEntity)
            let problem = try #require((try market.world.json(again)["problems"] as? [[String: Any]])?.first)
            #expect((problem["message"] as? String)?.contains("已提交") == true)
        }
    }

    @Test func anExcelFileWithUnknownOrMissingColumnsIsRefusedWhole() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let a = market.organizationA
            let workbook = XLSXWriter.workbook(
                sheetName: "需求",
                rows: [
                    ShortageImportColumn.allCases.map(\.header),
                    [
                        a.creditCode, a.name, "2-02-38-03", "next-gen-it", "5", "urgent", "bachelor", "1", "9000",
                        "18000", "Java",
                    ],
                ])
            let ok = try await upload(market, workbook)
            #expect(ok.status == .ok, "\(ok.body.string)")
            #expect(try market.world.json(ok)["lines"] as? Int == 1)
            #expect(try market.world.json(ok)["ignoredColumns"] as? [String] == [])

            // A column the import does not read is ignored; when a required one is missing,
            // the refusal names it and the columns not recognised (often the same, misspelt).
            let unknown = try await upload(market, Array("统一社会信用代码,职业,产业链,需求人数,紧急程度,月薪下限,月薪上限,备注\r\n".utf8))
            #expect(unknown.status == .unprocessableEntity)
            let message = try #require(try CatalogueTests.Flow.fields(market.world, unknown)["file"])
            #expect(message.contains("紧缺程度") && message.contains("紧急程度、备注"), "\(message)")
            let missing = try await upload(market, Array("统一社会信用代码,职业\r\n".utf8))
            #expect(try CatalogueTests.Flow.fields(market.world, missing)["file"]?.contains("产业链") == true)
            // only the catalogue's departments import
            #expect(try await upload(market, workbook, headers: market.otherOfficer).status == .forbidden)
            #expect(try await upload(market, workbook, headers: market.employerA).status == .forbidden)
        }
    }

    @Test func theImportPageShowsEveryRefusedRow() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "miit@example.test")
            let page = try await browser.get("/catalogue/declarations/import")
            #expect(page.status == .ok && page.text.contains("下载模板"))
            let template = try await browser.get("/catalogue/declarations/import/template.xlsx")
            #expect(Array(template.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            let result = try await browser.upload(
                "/catalogue/declarations/import",
                file: try Self.csv(["\(market.organizationA.creditCode),,9-99-99-99,新一代信息技术,5,急需,,,9000,18000,"]),
                named: "需求.csv", fields: ["year": "\(market.year)"])
            #expect(result.status == .unprocessableEntity)
            #expect(result.text.contains("id=\"import-problems\"") && result.text.contains("职业不在职业分类大典中"))
            #expect(result.text.contains("未导入任何数据"))
        }
    }
}
