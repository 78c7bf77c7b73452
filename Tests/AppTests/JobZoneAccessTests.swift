import Fluent
import Foundation
import Market
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// The job zone's refusals (M3): bad posts and steps refused by field with nothing
/// written, and who may see and change what — no employer sees another's drafts or
/// applicants, and officers run campaigns and take posts down but never publish them.
@Suite("Job zone: refusals and permissions")
struct JobZoneAccessTests {
    typealias Flow = ApplicationWorkflowTests

    @Test func badPostsAndStepsAreRefusedByFieldAndNothingIsWritten() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let yesterday = zone.today.adding(days: -1).description
            let cases: [([String: Any], String)] = [
                (["headcount": "0"], "headcount"),
                (["payMinYuan": "20000", "payMaxYuan": "8000"], "payMaxYuan"),
                (["payMaxYuan": "300001"], "payMaxYuan"),
                (["deadline": yesterday], "deadline"),
                (["occupation": "9-99-99-99"], "occupation"),
                (["district": "370399"], "district"),
            ]
            for (overrides, field) in cases {
                let refused = try await zone.send(.POST, "/api/v1/job-posts", zone.employerA, zone.postBody(overrides))
                #expect(refused.status == .unprocessableEntity, "\(field): \(refused.body.string)")
                let type = refused.headers.first(name: .contentType)
                #expect(type?.hasPrefix("application/problem+json") == true, "\(field)")
                #expect(try Flow.fields(zone.world, refused)[field] != nil, "\(field): \(refused.body.string)")
            }

            // a campaign that has ended takes no more posts
            let ended = JobCampaign()
            (ended.name, ended.description) = ("上一期直通车", "已结束的专场。")
            ended.startsOn = zone.today.adding(days: -60).description
            ended.endsOn = yesterday
            ended.createdBy = UUID()
            try await ended.create(on: app.db)
            let endedID = try ended.requireID().uuidString
            let late = try await zone.send(
                .POST, "/api/v1/job-posts", zone.employerA, zone.postBody(["campaign": endedID]))
            #expect(late.status == .unprocessableEntity, "\(late.body.string)")
            #expect(try Flow.fields(zone.world, late)["campaign"] != nil, "\(late.body.string)")
            #expect(try await JobPost.query(on: app.db).count() == 0)

            // an application moves one step at a time, and a talent applies once
            let post = try await zone.publishedPost(zone.employerA)
            let (_, headers) = try await zone.talent("王小明", email: "t1@example.test")
            let applied = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", headers, [:])
            #expect(applied.status == .created, "\(applied.body.string)")
            let application = try #require(try zone.world.json(applied)["id"] as? String)
            let jump = try await zone.send(
                .POST, "/api/v1/job-applications/\(application)/move", zone.employerA, ["state": "hired"])
            #expect(jump.status == .unprocessableEntity, "\(jump.body.string)")
            #expect(try Flow.fields(zone.world, jump)["state"] != nil)
            let unknown = try await zone.send(
                .POST, "/api/v1/job-applications/\(application)/move", zone.employerA, ["state": "promoted"])
            #expect(try Flow.fields(zone.world, unknown)["state"] != nil)
            let still = try await zone.items(.GET, "/api/v1/job-applications", headers)
            #expect(still.map { $0["state"] as? String } == ["received"])
            let twice = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", headers, [:])
            #expect(twice.status == .conflict, "\(twice.body.string)")
            #expect(try await JobApplication.query(on: app.db).count() == 1)

