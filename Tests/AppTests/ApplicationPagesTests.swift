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
            #expect(eligibility.text.components(separatedBy: "开始申报").count - 1 == 2)  // upgrade and evaluation
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
