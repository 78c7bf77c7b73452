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

/// 工资价位 (issue 18, M9: "发布数字职业工资价位信息"): employers report each employee's
/// annual pay; HRSS publishes the year's percentiles; a cell of fewer than 5 enterprises
/// or 10 employees is nowhere shown or downloadable; no employer sees another's report.
@Suite("Wage price information: reports, publishing, suppression")
struct WageTests {
    typealias Flow = ApplicationWorkflowTests

    struct Employers {
        var world: TrainingWorld
        var headers: [HTTPHeaders]
        var organizations: [Organization]
        var year: Int

        static func make(_ app: Application, count: Int = 6) async throws -> Employers {
            let world = try await TrainingWorld.make(app)
            var headers: [HTTPHeaders] = []
            var organizations: [Organization] = []
            for index in 1...count {
                let organization = try await TestApp.makeOrganization(app, name: "数字企业\(index)", serial: 40 + index)
                organization.chainCode = "next-gen-it"
                try await organization.save(on: app.db)
                let user = try await TestApp.makeUser(
                    app, role: .employer, email: "w\(index)@example.test", organization: organization.id)
                headers.append(try await TrainingWorld.bearer(app, user))
                organizations.append(organization)
            }
            return Employers(
                world: world, headers: headers, organizations: organizations, year: app.clock.today.year - 1)
        }

        /// Employer `index` reports `pays` (yuan) in each of `occupations`, and submits.
        @discardableResult
        func report(_ index: Int, _ pays: [Int], occupations: [String], year: Int? = nil) async throws -> String {
            let opened = try await world.send(
                .POST, "/api/v1/wage-reports", headers[index], ["year": "\(year ?? self.year)"])
            #expect(opened.status == .created, "\(opened.body.string)")
            let id = try #require(try world.json(opened)["id"] as? String)
            for occupation in occupations {
                let added = try await world.send(
                    .POST, "/api/v1/wage-reports/\(id)/employees", headers[index],
                    ["occupation": occupation, "pays": pays.map(String.init).joined(separator: "\n")])
                #expect(added.status == .created, "\(added.body.string)")
            }
            #expect(try await world.send(.POST, "/api/v1/wage-reports/\(id)/submit", headers[index]).status == .ok)
            return id
        }
    }