            // a search for an education that is not one
            let nonsense = try await zone.send(.GET, "/api/v1/job-posts?education=nonsense", [:])
            #expect(nonsense.status == .badRequest, "\(nonsense.body.string)")
            #expect(nonsense.body.string.contains("education"))
        }
    }

    @Test func noEmployerSeesAnothersDraftsApplicantsOrMatches() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let (a, b) = (zone.employerA, zone.employerB)
            let created = try await zone.send(.POST, "/api/v1/job-posts", a, zone.postBody())
            #expect(created.status == .created, "\(created.body.string)")
            let draft = try #require(try zone.world.json(created)["id"] as? String)
            // B is told there is no such post, whatever it tries
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(draft)", b).status == .notFound)
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(draft)", [:]).status == .notFound)
            let renamed = zone.postBody(["title": "数据标注员"])
            #expect(try await zone.send(.PATCH, "/api/v1/job-posts/\(draft)", b, renamed).status == .notFound)
            #expect(try await zone.send(.POST, "/api/v1/job-posts/\(draft)/publish", b).status == .notFound)
            #expect(try await zone.send(.DELETE, "/api/v1/job-posts/\(draft)", b).status == .notFound)
            #expect(try await zone.items(.GET, "/api/v1/job-posts/mine", b).isEmpty)
            let own = try zone.world.json(try await zone.send(.GET, "/api/v1/job-posts/\(draft)", a))
            #expect(own["state"] as? String == "draft" && own["title"] as? String == "大数据开发工程师")

            // each employer's applications are its own posts'; a talent's are their own
            let postA = try await zone.publishedPost(a)
            let postB = try await zone.publishedPost(b, ["title": "云计算运维工程师", "occupation": "2-02-38-04"])
            let (_, talentOne) = try await zone.talent("王小明", email: "t1@example.test")
            let (_, talentTwo) = try await zone.talent("李云", email: "t2@example.test")
            let toA = try await apply(zone, postA, talentOne)
            let toB = try await apply(zone, postB, talentTwo)
            #expect(try await ids(zone, "/api/v1/job-applications", a) == [toA])
            #expect(try await ids(zone, "/api/v1/job-applications", b) == [toB])
            #expect(try await ids(zone, "/api/v1/job-applications", talentOne) == [toA])
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(postA)/applications", b).status == .notFound)
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(postA)/matches", b).status == .notFound)
            let move = ["state": "interview"]
            #expect(try await zone.send(.POST, "/api/v1/job-applications/\(toA)/move", b, move).status == .notFound)
            #expect(
                try await zone.send(.POST, "/api/v1/job-applications/\(toA)/move", talentOne, move).status
                    == .forbidden)
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(postA)/matches", talentOne).status == .forbidden)
        }
    }

    @Test func onlyOfficersRunCampaignsAndTakePostsDownAndOnlyEmployersPost() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let (_, talent) = try await zone.talent("王小明", email: "t1@example.test")
            // a talent may not post; a provider may not open a campaign
            #expect(try await zone.send(.POST, "/api/v1/job-posts", talent, zone.postBody()).status == .forbidden)
            let campaign = JobZone.campaignBody(today: zone.today)
            #expect(
                try await zone.send(.POST, "/api/v1/job-campaigns", zone.world.providerHeaders, campaign).status
                    == .forbidden)
            #expect(try await zone.send(.POST, "/api/v1/job-campaigns", zone.employerA, campaign).status == .forbidden)
            // campaigns are the job zone's departments' (policy: EDU, HRSS): not the industry bureau's
            let miit = try await TestApp.makeUser(app, role: .officer, email: "m@example.test", department: "MIIT")
            let industry = try await TrainingWorld.bearer(app, miit)
            #expect(try await zone.send(.POST, "/api/v1/job-campaigns", industry, campaign).status == .forbidden)
            let edu = try await TestApp.makeUser(app, role: .officer, email: "e@example.test", department: "EDU")
            let education = try await TrainingWorld.bearer(app, edu)
            let byEducation = try await zone.send(.POST, "/api/v1/job-campaigns", education, campaign)
            #expect(byEducation.status == .created, "\(byEducation.body.string)")
            #expect(try await JobCampaign.query(on: app.db).count() == 2)
            #expect(try await JobPost.query(on: app.db).count() == 0)

            // an officer reads a draft but may not publish it
            let created = try await zone.send(.POST, "/api/v1/job-posts", zone.employerA, zone.postBody())
            let draft = try #require(try zone.world.json(created)["id"] as? String)
            let officer = zone.world.officerHeaders
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(draft)", officer).status == .ok)
            #expect(try await zone.send(.POST, "/api/v1/job-posts/\(draft)/publish", officer).status == .forbidden)
            let unchanged = try zone.world.json(try await zone.send(.GET, "/api/v1/job-posts/\(draft)", officer))
            #expect(unchanged["state"] as? String == "draft")

            // an officer takes a published post down with a reason; the employer may not
            let post = try await zone.publishedPost(zone.employerA)
            #expect(try await zone.search("q=数据") == [post])
            let path = "/api/v1/job-posts/\(post)/take-down"
            let reason = "岗位薪酬与企业实际不符，请核实后重新发布。"
            #expect(try await zone.send(.POST, path, zone.employerA, ["reason": reason]).status == .forbidden)
            #expect(try await zone.send(.POST, path, industry, ["reason": reason]).status == .forbidden)
            let silent = try await zone.send(.POST, path, officer, [:])
            #expect(silent.status == .unprocessableEntity, "\(silent.body.string)")
            #expect(try Flow.fields(zone.world, silent)["reason"] != nil)
            let down = try await zone.send(.POST, path, officer, ["reason": reason])
            #expect(down.status == .ok, "\(down.body.string)")
            #expect(try zone.world.json(down)["state"] as? String == "taken_down")
            // gone from the search and from the public; its employer reads why
            #expect(try await zone.search("q=数据").isEmpty)
            #expect(try await zone.search("district=370303").isEmpty)
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(post)", [:]).status == .notFound)
            #expect(try await zone.send(.GET, "/api/v1/job-posts/\(post)", talent).status == .notFound)
            let seen = try zone.world.json(try await zone.send(.GET, "/api/v1/job-posts/\(post)", zone.employerA))
            #expect(seen["state"] as? String == "taken_down" && seen["takedownReason"] as? String == reason)
            #expect(try await zone.kinds(zone.employerA).contains("jobs.post_taken_down"))
            let others = try await zone.kinds(zone.employerB)
            #expect(!others.contains("jobs.post_taken_down"))
            let applied = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", talent, [:])
            #expect(applied.status == .notFound, "a taken-down post takes no applications: \(applied.body.string)")
            // a taken-down post is not published again
            #expect(
                try await zone.send(.POST, "/api/v1/job-posts/\(post)/publish", zone.employerA).status == .conflict)
        }
    }

    /// The talent applies to `post`; the application's id.
    private func apply(_ zone: JobZone, _ post: String, _ talent: HTTPHeaders) async throws -> String {
        let applied = try await zone.send(.POST, "/api/v1/job-posts/\(post)/applications", talent, [:])
        #expect(applied.status == .created, "\(applied.body.string)")
        return try #require(try zone.world.json(applied)["id"] as? String)
    }

    private func ids(_ zone: JobZone, _ path: String, _ headers: HTTPHeaders) async throws -> [String] {
        try await zone.items(.GET, path, headers).compactMap { $0["id"] as? String }
    }
}
