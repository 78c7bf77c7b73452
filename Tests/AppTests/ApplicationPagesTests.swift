import Applications
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// The workflow's pages (issue 16): a talent starts from "我能申报什么", attaches and
/// submits; the department's queue lists it with its deadline; a refused step shows the
/// page again with the reason beside its field.
@Suite("Applications on the pages")
struct ApplicationPagesTests {
    @Test func aTalentAppliesFromTheEligibilityPageAndTheOfficerReturnsItFromTheQueue() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            // the eligible subsidy has its button; the refused ones have none
            let eligibility = try await talent.get("/account/eligibility")
            #expect(eligibility.text.contains("name=\"basisID\" value=\"\(c.certificate)\""))
            // the upgrade and evaluation subsidies, and 破格 (a reviewer decides it for anyone)
            #expect(eligibility.text.components(separatedBy: "开始申报").count - 1 == 3)
            #expect(eligibility.text.contains("name=\"basisID\" value=\"exceptional-senior\""))
            let started = try await talent.post(
                "/applications", ["kind": "skill-upgrade-subsidy", "basisID": c.certificate])
            #expect(started.status == .seeOther)
            let page = try await talent.get(try #require(started.headers.first(name: .location)))
            #expect(page.text.contains("草稿已创建。请上传申报材料后提交。"))
            let id = try #require(try await PolicyApplication.query(on: app.db).first()?.requireID())
            // the button became a link to the open application
            #expect(try await talent.get("/account/eligibility").text.contains("已有申报，查看"))

            // a wrong file is refused beside the file field, the page shown again
            _ = try await talent.get("/applications/\(id)")
            let wrong = try await talent.upload(
                "/applications/\(id)/attachments", file: Array("hello".utf8), named: "证书.pdf",
                fields: ["code": "certificate"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("id=\"attach-file-error\""))
            for code in ["certificate", "bank_account"] {
                _ = try await talent.get("/applications/\(id)")
                let ok = try await talent.upload(
                    "/applications/\(id)/attachments", file: ApplicationWorkflowTests.pdf, named: "\(code).pdf",
                    fields: ["code": code])
                #expect(ok.status == .seeOther)
            }
            _ = try await talent.get("/applications/\(id)")
            #expect(try await talent.post("/applications/\(id)/submit", [:]).status == .seeOther)

            // the department's queue: counted, with its deadline
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let queue = try await officer.get("/applications")
            #expect(queue.text.contains("待审核 1 件"))
            #expect(queue.text.contains("王芳"))
            let due = try #require(try await PolicyApplication.find(id, on: app.db)?.dueOn)
            #expect(queue.text.contains(due))
            // returning without a reason: 422, the reason's field marked, nothing moved
            _ = try await officer.get("/applications/\(id)")
            let bare = try await officer.post("/applications/\(id)/return", ["comment": " "])
            #expect(bare.status == .unprocessableEntity)
            #expect(bare.text.contains("退回补正或不予通过时，请写明理由。"))
            #expect(try await PolicyApplication.find(id, on: app.db)?.state == .submitted)
            let returned = try await officer.post("/applications/\(id)/return", ["comment": "请上传清晰的证书照片。"])
            #expect(returned.status == .seeOther)
            // the talent sees the reason and may resubmit
            let back = try await talent.get("/applications/\(id)")
            #expect(back.text.contains("请上传清晰的证书照片。"))
            #expect(back.text.contains("补正后重新提交"))
            // a second return is a conflict naming the state, not a 5xx
            let again = try await officer.post("/applications/\(id)/return", ["comment": "再次退回"])
            #expect(again.status == .conflict)
        }
    }
}

/// The review queue pages by due date and id (issue 16: a queue of 100,000 must not cost
/// more per page than one of ten).
@Suite("The review queue, a page at a time")
struct ApplicationQueuePagingTests {
    /// `count` submitted applications of the claimant, due over a month, and one draft.
    static func queue(_ app: Application, _ c: ApplicationWorkflowTests.Claimant, count: Int) async throws {
        let talentID = try c.talent.requireID()
        for index in 0..<count {
            let application = PolicyApplication()
            (application.kind, application.measure, application.departmentCode) = (
                "skill-upgrade-subsidy", "M10", "HRSS"
            )
            application.$talent.id = talentID
            application.state = index % 5 == 4 ? .returned : .submitted
            application.dueOn = "2026-12-\(String(format: "%02d", 1 + index % 28))"
            application.createdBy = talentID
            try await application.create(on: app.db)
        }
        let draft = PolicyApplication()
        (draft.kind, draft.measure, draft.departmentCode) = ("skill-upgrade-subsidy", "M10", "HRSS")
        (draft.$talent.id, draft.state, draft.createdBy) = (talentID, .draft, talentID)
        try await draft.create(on: app.db)
    }

