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

/// The digital job zone (M3, 数字岗位专区): an officer opens a campaign, employers post
/// jobs into it, talents find them and apply; employers find the talents who opted in to
/// be found, see them masked until they apply, invite them and move applications to a hire.
@Suite("Job zone: campaigns, posts, applications, matching")
struct JobZoneTests {
    typealias Flow = ApplicationWorkflowTests

    @Test func aTalentFindsAPostAppliesAndIsHiredAndTheCampaignCountsTheHire() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            let other = try await zone.publishedPost(zone.employerA, ["title": "大数据运维工程师", "district": "370302"])
            let (talent, headers) = try await zone.talent("王小明", email: "t1@example.test")
            let talentID = try talent.requireID().uuidString
            // two characters of the title find both posts; the district keeps the one in 张店区
            #expect(Set(try await zone.search("q=数据")) == [post, other])
            #expect(try await zone.search("q=数据&district=370303") == [post])
            #expect(try await zone.search("q=运维&district=370303").isEmpty)

            let applied = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/applications", headers, ["message": "三年 Spark 开发经验，期待面谈。"])
            #expect(applied.status == .created, "\(applied.body.string)")
            #expect(try zone.world.json(applied)["state"] as? String == "received")
            let application = try #require(try zone.world.json(applied)["id"] as? String)
            let mine = try await zone.items(.GET, "/api/v1/job-applications", headers)
            #expect(mine.map { $0["id"] as? String } == [application])
            #expect(mine.first?["post"] as? String == post)
            #expect(try await zone.kinds(zone.employerA).contains("jobs.applied"))

