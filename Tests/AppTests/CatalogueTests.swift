import Fluent
import Foundation
import Market
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// The urgent-need digital engineer catalogue (issue 18, M3: "每年度编制淄博市急需紧缺数字
/// 工程师目录"): employers declare, MIIT and HRSS compile and publish, a correction
/// supersedes an edition and both stay, and the yearly target counts one catalogue.
@Suite("Urgent-need catalogue: declarations, editions, the public catalogue")
struct CatalogueTests {
    typealias Flow = ApplicationWorkflowTests

    struct Market {
        var world: TrainingWorld
        var year: Int
        var employerA: HTTPHeaders
        var employerB: HTTPHeaders
        var industryOfficer: HTTPHeaders
        var otherOfficer: HTTPHeaders
        var organizationA: Organization

        static func make(_ app: Application) async throws -> Market {
            let world = try await TrainingWorld.make(app)
            let a = try await TestApp.makeOrganization(app, name: "淄博数智科技有限公司", serial: 21)
            let b = try await TestApp.makeOrganization(app, name: "齐鲁化工数字有限公司", serial: 22)
            let userA = try await TestApp.makeUser(app, role: .employer, email: "a@example.test", organization: a.id)
            let userB = try await TestApp.makeUser(app, role: .employer, email: "b@example.test", organization: b.id)
            let miit = try await TestApp.makeUser(app, role: .officer, email: "miit@example.test", department: "MIIT")
            let edu = try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU")
            return Market(
                world: world, year: app.clock.today.year, employerA: try await TrainingWorld.bearer(app, userA),
                employerB: try await TrainingWorld.bearer(app, userB),
                industryOfficer: try await TrainingWorld.bearer(app, miit),
                otherOfficer: try await TrainingWorld.bearer(app, edu), organizationA: a)
        }

        func send(_ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, _ body: [String: Any]? = nil)
            async throws -> TestingHTTPResponse
        {
            try await world.send(method, path, headers, body)
        }

        /// A declaration for the year, opened by `employer`; its id.
        func declaration(_ employer: HTTPHeaders) async throws -> String {
            let opened = try await send(.POST, "/api/v1/catalogue-declarations", employer, ["year": "\(year)"])
            #expect(opened.status == .created, "\(opened.body.string)")
            return try #require(try world.json(opened)["id"] as? String)
        }

        static func line(
            occupation: String = "2-02-38-03", chain: String = "next-gen-it", headcount: String = "3",
            payMin: String = "8000", payMax: String = "15000", urgency: String = "urgent"
        ) -> [String: Any] {
            [
                "occupation": occupation, "chain": chain, "headcount": headcount, "urgency": urgency,
                "payMinYuan": payMin, "payMaxYuan": payMax, "education": "bachelor", "skills": "Python、SQL",
                "experienceYears": "2",
            ]
        }

        func addLine(_ declaration: String, _ employer: HTTPHeaders, _ line: [String: Any] = line()) async throws
            -> TestingHTTPResponse
        {
            try await send(.POST, "/api/v1/catalogue-declarations/\(declaration)/lines", employer, line)
        }