    /// A subsidy whose amount the department sets asks the amount in its card; a start
    /// without it showed a bare error page (the bug) — now the page comes back with the
    /// reason beside the field, and nothing is written.
    @Test func aStartTheRulesRefuseShowsThePageAgainWithTheReasonInItsCard() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            let talent = Browser(app)
            _ = try await TestApp.signIn(talent, "t@example.test")
            let card = try await talent.get("/account/eligibility")
            #expect(card.text.contains("name=\"amountAsked\""))
            // MUT
            let refused = try await talent.post(
                "/applications", ["kind": "skill-evaluation-subsidy", "basisID": c.certificate, "amountAsked": ""])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("<h1>我能申报什么</h1>"))
            #expect(refused.text.contains("class=\"field__error\">请填写申请金额（元）。"))
            #expect(try await PolicyApplication.query(on: app.db).count() == 0)
            let started = try await talent.post(
                "/applications", ["kind": "skill-evaluation-subsidy", "basisID": c.certificate, "amountAsked": "300"])
            #expect(started.status == .seeOther)
            #expect(try await PolicyApplication.query(on: app.db).first()?.amountAskedFen == 30_000)
        }
    }

    @Test func theAPIQueueComesInPagesSoonestDueFirstWithEveryApplicationOnceAndNoDraft() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            try await Self.queue(app, c, count: 230)
            let first = try c.world.json(try await c.world.send(.GET, "/api/v1/applications", c.world.officerHeaders))
            let firstItems = try #require(first["items"] as? [[String: Any]])
            #expect(firstItems.count == 200)
            let cursor = try #require(first["nextCursor"] as? String)
            let second = try c.world.json(
                try await c.world.send(.GET, "/api/v1/applications?cursor=\(cursor)", c.world.officerHeaders))
            let secondItems = try #require(second["items"] as? [[String: Any]])
            #expect(secondItems.count == 30)
            #expect(second["nextCursor"] == nil)
            let all = firstItems + secondItems
            let keys = all.map { "\($0["dueOn"] as? String ?? "")_\($0["id"] as? String ?? "")" }
            #expect(Set(keys).count == 230)
            let dues = all.compactMap { $0["dueOn"] as? String }
            #expect(dues == dues.sorted())
            #expect(!all.contains { $0["state"] as? String == "draft" })
            // the talent's own list has the draft, in one page
            let mine = try c.world.json(try await c.world.send(.GET, "/api/v1/applications", c.headers))
            #expect((mine["items"] as? [Any])?.count == 200)
            #expect(mine["nextCursor"] == nil)
            // a cursor this server did not write is refused, naming it
            let bad = try await c.world.send(.GET, "/api/v1/applications?cursor=2026-13-01_x", c.world.officerHeaders)
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("cursor"))
        }
    }

    @Test func theQueuePageLinksToTheNextPageKeepingItsFilter() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            try await Self.queue(app, c, count: 120)
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let first = try await officer.get("/applications?state=submitted")
            #expect(first.status == .ok)
            #expect(first.text.contains("待审核 96 件"))
            #expect(first.text.components(separatedBy: "<tr data-state=").count - 1 == 50)
            let link = try #require(
                first.text.range(of: #"rel="next" href="([^"]+)""#, options: .regularExpression).map {
                    String(first.text[$0]).replacingOccurrences(of: #"rel="next" href=""#, with: "").dropLast()
                })
            #expect(link.contains("state=submitted") && link.contains("cursor="))
            let second = try await officer.get(String(link).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(second.status == .ok)
            #expect(second.text.contains("第一页"))
            #expect(second.text.components(separatedBy: "<tr data-state=\"submitted\"").count - 1 == 46)
            #expect(!second.text.contains("rel=\"next\""))
        }
    }
}

extension ApplicationQueuePagingTests {
    /// A queue of exactly one page has no next page: 下一页 would have led to an empty one.
    @Test func aQueueOfExactlyOnePageHasNoNextCursor() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            try await Self.queue(app, c, count: 200)
            let page = try c.world.json(try await c.world.send(.GET, "/api/v1/applications", c.world.officerHeaders))
            #expect((page["items"] as? [Any])?.count == 200)
            #expect(page["nextCursor"] == nil)
        }
    }

    /// The queue's counts stop at the cap and say so, rather than scan a whole queue.
    @Test func aCountPastTheCapSaysMoreThan() {
        let m = Messages(language: .zh)
        #expect(ApplicationListPageModel.count(10_000, m) == "10,000")
        #expect(ApplicationListPageModel.count(10_001, m) == "超过 10,000")
        #expect(ApplicationListPageModel.count(3, m) == "3")
    }
}
