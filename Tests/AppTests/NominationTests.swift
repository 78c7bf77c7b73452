import Fluent
import Foundation
import Nominations
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Nominations (issue 16, "推荐"). M8: "各区县推荐高技能人才申报淄博英才计划相关项目,数字领域
/// 技能人才占比不低于20%" — a district's list is refused below the share, naming the count
/// it needs; M3, M9, M10: the programmes the seed names, an outcome each, a selected
/// talent carrying the programme's category.
@Suite("Nominations: lists, the digital share, outcomes")
struct NominationTests {
    typealias Flow = ApplicationWorkflowTests
    static let elite = "zibo-elite-high-skill"

    /// A high-skill talent (高级工) of 张店区; digital when in 大数据工程技术人员.
    static func candidate(
        _ app: Application, _ name: String, digital: Bool, level: SkillLevel = .senior,
        district: String = "370303", userID: UUID? = nil
    ) async throws -> Talent {
        let talent = try await TestTalents.add(
            app, name: name, district: district, occupations: digital ? ["2-02-38-03"] : [], userID: userID)
        talent.skillLevel = level.rawValue
        try await talent.save(on: app.db)
        return talent
    }

    static func newList(
        _ world: TrainingWorld, _ headers: HTTPHeaders, programme: String = elite, district: String? = "370303"
    ) async throws -> TestingHTTPResponse {
        var body: [String: Any] = ["programme": programme, "year": "2026"]
        if let district { body["district"] = district }
        return try await world.send(.POST, "/api/v1/nominations", headers, body)
    }

    static func add(_ world: TrainingWorld, _ list: String, _ talent: Talent) async throws -> TestingHTTPResponse {
        try await world.send(
            .POST, "/api/v1/nominations/\(list)/candidates", world.officerHeaders,
            ["talentID": try talent.requireID().uuidString])
    }

    static func listID(_ world: TrainingWorld) async throws -> String {
        let created = try await newList(world, world.officerHeaders)
        #expect(created.status == .created, "\(created.body.string)")
        return try #require(try world.json(created)["id"] as? String)
    }