        func m3(_ app: Application) async throws -> [String: Any] {
            let targets = try world.json(try await send(.GET, "/api/v1/targets?year=\(year)", [:]))
            return try #require(
                (targets["items"] as? [[String: Any]])?.first {
                    ($0["target"] as? [String: Any])?["id"] as? String == "m3-urgent-need-catalogue"
                })
        }
    }

    @Test func employersDeclareTheDepartmentsPublishAndTheTargetCountsOneCatalogue() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let a = try await market.declaration(market.employerA)
            let b = try await market.declaration(market.employerB)
            #expect(try await market.addLine(a, market.employerA).status == .created)
            #expect(
                try await market.addLine(b, market.employerB, Market.line(headcount: "5", urgency: "shortage")).status
                    == .created)
            #expect(
                try await market.addLine(b, market.employerB, Market.line(occupation: "2-02-38-04", headcount: "2"))
                    .status == .created)
            for (id, headers) in [(a, market.employerA), (b, market.employerB)] {
                let sent = try await market.send(.POST, "/api/v1/catalogue-declarations/\(id)/submit", headers)
                #expect(sent.status == .ok, "\(sent.body.string)")
                #expect(try (market.world.json(sent)["state"] as? String) == "submitted")
            }

            let compiled = try await market.send(
                .POST, "/api/v1/catalogue-editions", market.industryOfficer, ["year": "\(market.year)"])
            #expect(compiled.status == .created, "\(compiled.body.string)")
            let edition = try #require(try market.world.json(compiled)["id"] as? String)
            // a draft is the departments' only
            #expect(
                try await market.send(.GET, "/api/v1/catalogue-editions/\(edition)/entries", [:]).status == .notFound)
            let draft = try market.world.json(
                try await market.send(.GET, "/api/v1/catalogue-editions/\(edition)/entries", market.industryOfficer))
            let entries = try #require(draft["items"] as? [[String: Any]])
            #expect(entries.count == 2, "the two employers' 2-02-38-03 lines merge")
            let merged = try #require(
                entries.first { ($0["occupation"] as? [String: Any])?["code"] as? String == "2-02-38-03" })
            #expect(merged["headcount"] as? Int == 8 && merged["employerCount"] as? Int == 2)
            #expect(merged["urgency"] as? String == "shortage" && merged["payMinFen"] as? Int == 800_000)
            #expect(try await market.m3(app)["actual"] as? Int == 0)

            let published = try await market.send(
                .POST, "/api/v1/catalogue-editions/\(edition)/publish", market.industryOfficer, [:])
            #expect(published.status == .ok, "\(published.body.string)")
            #expect(try await market.m3(app)["actual"] as? Int == 1)
            #expect(try await market.m3(app)["met"] as? Bool == true)
            // published is for good
            #expect(
                try await market.send(
                    .POST, "/api/v1/catalogue-editions/\(edition)/publish", market.industryOfficer, [:]
                )
                .status == .conflict)
            #expect(
                try await market.send(.DELETE, "/api/v1/catalogue-editions/\(edition)", market.industryOfficer)
                    .status == .conflict)
            // what the API answers is what its document says
            let check = JSONSchemaCheck(
                document: try JSONValue.parse(try await app.get("/api/v1/openapi.json").body.string))
            for (path, template, headers) in [
                ("/api/v1/catalogue-editions", "/api/v1/catalogue-editions", HTTPHeaders()),
                (
                    "/api/v1/catalogue-editions/\(edition)/entries", "/api/v1/catalogue-editions/{id}/entries",
                    HTTPHeaders()
                ),
                ("/api/v1/catalogue-declarations/\(a)", "/api/v1/catalogue-declarations/{id}", market.employerA),
                (
                    "/api/v1/catalogue-declarations?year=\(market.year)", "/api/v1/catalogue-declarations",
                    market.industryOfficer
                ),
            ] {
                let response = try await market.send(.GET, path, headers)
                let schema = try #require(check.responseSchema(template, "get", "200"))
                #expect(check.problems(try JSONValue.parse(response.body.string), schema).isEmpty, "\(template)")
            }
            let public1 = try market.world.json(try await market.send(.GET, "/api/v1/catalogue-editions", [:]))
            #expect((public1["items"] as? [[String: Any]])?.count == 1)
            let page = try await app.get("/catalogue")
            #expect(page.status == .ok && page.text.contains("大数据工程技术人员") && page.text.contains("第 1 版"))
            #expect(try await app.get("/catalogue/\(market.year)?urgency=shortage").text.contains("显示 1 条，共 2 条"))
            let csv = try await app.get("/catalogue/\(market.year)/download?format=csv")
            #expect(csv.headers.contentType?.subType == "csv" && csv.text.contains("2-02-38-04"))
            let xlsx = try await app.get("/catalogue/\(market.year)/download?format=xlsx&chain=next-gen-it")
            #expect(xlsx.status == .ok && Array(xlsx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])

            // HRSS returns A's declaration; A corrects it; a second edition supersedes the first
            let returned = try await market.send(
                .POST, "/api/v1/catalogue-declarations/\(a)/return", market.world.officerHeaders,
                ["reason": "薪酬区间偏低，请核实"])
            #expect(returned.status == .ok, "\(returned.body.string)")
            #expect(try (market.world.json(returned)["state"] as? String) == "returned")
            let lineID = try #require(
                ((try market.world.json(returned)["lines"] as? [[String: Any]])?.first?["id"]) as? String)
            #expect(
                try await market.send(.DELETE, "/api/v1/catalogue-declarations/\(a)/lines/\(lineID)", market.employerA)
                    .status == .ok)
            #expect(
                try await market.addLine(a, market.employerA, Market.line(headcount: "6", payMin: "9000")).status
                    == .created)
            #expect(
                try await market.send(.POST, "/api/v1/catalogue-declarations/\(a)/submit", market.employerA).status
                    == .ok)
            let second = try market.world.json(
                try await market.send(
                    .POST, "/api/v1/catalogue-editions", market.world.officerHeaders, ["year": "\(market.year)"]))
            let secondID = try #require(second["id"] as? String)
            #expect(second["number"] as? Int == 2)
            // compiling again makes the same draft anew, not a third edition
            let again = try market.world.json(
                try await market.send(
                    .POST, "/api/v1/catalogue-editions", market.world.officerHeaders, ["year": "\(market.year)"]))
            #expect(again["id"] as? String == secondID && again["number"] as? Int == 2)
            #expect(try await CatalogueEntry.query(on: app.db).count() == 4, "2 entries in each edition")
            let noNote = try await market.send(
                .POST, "/api/v1/catalogue-editions/\(secondID)/publish", market.world.officerHeaders, [:])
            #expect(noNote.status == .unprocessableEntity, "\(noNote.body.string)")
            #expect(try (Flow.fields(market.world, noNote)["note"]) != nil)
            let corrected = try await market.send(
                .POST, "/api/v1/catalogue-editions/\(secondID)/publish", market.world.officerHeaders,
                ["note": "更正淄博数智科技需求人数"])
            #expect(corrected.status == .ok)
            #expect(try market.world.json(corrected)["supersedes"] as? String == edition)
            #expect(try await market.m3(app)["actual"] as? Int == 1, "a correction is the same year's catalogue")
            let both = try market.world.json(
                try await market.send(.GET, "/api/v1/catalogue-editions?year=\(market.year)", [:]))
            #expect((both["items"] as? [[String: Any]])?.map { $0["number"] as? Int } == [2, 1])
            let latest = try await app.get("/catalogue/\(market.year)")
            #expect(latest.text.contains("第 2 版") && latest.text.contains("更正淄博数智科技需求人数"))
            #expect(latest.text.contains("与第 1 版相比：新增 0 项，删除 0 项，调整 1 项"))
            try await TargetTests.expectMaintainedEqualsRebuilt(app, market.world)
        }
    }

    @Test func badLinesAreRefusedByFieldAndWriteNothing() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let a = try await market.declaration(market.employerA)
            let cases: [([String: Any], String, String)] = [
                (Market.line(occupation: "9-99-99-99"), "occupation", "职业不在职业分类大典中"),
                (Market.line(occupation: "2-02-02-03"), "occupation", "不是数字职业"),
                (Market.line(chain: "no-such-chain"), "chain", "产业链不在重点产业链名单中"),
                (Market.line(headcount: "0"), "headcount", "需求人数"),
                (Market.line(payMin: "15000", payMax: "8000"), "payMaxYuan", "月薪上限不能低于月薪下限"),
                (Market.line(payMax: "3000000"), "payMaxYuan", "不超过 300000 元"),
                (Market.line(payMin: "-5"), "payMinYuan", "月薪下限"),
                (Market.line(urgency: "very"), "urgency", "紧缺程度"),
            ]
            for (body, field, text) in cases {
                let refused = try await market.addLine(a, market.employerA, body)
                #expect(refused.status == .unprocessableEntity, "\(field): \(refused.body.string)")
                #expect(
                    try Flow.fields(market.world, refused)[field]?.contains(text) == true,
                    "\(field): \(refused.body.string)")
            }
            #expect(try await market.addLine(a, market.employerA).status == .created)
            let twice = try await market.addLine(a, market.employerA)
            #expect(twice.status == .unprocessableEntity, "\(twice.body.string)")
            #expect(try (Flow.fields(market.world, twice)["occupation"]) != nil)
            let lines = try await ShortageDeclarationLine.query(on: app.db).count()
            #expect(lines == 1, "no refused line was written")
            // one declaration a year; none for a year gone by
            let again = try await market.send(
                .POST, "/api/v1/catalogue-declarations", market.employerA, ["year": "\(market.year)"])
            #expect(again.status == .unprocessableEntity, "\(again.body.string)")
            #expect(try (Flow.fields(market.world, again)["year"]) != nil)
            let past = try await market.send(
                .POST, "/api/v1/catalogue-declarations", market.employerA, ["year": "\(market.year - 1)"])
            #expect(past.status == .unprocessableEntity)
            // an empty declaration is not sent, and stays a draft
            let b = try await market.declaration(market.employerB)
            let empty = try await market.send(.POST, "/api/v1/catalogue-declarations/\(b)/submit", market.employerB)
            #expect(empty.status == .unprocessableEntity, "\(empty.body.string)")
            #expect(try (Flow.fields(market.world, empty)["lines"]) != nil)
            let stored = try #require(try await ShortageDeclaration.find(UUID(uuidString: b), on: app.db))
            #expect(stored.state == .draft)
            // a submitted declaration does not change until it is returned
            #expect(
                try await market.send(.POST, "/api/v1/catalogue-declarations/\(a)/submit", market.employerA).status
                    == .ok)
            #expect(
                try await market.addLine(a, market.employerA, Market.line(chain: "artificial-intelligence")).status
                    == .conflict)
            // nothing to compile for a year without submitted declarations
            let nothing = try await market.send(
                .POST, "/api/v1/catalogue-editions", market.industryOfficer, ["year": "\(market.year + 1)"])
            #expect(nothing.status == .unprocessableEntity, "\(nothing.body.string)")
            #expect(try (Flow.fields(market.world, nothing)["year"]) != nil)
        }
    }

    @Test func onlyTheEmployerAndTheCatalogueDepartmentsSeeADeclaration() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let a = try await market.declaration(market.employerA)
            #expect(try await market.addLine(a, market.employerA).status == .created)
            // another employer: not there at all
            #expect(
                try await market.send(.GET, "/api/v1/catalogue-declarations/\(a)", market.employerB).status == .notFound
            )
            #expect(try await market.addLine(a, market.employerB).status == .notFound)
            let listB = try market.world.json(
                try await market.send(.GET, "/api/v1/catalogue-declarations", market.employerB))
            #expect((listB["items"] as? [[String: Any]])?.isEmpty == true)
            // an officer of another department, a provider, a talent, nobody signed in
            #expect(
                try await market.send(.GET, "/api/v1/catalogue-declarations", market.otherOfficer).status == .forbidden)
            #expect(
                try await market.send(.GET, "/api/v1/catalogue-declarations/\(a)", market.otherOfficer).status
                    == .forbidden)
            #expect(
                try await market.send(
                    .POST, "/api/v1/catalogue-editions", market.otherOfficer, ["year": "\(market.year)"]
                )
                .status == .forbidden)
            #expect(
                try await market.send(
                    .POST, "/api/v1/catalogue-declarations", market.world.providerHeaders, ["year": "\(market.year)"]
                )
                .status == .forbidden)
            #expect(try await market.send(.GET, "/api/v1/catalogue-declarations", [:]).status == .unauthorized)
            // the departments read it; they do not write an employer's lines
            #expect(
                try await market.send(.GET, "/api/v1/catalogue-declarations/\(a)", market.industryOfficer).status == .ok
            )
            #expect(try await market.addLine(a, market.industryOfficer).status == .forbidden)
            // an employer cannot return its own declaration
            #expect(
                try await market.send(.POST, "/api/v1/catalogue-declarations/\(a)/submit", market.employerA).status
                    == .ok)
            #expect(
                try await market.send(
                    .POST, "/api/v1/catalogue-declarations/\(a)/return", market.employerA, ["reason": "x"]
                )
                .status == .forbidden)
        }
    }

    @Test func anEmployerDeclaresOnThePageAndSeesTheRefusalsInPlace() async throws {
        try await TestApp.run { app, _ in
            let market = try await Market.make(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            let list = try await browser.get("/catalogue/declarations")
            #expect(list.status == .ok && list.text.contains("开始申报"))
            let opened = try await browser.post("/catalogue/declarations", ["year": "\(market.year)"])
            #expect(opened.status == .seeOther || opened.status == .found, "\(opened.body.string)")
            let path = try #require(opened.headers.first(name: .location))
            let page = try await browser.get(path)
            #expect(page.text.contains("还没有需求") && page.text.contains("2-02-38-03 大数据工程技术人员"))
            let bad = try await browser.post(
                path + "/lines",
                [
                    "occupation": "2-02-38-03 大数据工程技术人员", "chain": "next-gen-it", "headcount": "3",
                    "urgency": "urgent", "payMinYuan": "20000", "payMaxYuan": "9000",
                ])
            #expect(bad.status == .unprocessableEntity && bad.text.contains("月薪上限不能低于月薪下限"))
            #expect(bad.text.contains("value=\"20000\""), "what was typed is kept")
            let good = try await browser.post(
                path + "/lines",
                [
                    "occupation": "2-02-38-03 大数据工程技术人员", "chain": "next-gen-it", "headcount": "3",
                    "urgency": "urgent", "payMinYuan": "9000", "payMaxYuan": "20000",
                    // a browser sends a textarea's lines with CR LF
                    "skills": "Hadoop\r\nSpark",
                ])
            #expect(good.status == .seeOther || good.status == .found)
            let after = try await browser.get(try #require(good.headers.first(name: .location)))
            #expect(after.text.contains("需求已添加"))
            #expect(after.text.contains("9,000–20,000"))
            #expect(after.text.contains("Hadoop、Spark"))
            let sent = try await browser.post(path + "/submit", [:])
            #expect(sent.status == .seeOther || sent.status == .found)
            let submitted = try await browser.get(try #require(sent.headers.first(name: .location)))
            #expect(submitted.text.contains("申报已提交") && !submitted.text.contains("id=\"line-form\""))
        }
    }
}
