import Fluent
import Foundation
import Market
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// 供需图谱 (issue 18): the year's published catalogue and open posts (demand) against the
/// pool's talents of each occupation (supply, counted by `SupplyTallies`), per key chain
/// and in total, for administrators and officers — as the API answers it, as the page
/// shows it with its suggestions, and as it downloads.
@Suite("Supply and demand map: demand, supply, gap, suggestions, recount")
struct SupplyDemandMapTests {
    static let occupation = "2-02-38-03"
    static let rowKeys = [
        "catalogue", "posts", "demand", "supply", "qualified", "unattached", "inTraining", "trained", "openPrograms",
        "gap",
    ]
    static let chainKeys = ["catalogue", "posts", "talents", "qualified", "gap"]

    @Test func theMapAddsCatalogueAndOpenPostsAndCountsTheChainsTalentsAndTheUnattached() async throws {
        try await TestApp.run { app, _ in
            let map = try await SupplyDemandWorld.make(app)
            let check = JSONSchemaCheck(
                document: try JSONValue.parse(try await app.get("/api/v1/openapi.json").body.string))
            let schema = try #require(check.responseSchema("/api/v1/supply-demand", "get", "200"))

            // before the pool is counted: the demand is there, no supply yet
            let uncounted = try await map.read()
            #expect(uncounted["year"] as? Int == map.year)
            #expect(uncounted["countedAt"] as? String == nil)
            let early = try #require(Self.row(uncounted, Self.occupation))
            #expect(
                Self.figures(early, Self.rowKeys) == [
                    "catalogue": 7, "posts": 3, "demand": 10, "supply": 0, "qualified": 0, "unattached": 0,
                    "inTraining": 0, "trained": 0, "openPrograms": 0, "gap": 10,
                ])
            #expect(try await map.problems(check, schema).isEmpty)

            try await SupplyTallies.recount(on: app.db, at: app.clock.now)
            let counted = try await map.read()
            #expect(counted["year"] as? Int == map.year)
            #expect(counted["countedAt"] as? String != nil)
            // 2-02-38-04 has a talent but nobody asks for it: not on the map
            let occupations = try #require(counted["occupations"] as? [[String: Any]])
            #expect(occupations.map { $0["occupation"] as? String } == [Self.occupation])
            let row = try #require(occupations.first)
            // demand 5 + 2 (catalogue) + 3 (post) = 10; supply 2 in next-gen-it + 2 in no key chain = 4
            #expect(
                Self.figures(row, Self.rowKeys) == [
                    "catalogue": 7, "posts": 3, "demand": 10, "supply": 4, "qualified": 1, "unattached": 2,
                    "inTraining": 0, "trained": 0, "openPrograms": 0, "gap": 6,
                ])
            let chains = Self.chains(row)
            #expect(chains.map { $0["chain"] as? String } == ["artificial-intelligence", "next-gen-it"])
            #expect(
                chains.map { Self.figures($0, Self.chainKeys) } == [
                    ["catalogue": 2, "posts": 0, "talents": 0, "qualified": 0, "gap": 2],
                    // the unattached count in the row's gap (6), not in the chain's (8 − 2)
                    ["catalogue": 5, "posts": 3, "talents": 2, "qualified": 1, "gap": 6],
                ])
            #expect(try await map.problems(check, schema).isEmpty)

            // a post naming no chain (its employer has none) is demand in a cell without one, last
            _ = try await map.zone.publishedPost(
                map.zone.employerA, ["title": "数据分析实习生", "chain": "", "headcount": "1"])
            let reread = try await map.read()
            let open = try #require(Self.row(reread, Self.occupation))
            #expect(
                Self.figures(open, ["posts", "demand", "supply", "gap"]) == [
                    "posts": 4, "demand": 11, "supply": 4, "gap": 7,
                ])
            let withNone = Self.chains(open)
            #expect(withNone.map { $0["chain"] as? String } == ["artificial-intelligence", "next-gen-it", nil])
            #expect(
                withNone.last.map { Self.figures($0, Self.chainKeys) }
                    == ["catalogue": 0, "posts": 1, "talents": 0, "qualified": 0, "gap": 1],
                "talents employed in no key chain stay on the row, not in this cell")
            #expect(try await map.problems(check, schema).isEmpty)
        }
    }

    @Test func onlyAdministratorsAndOfficersReadTheMapForAYearItKnows() async throws {
        try await TestApp.run { app, _ in
            let map = try await SupplyDemandWorld.make(app)
            let path = "/api/v1/supply-demand"
            let talent = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .talent, email: "t@example.test"))
            let admin = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .admin, email: "admin@example.test"))
            let education = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU"))

            #expect(try await map.zone.send(.GET, path, map.zone.employerA).status == .forbidden)
            #expect(try await map.zone.send(.GET, path, talent).status == .forbidden)
            #expect(try await map.zone.send(.GET, path, map.zone.world.providerHeaders).status == .forbidden)
            #expect(try await map.zone.send(.GET, path, [:]).status == .unauthorized)
            // every department's officers and the administrators
            for headers in [admin, education, map.officer] {
                let response = try await map.zone.send(.GET, path, headers)
                #expect(response.status == .ok, "\(response.body.string)")
                #expect(Self.row(try map.zone.world.json(response), Self.occupation) != nil)
            }

            for year in ["1999", "2024", "\(map.year + 2)", "abc"] {
                let refused = try await map.zone.send(.GET, "\(path)?year=\(year)", map.officer)
                #expect(refused.status == .badRequest, "\(year): \(refused.body.string)")
                #expect(refused.text.contains("参数 year"), "\(year): the problem names the parameter")
            }
            // next year is known, and has no catalogue yet
            let next = try await map.read("?year=\(map.year + 1)")
            #expect(next["year"] as? Int == map.year + 1)
            #expect((Self.row(next, Self.occupation)?["catalogue"] as? Int ?? 0) == 0)
            #expect(try await map.figures(in: "?year=\(map.year)")?["demand"] == 10)

            // the page and its download are theirs only too
            let employer = Browser(app)
            _ = try await TestApp.signIn(employer, "a@example.test")
            #expect(try await employer.get("/market/map").status == .forbidden)
            #expect(try await employer.get("/market/map/download?format=csv").status == .forbidden)
        }
    }

    @Test func thePageShowsTheOccupationSuggestsAProgrammeAndDownloads() async throws {
        try await TestApp.run { app, _ in
            let map = try await SupplyDemandWorld.make(app)
            try await SupplyTallies.recount(on: app.db, at: app.clock.now)
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")

            let page = try await officer.get("/market/map")
            #expect(page.status == .ok, "\(page.body.string.prefix(300))")
            #expect(page.text.contains("data-occupation=\"\(Self.occupation)\""))
            #expect(page.text.contains("大数据工程技术人员"))
            // a gap of 6 and no programme open for it: open one
            #expect(page.text.contains("data-suggestion=\"open-program\""))
            #expect(page.text.contains("href=\"/training/programs/new?occupation=\(Self.occupation)\""))
            #expect(!page.text.contains("data-suggestion=\"train-more\""))

            let detail = try await officer.get("/market/map?occupation=\(Self.occupation)")
            #expect(detail.status == .ok)
            #expect(detail.text.contains("id=\"map-detail\"") && detail.text.contains("id=\"map-no-programs\""))
            #expect(try await officer.get("/market/map?occupation=NOT-THERE").status == .notFound)
            // an occupation with talents but no demand is not on the map either
            #expect(try await officer.get("/market/map?occupation=2-02-38-04").status == .notFound)
            #expect(try await officer.get("/market/map?year=1999").status == .badRequest)

            let csv = try await officer.get("/market/map/download?year=\(map.year)&format=csv")
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            #expect(csv.text.contains(Self.occupation))
            #expect(csv.text.contains("2-02-38-03,大数据工程技术人员,全部产业链,7,3,10,4,1,0,0,0,6\r\n"))
            #expect(csv.text.contains("2-02-38-03,大数据工程技术人员,新一代信息技术,5,3,8,2,1,,,,6\r\n"))
            #expect(csv.text.contains("2-02-38-03,大数据工程技术人员,人工智能,2,0,2,0,0,,,,2\r\n"))
            let file = csv.headers.first(name: .contentDisposition)
            #expect(file == "attachment; filename=\"supply-demand-\(map.year).csv\"", "one extension")
            let xlsx = try await officer.get("/market/map/download?format=xlsx")
            #expect(xlsx.status == .ok && Array(xlsx.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            #expect(try await officer.get("/market/map/download?format=pdf").status == .badRequest)

            // once a programme for it is open, the suggestion is to train more (none in training yet)
            _ = try await map.zone.world.openProgram()
            #expect(try await map.figures(in: "")?["openPrograms"] == 1)
            let after = try await officer.get("/market/map")
            #expect(after.text.contains("data-suggestion=\"train-more\""))
            #expect(!after.text.contains("data-suggestion=\"open-program\""))
        }
    }

    @Test func theSupplyIsTheLastCountsSnapshotAndARecountTakesAProfileChange() async throws {
        try await TestApp.run { app, _ in
            let map = try await SupplyDemandWorld.make(app)
            try await SupplyTallies.recount(on: app.db, at: app.clock.now)
            let counted = try await map.figures(in: "")
            #expect(counted?["supply"] == 4 && counted?["unattached"] == 2 && counted?["gap"] == 6)

            // the unattached 王自由 now works as 2-02-38-04 instead
            let id = try map.unattached.requireID()
            let changed = try await map.zone.send(
                .PUT, "/api/v1/talents/\(id)", map.officer,
                ["name": "王自由", "districtCode": "370303", "occupations": ["2-02-38-04"]])
            #expect(changed.status == .ok, "\(changed.body.string)")
            #expect(try await map.figures(in: "") == counted, "the count is a snapshot: not yet")
            // the sweep leaves a count younger than 15 minutes alone
            try await SupplyTallies.refreshIfStale(app, now: app.clock.now.addingTimeInterval(60))
            #expect(try await map.figures(in: "") == counted)

            // an officer counts now, from the page
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let page = try await officer.get("/market/map")
            #expect(page.text.contains("id=\"map-recount\""))
            let recounted = try await officer.post("/market/map/recount", [:])
            #expect(recounted.status == .seeOther || recounted.status == .found, "\(recounted.body.string)")
            let location = try #require(recounted.headers.first(name: .location))
            #expect(try await officer.get(location).text.contains("已重新统计人才库"))
            let after = try await map.figures(in: "")
            #expect(after?["supply"] == 3 && after?["unattached"] == 1 && after?["gap"] == 7)
            #expect(after?["catalogue"] == 7 && after?["posts"] == 3, "demand is read as it stands")

            // and back: a count older than 15 minutes is renewed by the sweep
            let back = try await map.zone.send(
                .PUT, "/api/v1/talents/\(id)", map.officer,
                ["name": "王自由", "districtCode": "370303", "occupations": [Self.occupation]])
            #expect(back.status == .ok, "\(back.body.string)")
            #expect(try await map.figures(in: "")?["supply"] == 3)
            try await SupplyTallies.refreshIfStale(app, now: app.clock.now.addingTimeInterval(16 * 60))
            #expect(try await map.figures(in: "")?["supply"] == 4)
        }
    }

    // MARK: - Reading the answer

    static func row(_ map: [String: Any], _ occupation: String) -> [String: Any]? {
        (map["occupations"] as? [[String: Any]])?.first { $0["occupation"] as? String == occupation }
    }

    static func chains(_ row: [String: Any]) -> [[String: Any]] {
        row["chains"] as? [[String: Any]] ?? []
    }

    /// The whole-number properties `keys` of `object`, by name.
    static func figures(_ object: [String: Any], _ keys: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: keys.compactMap { key in (object[key] as? Int).map { (key, $0) } })
    }
}