    /// 不低于20%: 0 of 5 needs 2 more, 1 of 6 needs 1; 2 of 7 (28 %) is sent, with its share.
    @Test func aDistrictListBelowTheShareIsRefusedNamingTheCountItNeeds() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            for index in 1...5 {
                let talent = try await Self.candidate(app, "非数字\(index)", digital: false)
                #expect(try await Self.add(world, list, talent).status == .created)
            }
            let refused = try await world.send(.POST, "/api/v1/nominations/\(list)/submit", world.officerHeaders)
            #expect(refused.status == .unprocessableEntity)
            #expect(
                try Flow.fields(world, refused)["candidates"]
                    == "名单 5 人中数字领域技能人才 0 人，占 0%（要求不低于 20%）。还需增加 2 名数字领域技能人才，或减少 5 名其他人选。")
            #expect(try world.json(refused)["measure"] as? String == "M8")
            // still a draft: the refusal wrote nothing
            let read = try world.json(try await world.send(.GET, "/api/v1/nominations/\(list)", world.officerHeaders))
            #expect(read["state"] as? String == "draft")

            #expect(
                try await Self.add(world, list, try await Self.candidate(app, "数字一", digital: true)).status == .created)
            let share = try #require(
                try world.json(try await world.send(.GET, "/api/v1/nominations/\(list)", world.officerHeaders))["share"]
                    as? [String: Any])
            #expect(share["digital"] as? Int == 1 && share["total"] as? Int == 6 && share["percent"] as? Int == 16)
            #expect(share["digitalNeeded"] as? Int == 1 && share["satisfied"] as? Bool == false)
            let again = try await world.send(.POST, "/api/v1/nominations/\(list)/submit", world.officerHeaders)
            #expect(try Flow.fields(world, again)["candidates"]?.contains("还需增加 1 名") == true)

            #expect(
                try await Self.add(world, list, try await Self.candidate(app, "数字二", digital: true)).status == .created)
            let sent = try await world.send(.POST, "/api/v1/nominations/\(list)/submit", world.officerHeaders)
            #expect(sent.status == .ok, "\(sent.body.string)")
            #expect(try world.json(sent)["state"] as? String == "submitted")
            // what the API answers is what its document says
            let check = JSONSchemaCheck(
                document: try JSONValue.parse(try await app.get("/api/v1/openapi.json").body.string))
            for (response, template, method) in [
                (sent, "/api/v1/nominations/{id}/submit", "post"),
                (
                    try await world.send(.GET, "/api/v1/nominations/\(list)", world.officerHeaders),
                    "/api/v1/nominations/{id}", "get"
                ),
                (
                    try await world.send(.GET, "/api/v1/nominations?year=2026", world.officerHeaders),
                    "/api/v1/nominations", "get"
                ),
            ] {
                let schema = try #require(check.responseSchema(template, method, "200"))
                #expect(
                    check.problems(try JSONValue.parse(response.body.string), schema).isEmpty, "\(method) \(template)")
            }
            let stored = try #require(try await NominationList.find(UUID(uuidString: list), on: app.db))
            #expect(stored.digitalAtSubmission == 2 && stored.totalAtSubmission == 7 && stored.submittedAt != nil)

            // the M8 yearly target counts the share as sent: 2 of 7 is 28 %, the city's and the district's
            for query in ["year=2026", "year=2026&district=370303"] {
                let targets = try world.json(try await world.send(.GET, "/api/v1/targets?\(query)", [:]))
                let m8 = try #require(
                    (targets["items"] as? [[String: Any]])?.first {
                        ($0["target"] as? [String: Any])?["id"] as? String == "m8-digital-share-of-nominations"
                    })
                #expect(m8["tracked"] as? Bool == true && m8["actual"] as? Int == 28 && m8["met"] as? Bool == true)
            }
            #expect(try await app.get("/measures/M8").text.contains("data-actual=\"28\""))

            // a sent list changes no more: 409 naming its state
            let late = try await Self.add(world, list, try await Self.candidate(app, "数字三", digital: true))
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("已提交"))
            let twice = try await world.send(.POST, "/api/v1/nominations/\(list)/submit", world.officerHeaders)
            #expect(twice.status == .conflict)
        }
    }

    /// A district nominates its own high-skill people, each once; nothing else is written.
    @Test func aCandidateFromAnotherDistrictBelowHighSkillOrTwiceIsRefusedOnTheField() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            let elsewhere = try await Self.candidate(app, "淄川人", digital: true, district: "370302")
            let away = try await Self.add(world, list, elsewhere)
            #expect(away.status == .unprocessableEntity)
            #expect(try Flow.fields(world, away)["talentID"] == "此人不在本名单的区县，应由其所在区县推荐。")
            let junior = try await Self.candidate(app, "中级工", digital: true, level: .intermediate)
            #expect(
                try Flow.fields(world, try await Self.add(world, list, junior))["talentID"]
                    == "此项目推荐高技能人才，人选的技能等级须为高级工及以上。")
            let unknown = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates", world.officerHeaders,
                ["talentID": UUID().uuidString])
            #expect(try Flow.fields(world, unknown)["talentID"] == "人才库中没有这个人。")
            let none = try await world.send(.POST, "/api/v1/nominations/\(list)/candidates", world.officerHeaders, [:])
            #expect(none.status == .unprocessableEntity)
            #expect(try Flow.fields(world, none)["talentID"] != nil)
            let good = try await Self.candidate(app, "高级工", digital: true)
            #expect(try await Self.add(world, list, good).status == .created)
            let twice = try await Self.add(world, list, good)
            #expect(twice.status == .unprocessableEntity)
            #expect(try Flow.fields(world, twice)["talentID"] == "已在名单中。")
            #expect(try await NominationCandidate.query(on: app.db).count() == 1)

            // the same list twice for a year and district; a district missing, or given to a citywide programme
            let again = try await Self.newList(world, world.officerHeaders)
            #expect(try Flow.fields(world, again)["year"] == "该项目本年度（本区县）的推荐名单已经建立。")
            let noDistrict = try await Self.newList(world, world.officerHeaders, district: nil)
            #expect(try Flow.fields(world, noDistrict)["district"] == "此项目按区县推荐，请选择区县。")
            let citywide = try await Self.newList(world, world.officerHeaders, programme: "special-allowance")
            #expect(try Flow.fields(world, citywide)["district"] == "此项目全市统一推荐，不分区县。")
            let past = try await world.send(
                .POST, "/api/v1/nominations", world.officerHeaders, ["programme": "taishan", "year": "2019"])
            #expect(try Flow.fields(world, past)["programme"] != nil)
            #expect(try Flow.fields(world, past)["year"] != nil)
            #expect(try await NominationList.query(on: app.db).count() == 1)
        }
    }

    /// The programme's department only (plus administrators); others get 404 on its lists.
    @Test func onlyTheProgrammesDepartmentMakesSeesAndChangesItsLists() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            let education = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "edu@example.test", department: "EDU"))
            let refused = try await Self.newList(world, education)
            #expect(try Flow.fields(world, refused)["programme"] == "此项目由市人力资源社会保障局组织推荐。")
            #expect(try await world.send(.GET, "/api/v1/nominations/\(list)", education).status == .notFound)
            let talent = try await Self.candidate(app, "人选", digital: true)
            let foreign = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates", education,
                ["talentID": try talent.requireID().uuidString])
            #expect(foreign.status == .notFound)
            let theirs = try world.json(try await world.send(.GET, "/api/v1/nominations", education))
            #expect((theirs["items"] as? [Any])?.isEmpty == true)
            // the department's own overseas-study list is theirs to make
            let study = try await world.send(
                .POST, "/api/v1/nominations", education, ["programme": "overseas-study", "year": "2026"])
            #expect(study.status == .created)
            // a provider, an employer or a talent has no lists at all
            #expect(try await world.send(.GET, "/api/v1/nominations", world.providerHeaders).status == .forbidden)
            let (_, talentHeaders) = try await world.talent("申请人", email: "t@example.test")
            #expect(try await world.send(.GET, "/api/v1/nominations", talentHeaders).status == .forbidden)
        }
    }

    /// 入选: the talent carries 淄博英才计划人选 and hears of it; an outcome once, after
    /// submission, on a day neither to come nor before the list was sent.
    @Test func aSelectedTalentCarriesTheProgrammesCategoryAndIsNotified() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            let user = try await TestApp.makeUser(app, role: .talent, email: "elite@example.test")
            let chosen = try await Self.candidate(app, "入选者", digital: true, userID: try user.requireID())
            let other = try await Self.candidate(app, "落选者", digital: false)
            let added = try world.json(try await Self.add(world, list, chosen))
            _ = try await Self.add(world, list, other)
            let ids = try #require(added["candidates"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            let chosenID = try #require(ids.first)
            let early = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates/\(chosenID)/outcome", world.officerHeaders,
                ["outcome": "selected"])
            #expect(early.status == .conflict)

            #expect(
                try await world.send(.POST, "/api/v1/nominations/\(list)/submit", world.officerHeaders).status == .ok)
            let future = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates/\(chosenID)/outcome", world.officerHeaders,
                ["outcome": "selected", "decidedOn": "2099-01-01"])
            #expect(try Flow.fields(world, future)["decidedOn"] == "结果日期不能晚于今天。")
            let unknown = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates/\(chosenID)/outcome", world.officerHeaders,
                ["outcome": "maybe"])
            #expect(try Flow.fields(world, unknown)["outcome"] != nil)
            let recorded = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates/\(chosenID)/outcome", world.officerHeaders,
                ["outcome": "selected", "note": "省级评审通过"])
            #expect(recorded.status == .ok, "\(recorded.body.string)")
            let categories = try await TalentAttribute.query(on: app.db)
                .filter(\.$talent.$id == chosen.requireID()).filter(\.$kind == .category).all().map(\.code)
            #expect(categories == ["zibo_elite"])
            let notices = try await UserNotification.query(on: app.db).filter(\.$userID == user.requireID()).all()
            #expect(notices.map(\.textZh) == ["您已入选2026年度淄博英才计划（高技能人才）。"])
            // the search finds the person by the category now
            #expect(
                try await TestTalents.names(.init(filters: [.init(facet: .category, code: "zibo_elite")]), app)
                    == ["入选者"])
            let again = try await world.send(
                .POST, "/api/v1/nominations/\(list)/candidates/\(chosenID)/outcome", world.officerHeaders,
                ["outcome": "not_selected"])
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("该人选的结果已经记录。"))
        }
    }

    /// M10 "积极推荐科研单位申报数字领域省自然科学基金": a research institute with its project.
    @Test func anOrganisationProgrammeTakesTheKindItNamesWithAProject() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let science = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "sci@example.test", department: "SCI"))
            let created = try await Self.newList(world, science, programme: "natural-science-fund", district: nil)
            #expect(created.status == .created, "\(created.body.string)")
            let list = try #require(try world.json(created)["id"] as? String)
            let institute = Organization(
                name: "淄博数字技术研究院", kind: .institute,
                creditCode: CreditCode.fake(divisionCode: "370303", serial: 31).value, districtCode: "370303")
            try await institute.create(on: app.db)
            let enterprise = try await TestApp.makeOrganization(app, name: "某软件公司", serial: 32)
            let path = "/api/v1/nominations/\(list)/candidates"
            let noProject = try await world.send(
                .POST, path, science, ["organizationID": try institute.requireID().uuidString])
            #expect(try Flow.fields(world, noProject)["projectTitle"] != nil)
            let wrongKind = try await world.send(
                .POST, path, science,
                ["organizationID": try enterprise.requireID().uuidString, "projectTitle": "工业大模型"])
            #expect(try Flow.fields(world, wrongKind)["organizationID"] == "此项目不推荐这类单位。")
            let good = try await world.send(
                .POST, path, science,
                ["organizationID": try institute.requireID().uuidString, "projectTitle": "工业互联网安全"])
            #expect(good.status == .created, "\(good.body.string)")
            let check = JSONSchemaCheck(
                document: try JSONValue.parse(try await app.get("/api/v1/openapi.json").body.string))
            for (response, template) in [
                (created, "/api/v1/nominations"), (good, "/api/v1/nominations/{id}/candidates"),
            ] {
                let schema = try #require(check.responseSchema(template, "post", "201"))
                #expect(check.problems(try JSONValue.parse(response.body.string), schema).isEmpty, "\(template)")
            }
            let body = try world.json(good)
            #expect(body["share"] == nil)  // no share rule for this programme
            #expect((body["candidates"] as? [[String: Any]])?.first?["projectTitle"] as? String == "工业互联网安全")
            let submitted = try await world.send(.POST, "/api/v1/nominations/\(list)/submit", science)
            #expect(submitted.status == .ok)
        }
    }

    /// A draft is discarded with its candidates; a submitted list is not.
    @Test func aDraftIsDiscardedAndASubmittedListStays() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            _ = try await Self.add(world, list, try await Self.candidate(app, "草稿人选", digital: true))
            #expect(
                try await world.send(.DELETE, "/api/v1/nominations/\(list)", world.officerHeaders).status == .noContent)
            #expect(try await NominationCandidate.query(on: app.db).count() == 0)
            let second = try await Self.listID(world)
            _ = try await Self.add(world, second, try await Self.candidate(app, "人选", digital: true))
            #expect(
                try await world.send(.POST, "/api/v1/nominations/\(second)/submit", world.officerHeaders).status == .ok)
            #expect(
                try await world.send(.DELETE, "/api/v1/nominations/\(second)", world.officerHeaders).status == .conflict
            )
        }
    }

    /// Two officers adding the same person at the same moment: on the list once.
    @Test func parallelAdditionsOfOnePersonPutThemOnTheListOnce() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let list = try await Self.listID(world)
            let talent = try await Self.candidate(app, "同一人", digital: true)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<6 { group.addTask { try await Self.add(world, list, talent).status } }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.allSatisfy { $0 == .created || $0 == .unprocessableEntity || $0 == .conflict })
            #expect(try await NominationCandidate.query(on: app.db).count() == 1)
        }
    }
}