            // the employer sees who applied, and moves them along to a hire
            let applicants = try await zone.items(.GET, "/api/v1/job-posts/\(post)/applications", zone.employerA)
            let applicant = try #require(applicants.first?["applicant"] as? [String: Any])
            #expect(applicant["name"] as? String == "王小明" && applicant["talent"] as? String == talentID)
            for state in ["interview", "offer", "hired"] {
                let moved = try await zone.send(
                    .POST, "/api/v1/job-applications/\(application)/move", zone.employerA,
                    ["state": state, "note": "请于周三上午到公司面谈。"])
                #expect(moved.status == .ok, "\(state): \(moved.body.string)")
                #expect(try zone.world.json(moved)["state"] as? String == state)
            }
            let hired = try await zone.items(.GET, "/api/v1/job-applications", headers)
            #expect(hired.first?["state"] as? String == "hired" && hired.first?["decidedAt"] != nil)
            // the talent heard of each move
            #expect(try await zone.kinds(headers).filter { $0 == "jobs.moved" }.count == 3)
            // the campaign counts the hire, for anyone to read
            let campaign = try zone.world.json(
                try await zone.send(.GET, "/api/v1/job-campaigns/\(zone.campaign)", [:]))
            #expect(campaign["hires"] as? Int == 1)
            let campaigns = try await zone.items(.GET, "/api/v1/job-campaigns", [:])
            let listed = campaigns.first(where: { $0["id"] as? String == zone.campaign })
            #expect(listed?["hires"] as? Int == 1)
        }
    }

    @Test func onlyTalentsWhoOptedInAreMatchedMaskedAndGoneOnceTheyWithdraw() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            // 云计算 (2-02-38-04) is in the small category of the post's 大数据 (2-02-38-03)
            let (related, relatedHeaders) = try await zone.talent(
                "李云", email: "t2@example.test", occupations: ["2-02-38-04"])
            try await zone.findable(relatedHeaders, true)
            let (talent, headers) = try await zone.talent("王小明", email: "t1@example.test")
            let relatedID = try related.requireID().uuidString
            let talentID = try talent.requireID().uuidString
            // the talent of the post's own occupation has not opted in: not found
            let consent = try zone.world.json(try await zone.send(.GET, "/api/v1/job-seeker", headers))
            #expect(consent["findable"] as? Bool == false)
            #expect(try await zone.matchedTalents(post) == [relatedID])

            try await zone.findable(headers, true)
            let response = try await zone.send(.GET, "/api/v1/job-posts/\(post)/matches", zone.employerA)
            #expect(response.status == .ok, "\(response.body.string)")
            let rows = try zone.world.json(response)["items"] as? [[String: Any]] ?? []
            #expect(rows.map { $0["talent"] as? String } == [talentID, relatedID], "the same occupation ranks first")
            let row = try #require(rows.first)
            #expect(row["maskedName"] as? String == "王**")
            // 40 (same occupation) + 6 (Python) + 10 (本科 meets 本科) + 6 (张店区) = 62 of 106; 2 years asked, none known
            #expect(row["score"] as? Int == 58)
            let reasons = row["reasons"] as? [[String: Any]] ?? []
            #expect(
                reasons.map { $0["kind"] as? String } == ["same_occupation", "skills", "education", "same_district"])
            #expect(reasons.first?["points"] as? Int == 40)
            #expect((rows.last?["reasons"] as? [[String: Any]])?.first?["kind"] as? String == "related_occupation")
            for key in ["name", "email", "mobile", "mobileMasked", "residentID"] {
                #expect(row[key] == nil, "\(key) is not shown before the talent applies")
            }
            #expect(!response.text.contains("王小明") && !response.text.contains("李云"))

            // withdrawn: gone from the very next request
            try await zone.findable(headers, false)
            #expect(try await zone.matchedTalents(post) == [relatedID])
        }
    }

    @Test func anInvitedTalentIsShownToTheEmployerOnlyOnceTheyAccept() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            let (talent, headers) = try await zone.talent("王小明", email: "t1@example.test")
            let (shy, _) = try await zone.talent("赵静", email: "t2@example.test")
            try await zone.findable(headers, true)
            let talentID = try talent.requireID().uuidString
            #expect(try await zone.matchedTalents(post) == [talentID])

            let invited = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/invitations", zone.employerA, ["talent": talentID])
            #expect(invited.status == .created, "\(invited.body.string)")
            #expect(try zone.world.json(invited)["state"] as? String == "invited")
            let application = try #require(try zone.world.json(invited)["id"] as? String)
            // the employer sees the invitation, not the person
            let open = try await zone.items(.GET, "/api/v1/job-posts/\(post)/applications", zone.employerA)
            #expect(open.count == 1 && open.first?["state"] as? String == "invited")
            #expect(open.first?["applicant"] == nil)
            let list = try await zone.send(.GET, "/api/v1/job-applications", zone.employerA)
            #expect(list.status == .ok && !list.text.contains("王小明"))
            let matched = try await zone.items(.GET, "/api/v1/job-posts/\(post)/matches", zone.employerA)
            #expect(matched.first?["application"] as? String == "invited")
            // the talent heard of it and accepts by applying: the same application, now revealed
            #expect(try await zone.kinds(headers).contains("jobs.invited"))
            let theirs = try await zone.items(.GET, "/api/v1/job-applications", headers)
            #expect(theirs.map { $0["state"] as? String } == ["invited"])
            let accepted = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/applications", headers, ["message": "愿意参加面试。"])
            #expect(accepted.status == .created, "\(accepted.body.string)")
            #expect(try zone.world.json(accepted)["id"] as? String == application)
            let shown = try await zone.items(.GET, "/api/v1/job-posts/\(post)/applications", zone.employerA)
            #expect(shown.first?["state"] as? String == "received")
            #expect((shown.first?["applicant"] as? [String: Any])?["name"] as? String == "王小明")

            // a talent who has not opted in cannot be invited
            let shyID = try shy.requireID().uuidString
            let refused = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/invitations", zone.employerA, ["talent": shyID])
            #expect(refused.status == .unprocessableEntity, "\(refused.body.string)")
            #expect(try Flow.fields(zone.world, refused)["talent"] != nil)
            #expect(try await JobApplication.query(on: app.db).count() == 1)
        }
    }

    @Test func withdrawingConsentAfterBeingMatchedDeletesTheTalentsCards() async throws {
        try await TestApp.run { app, _ in
            let zone = try await JobZone.make(app)
            let post = try await zone.publishedPost(zone.employerA)
            let (talent, headers) = try await zone.talent(
                "王小明", email: "t1@example.test", occupations: ["2-02-38-03", "2-02-38-04"])
            let id = try talent.requireID()
            #expect(try await zone.cards(id) == 0, "nothing is kept for matching before consent")
            try await zone.findable(headers, true)
            #expect(try await zone.cards(id) == 2, "one card per occupation")
            #expect(try await zone.matchedTalents(post) == [id.uuidString])

            try await zone.findable(headers, false)
            #expect(try await zone.cards(id) == 0)
            #expect(try await JobSeeker.query(on: app.db).filter(\.$talent.$id == id).count() == 0)
            #expect(try await zone.matchedTalents(post).isEmpty)
            let invite = try await zone.send(
                .POST, "/api/v1/job-posts/\(post)/invitations", zone.employerA, ["talent": id.uuidString])
            #expect(invite.status == .unprocessableEntity)
        }
    }
}

/// An officer's open campaign and two employers, as the job zone tests need them.
struct JobZone {
    var app: Application
    var world: TrainingWorld
    var employerA: HTTPHeaders
    var employerB: HTTPHeaders
    var campaign: String
    var today: CalendarDate