/// The job zone's officer, campaign and employers, with a published catalogue and a post
/// for 大数据 (2-02-38-03) and five talents:
///
/// | | catalogue | post | talents (qualified) |
/// |---|---|---|---|
/// | next-gen-it | 5 | 3 | 张链一 (skill level), 张链二 — employed by an organisation of the chain |
/// | artificial-intelligence | 2 | — | — |
/// | no key chain | — | — | 李无链 (employer without a chain), 王自由 (no employer) |
///
/// and 赵云算, 2-02-38-04 in next-gen-it, an occupation nobody asks for.
struct SupplyDemandWorld {
    var app: Application
    var zone: JobZone
    var year: Int
    /// 王自由: 2-02-38-03, no employer.
    var unattached: Talent

    var officer: HTTPHeaders { zone.world.officerHeaders }

    static func make(_ app: Application) async throws -> SupplyDemandWorld {
        let zone = try await JobZone.make(app)
        let year = app.clock.today.year
        let occupation = SupplyDemandMapTests.occupation

        // the catalogue: employer A declares, HRSS compiles and publishes
        let opened = try await zone.send(.POST, "/api/v1/catalogue-declarations", zone.employerA, ["year": "\(year)"])
        #expect(opened.status == .created, "\(opened.body.string)")
        let declaration = try #require(try zone.world.json(opened)["id"] as? String)
        for (chain, headcount) in [("next-gen-it", "5"), ("artificial-intelligence", "2")] {
            let added = try await zone.send(
                .POST, "/api/v1/catalogue-declarations/\(declaration)/lines", zone.employerA,
                [
                    "occupation": occupation, "chain": chain, "headcount": headcount, "urgency": "urgent",
                    "payMinYuan": "8000", "payMaxYuan": "15000", "education": "bachelor", "skills": "Python、SQL",
                    "experienceYears": "2",
                ])
            #expect(added.status == .created, "\(added.body.string)")
        }
        let submitted = try await zone.send(
            .POST, "/api/v1/catalogue-declarations/\(declaration)/submit", zone.employerA)
        #expect(submitted.status == .ok, "\(submitted.body.string)")
        let compiled = try await zone.send(
            .POST, "/api/v1/catalogue-editions", zone.world.officerHeaders, ["year": "\(year)"])
        #expect(compiled.status == .created, "\(compiled.body.string)")
        let edition = try #require(try zone.world.json(compiled)["id"] as? String)
        let published = try await zone.send(
            .POST, "/api/v1/catalogue-editions/\(edition)/publish", zone.world.officerHeaders, [:])
        #expect(published.status == .ok, "\(published.body.string)")

        // an open post for 3 in next-gen-it (`JobZone.postBody`)
        _ = try await zone.publishedPost(zone.employerA)

        // the talents
        let chained = try await TestApp.makeOrganization(app, name: "淄博链上数据科技有限公司", serial: 41)
        chained.chainCode = "next-gen-it"
        try await chained.save(on: app.db)
        let unchained = try await TestApp.makeOrganization(app, name: "淄川区软件工作室", serial: 42)
        let levelled = try await TestTalents.add(app, name: "张链一", occupations: [occupation], employer: chained.id)
        levelled.skillLevel = SkillLevel.intermediate.rawValue
        try await levelled.save(on: app.db)
        try await TestTalents.add(app, name: "张链二", occupations: [occupation], employer: chained.id)
        try await TestTalents.add(app, name: "李无链", occupations: [occupation], employer: unchained.id)
        let unattached = try await TestTalents.add(app, name: "王自由", occupations: [occupation])
        try await TestTalents.add(app, name: "赵云算", occupations: ["2-02-38-04"], employer: chained.id)
        return SupplyDemandWorld(app: app, zone: zone, year: year, unattached: unattached)
    }

    /// `GET /api/v1/supply-demand` + `query` as the HRSS officer; must answer 200.
    func response(_ query: String = "") async throws -> TestingHTTPResponse {
        let response = try await zone.send(.GET, "/api/v1/supply-demand" + query, officer)
        #expect(response.status == .ok, "\(query): \(response.body.string)")
        return response
    }

    func read(_ query: String = "") async throws -> [String: Any] {
        try zone.world.json(try await response(query))
    }

    /// The totals of 2-02-38-03 on the map `query` asks for; nil when it is not on it.
    func figures(in query: String) async throws -> [String: Int]? {
        try await SupplyDemandMapTests.row(read(query), SupplyDemandMapTests.occupation).map {
            SupplyDemandMapTests.figures($0, SupplyDemandMapTests.rowKeys)
        }
    }

    /// How the map's answer, as sent, departs from the document's schema.
    func problems(_ check: JSONSchemaCheck, _ schema: JSONValue) async throws -> [String] {
        check.problems(try JSONValue.parse(try await response().body.string), schema)
    }
}