    @Test func aCellOfFourEnterprisesIsNowhereVisibleOrDownloadable() async throws {
        try await TestApp.run { app, _ in
            let e = try await Employers.make(app)
            // 大数据 (2-02-38-03): 5 employers × 2 = 10 employees, shown; 云计算 (2-02-38-04): 4 employers × 3
            for index in 0..<5 {
                try await e.report(
                    index, [100_000 + index * 10_000, 150_000 + index * 10_000],
                    occupations: index < 4 ? ["2-02-38-03", "2-02-38-04"] : ["2-02-38-03"])
            }
            try await TestApp.makeUser(app, role: .officer, email: "hrss@example.test", department: "HRSS")
            let published = try await e.world.send(
                .POST, "/api/v1/wage-years/\(e.year)/publish", e.world.officerHeaders)
            #expect(published.status == .ok, "\(published.body.string)")
            #expect(try e.world.json(published)["employees"] as? Int == 18)

            let cells = try #require(
                try e.world.json(try await e.world.send(.GET, "/api/v1/wage-years/\(e.year)/cells", [:]))["items"]
                    as? [[String: Any]])
            let bigData = try #require(
                cells.first {
                    ($0["occupation"] as? [String: Any])?["code"] as? String == "2-02-38-03"
                        && $0["dimension"] as? String == "occupation"
                })
            #expect(bigData["suppressed"] as? Bool == false)
            // 10 pays 100,000…190,000 (two per employer, 10,000 apart): the median is 145,000 yuan
            #expect((bigData["annualPayFen"] as? [String: Any])?["p50"] as? Int == 14_500_000)
            let cloud = try #require(
                cells.first {
                    ($0["occupation"] as? [String: Any])?["code"] as? String == "2-02-38-04"
                        && $0["dimension"] as? String == "occupation"
                })
            #expect(
                cloud["suppressed"] as? Bool == true && cloud["annualPayFen"] == nil && cloud["employers"] as? Int == 4)

            let page = try await app.get("/wages/\(e.year)")
            #expect(page.status == .ok && page.text.contains("145,000") && page.text.contains("<svg"))
            let section = try #require(page.text.components(separatedBy: "data-occupation=\"2-02-38-04\"").last)
            #expect(section.contains("样本不足"))
            // none of the cloud employers' pays, nor any figure of its cells, appears anywhere
            let csv = try await app.get("/wages/\(e.year)/download?format=csv").text
            let json = try await app.get("/wages/\(e.year)/download?format=json").text
            for row in csv.split(separator: "\n") where row.contains("2-02-38-04") {
                #expect(row.contains("不公布") && !row.contains("100000") && !row.contains("130000"), "\(row)")
            }
            #expect(!json.contains("13000000"), "no figure of the suppressed cells in the JSON")
            #expect(try await app.get("/wages/\(e.year)/download?format=xlsx").status == .ok)
            // the chain cell (the same 5 employers of 大数据) is shown; the year is closed
            let late = try await e.world.send(.POST, "/api/v1/wage-reports", e.headers[5], ["year": "\(e.year)"])
            #expect(late.status == .unprocessableEntity)
            #expect(try Flow.fields(e.world, late)["year"]?.contains("已发布") == true)

            // a year later the page says how the median moved: 145,000 → 159,500 is +10 %
            for index in 0..<5 {
                try await e.report(
                    index, [110_000 + index * 11_000, 165_000 + index * 11_000], occupations: ["2-02-38-03"],
                    year: e.year + 1)
            }
            #expect(
                try await e.world.send(.POST, "/api/v1/wage-years/\(e.year + 1)/publish", e.world.officerHeaders).status
                    == .ok)
            let next = try await app.get("/wages?occupation=2-02-38-03")
            #expect(next.text.contains("中位数较上年（145,000 元）上升 10%"), "\(next.text)")
        }
    }

    @Test func badPayIsRefusedByItsPlaceInTheListAndNothingIsWritten() async throws {
        try await TestApp.run { app, _ in
            let e = try await Employers.make(app, count: 2)
            let opened = try await e.world.send(.POST, "/api/v1/wage-reports", e.headers[0], ["year": "\(e.year)"])
            let id = try #require(try e.world.json(opened)["id"] as? String)
            for (pays, text) in [
                ("120000\n0", "第 2 个年薪“0”无效"), ("120000, -5", "第 2 个年薪“-5”无效"),
                ("abc", "第 1 个年薪“abc”无效"), ("3600000.01", "不超过 3600000 元"), ("", "每名职工的年薪"),
            ] {
                let refused = try await e.world.send(
                    .POST, "/api/v1/wage-reports/\(id)/employees", e.headers[0],
                    ["occupation": "2-02-38-03", "pays": pays])
                #expect(refused.status == .unprocessableEntity, "\(pays)")
                #expect(
                    try Flow.fields(e.world, refused)["pays"]?.contains(text) == true, "\(pays): \(refused.body.string)"
                )
            }
            let notDigital = try await e.world.send(
                .POST, "/api/v1/wage-reports/\(id)/employees", e.headers[0], ["occupation": "2-02-02-03", "pays": "1"])
            #expect(try Flow.fields(e.world, notDigital)["occupation"] != nil)
            #expect(try await WageEntry.query(on: app.db).count() == 0)
            // one report a year; not a year to come; an empty report is not sent
            let twice = try await e.world.send(.POST, "/api/v1/wage-reports", e.headers[0], ["year": "\(e.year)"])
            #expect(try Flow.fields(e.world, twice)["year"] != nil)
            #expect(
                try await e.world.send(.POST, "/api/v1/wage-reports", e.headers[0], ["year": "\(e.year + 2)"]).status
                    == .unprocessableEntity)
            let empty = try await e.world.send(.POST, "/api/v1/wage-reports/\(id)/submit", e.headers[0])
            #expect(try Flow.fields(e.world, empty)["employees"] != nil)
        }
    }

    @Test func noEmployerSeesAnothersReportAndOnlyTheWageDepartmentsPublish() async throws {
        try await TestApp.run { app, _ in
            let e = try await Employers.make(app, count: 2)
            let id = try await e.report(0, [120_000], occupations: ["2-02-38-03"])
            #expect(try await e.world.send(.GET, "/api/v1/wage-reports/\(id)", e.headers[1]).status == .notFound)
            let list = try e.world.json(try await e.world.send(.GET, "/api/v1/wage-reports", e.headers[1]))
            #expect((list["items"] as? [[String: Any]])?.isEmpty == true)
            // the employer's own list counts its employees without listing their pay
            let mine = try #require(
                try e.world.json(try await e.world.send(.GET, "/api/v1/wage-reports", e.headers[0]))["items"]
                    as? [[String: Any]])
            #expect(mine.count == 1 && mine[0]["employees"] as? Int == 1 && mine[0]["groups"] == nil)
            let own = try e.world.json(try await e.world.send(.GET, "/api/v1/wage-reports/\(id)", e.headers[0]))
            #expect(((own["groups"] as? [[String: Any]])?.first?["annualPayFen"] as? [Int]) == [12_000_000])
            let edu = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU"))
            #expect(try await e.world.send(.GET, "/api/v1/wage-reports", edu).status == .forbidden)
            #expect(try await e.world.send(.GET, "/api/v1/wage-reports/\(id)", edu).status == .forbidden)
            #expect(try await e.world.send(.POST, "/api/v1/wage-years/\(e.year)/publish", edu).status == .forbidden)
            // the years page is every department's to read, the wage departments' to publish
            let eduBrowser = Browser(app)
            _ = try await TestApp.signIn(eduBrowser, "edu@example.test")
            let years = try await eduBrowser.get("/wages/years")
            #expect(
                years.status == .ok
                    && !years.text.contains("<form class=\"inline-form\" method=\"post\" action=\"/wages/years\""))
            #expect(
                try await e.world.send(.POST, "/api/v1/wage-years/\(e.year)/publish", e.headers[0]).status == .forbidden
            )
            #expect(try await e.world.send(.GET, "/api/v1/wage-reports/\(id)", e.world.officerHeaders).status == .ok)
            // a submitted report changes only when taken back
            #expect(
                try await e.world.send(
                    .POST, "/api/v1/wage-reports/\(id)/employees", e.headers[0],
                    ["occupation": "2-02-38-03", "pays": "1"]
                ).status == .conflict)
            #expect(try await e.world.send(.POST, "/api/v1/wage-reports/\(id)/withdraw", e.headers[0]).status == .ok)
            // a level that is not one removes nothing (it is not read as "no level")
            let bogus = try await e.world.send(
                .DELETE, "/api/v1/wage-reports/\(id)/employees?occupation=2-02-38-03&skillLevel=bogus", e.headers[0])
            // (refused before the handler, as the API document's enum says: `QueryContract`)
            #expect(bogus.status == .badRequest && bogus.body.string.contains("skillLevel"))
            #expect(try await WageEntry.query(on: app.db).count() == 1)
            let removed = try await e.world.send(
                .DELETE, "/api/v1/wage-reports/\(id)/employees?occupation=2-02-38-03", e.headers[0])
            #expect(removed.status == .ok)
            #expect(try await WageEntry.query(on: app.db).count() == 0)
        }
    }

    @Test func anEmployerReportsOnThePageAndSeesItsOwnMedian() async throws {
        try await TestApp.run { app, _ in
            let e = try await Employers.make(app, count: 1)
            let opened = try await e.world.send(.POST, "/api/v1/wage-reports", e.headers[0], ["year": "\(e.year)"])
            #expect(opened.status == .created)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "w1@example.test")
            let list = try await browser.get("/wages/reports")
            #expect(list.status == .ok && list.text.contains("数字企业1"))
            let report = try #require(
                try await WageReport.query(on: app.db).filter(\.$organization.$id == e.organizations[0].requireID())
                    .first())
            let path = "/wages/reports/\(try report.requireID())"
            _ = try await browser.get(path)
            let bad = try await browser.post(
                path + "/employees", ["occupation": "2-02-38-03 大数据工程技术人员", "pays": "100000\n-1"])
            #expect(bad.status == .unprocessableEntity && bad.text.contains("第 2 个年薪"))
            let good = try await browser.post(
                path + "/employees", ["occupation": "2-02-38-03 大数据工程技术人员", "pays": "100000\r\n120000"])
            let after = try await browser.get(try #require(good.headers.first(name: .location)))
            #expect(
                after.text.contains("职工工资已添加") && after.text.contains("110,000"), "own median of 100,000 and 120,000")
            let sent = try await browser.post(path + "/submit", [:])
            #expect(try await browser.get(try #require(sent.headers.first(name: .location))).text.contains("报送已提交"))
        }
    }
}