    static func make(_ app: Application) async throws -> JobZone {
        let world = try await TrainingWorld.make(app)
        let a = try await TestApp.makeOrganization(app, name: "淄博智云科技有限公司", serial: 31)
        let b = try await TestApp.makeOrganization(app, name: "齐鲁软件服务有限公司", serial: 32)
        let userA = try await TestApp.makeUser(app, role: .employer, email: "a@example.test", organization: a.id)
        let userB = try await TestApp.makeUser(app, role: .employer, email: "b@example.test", organization: b.id)
        let today = app.clock.today
        let created = try await world.send(
            .POST, "/api/v1/job-campaigns", world.officerHeaders, campaignBody(today: today))
        #expect(created.status == .created, "\(created.body.string)")
        return JobZone(
            app: app, world: world, employerA: try await TrainingWorld.bearer(app, userA),
            employerB: try await TrainingWorld.bearer(app, userB),
            campaign: try #require(try world.json(created)["id"] as? String), today: today)
    }

    /// 淄博—高校人才直通车 from today for 30 days.
    static func campaignBody(today: CalendarDate) -> [String: Any] {
        [
            "name": "淄博—高校人才直通车", "description": "面向驻淄高校毕业生的数字岗位专场。",
            "startsOn": today.description, "endsOn": today.adding(days: 30).description,
        ]
    }

    /// A valid post in the campaign, with `overrides` (every value is text, as the form's).
    func postBody(_ overrides: [String: Any] = [:]) -> [String: Any] {
        var body: [String: Any] = [
            "campaign": campaign, "title": "大数据开发工程师", "occupation": "2-02-38-03", "chain": "next-gen-it",
            "district": "370303", "education": "bachelor", "skills": "Python、SQL、Spark", "experienceYears": "2",
            "headcount": "3", "payMinYuan": "8000", "payMaxYuan": "15000",
            "deadline": today.adding(days: 20).description, "description": "负责企业平台的开发与维护。",
        ]
        body.merge(overrides) { $1 }
        return body
    }

    /// A post of `employer`'s, published; its id.
    func publishedPost(_ employer: HTTPHeaders, _ overrides: [String: Any] = [:]) async throws -> String {
        let created = try await send(.POST, "/api/v1/job-posts", employer, postBody(overrides))
        #expect(created.status == .created, "\(created.body.string)")
        #expect(try world.json(created)["state"] as? String == "draft")
        let id = try #require(try world.json(created)["id"] as? String)
        let published = try await send(.POST, "/api/v1/job-posts/\(id)/publish", employer)
        #expect(published.status == .ok, "\(published.body.string)")
        #expect(try world.json(published)["state"] as? String == "published")
        return id
    }

    /// A talent with an account of their own (本科, 张店区, Python) and their token.
    func talent(_ name: String, email: String, occupations: [String] = ["2-02-38-03"]) async throws
        -> (Talent, HTTPHeaders)
    {
        let user = try await TestApp.makeUser(app, role: .talent, email: email)
        let talent = try await TestTalents.add(
            app, name: name, skills: ["Python"], district: "370303", education: .bachelor, occupations: occupations,
            userID: try user.requireID())
        return (talent, try await TrainingWorld.bearer(app, user))
    }

    /// Turns the talent's consent to be found on or off through the API.
    func findable(_ headers: HTTPHeaders, _ on: Bool) async throws {
        let response = try await send(.PUT, "/api/v1/job-seeker", headers, ["findable": on])
        #expect(response.status == .ok, "\(response.body.string)")
        #expect(try world.json(response)["findable"] as? Bool == on)
    }

    func send(_ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, _ body: [String: Any]? = nil)
        async throws -> TestingHTTPResponse
    {
        try await world.send(method, path, headers, body)
    }

    /// The `items` of a list that must answer 200.
    func items(_ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders) async throws -> [[String: Any]] {
        let response = try await send(method, path, headers)
        #expect(response.status == .ok, "\(path): \(response.body.string)")
        return try world.json(response)["items"] as? [[String: Any]] ?? []
    }

    /// The ids of the open posts the search (`q=…&district=…`, not yet encoded) finds.
    func search(_ query: String) async throws -> [String] {
        let response = try await app.get("/api/v1/job-posts?\(query)")
        #expect(response.status == .ok, "\(query): \(response.body.string)")
        return (try world.json(response)["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    /// The ids of the talents employer A is shown for `post`, best first.
    func matchedTalents(_ post: String) async throws -> [String] {
        try await items(.GET, "/api/v1/job-posts/\(post)/matches", employerA).compactMap { $0["talent"] as? String }
    }

    /// The kinds of the notifications of the holder of `headers`, newest first.
    func kinds(_ headers: HTTPHeaders) async throws -> [String] {
        try await items(.GET, "/api/v1/notifications", headers).compactMap { $0["kind"] as? String }
    }

    /// The talent's matching cards.
    func cards(_ talent: UUID) async throws -> Int {
        try await JobSeekerCard.query(on: app.db).filter(\.$talent.$id == talent).count()
    }
}
