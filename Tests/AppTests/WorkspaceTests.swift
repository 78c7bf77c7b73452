import Accounts
import Applications
import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting
import Vouchers

@testable import App

/// The workspace (工作台) each role lands on: what waits for them, their figures, their
/// sections — made of what every capability contributes.
@Suite("Workspaces: each role lands on its to-do items and figures")
struct WorkspaceTests {
    /// The `<li>` of a to-do item on the page, by its label, or nil when it is not listed.
    static func todo(_ html: String, _ label: String) -> String? {
        html.components(separatedBy: "<li class=\"todo").dropFirst().first { $0.contains(label) }
    }

    @Test(arguments: [
        (Role.admin, "管理工作台"), (.officer, "部门工作台"), (.provider, "机构工作台"), (.employer, "企业工作台"),
        (.talent, "我的工作台"),
    ])
    func everyRoleLandsOnItsWorkspaceAfterSigningIn(role: Role, title: String) async throws {
        try await TestApp.run { app, _ in
            let organization = try await TestApp.makeOrganization(app, name: "淄博云启信息技术有限公司", serial: 31)
            try await TestApp.makeUser(
                app, role: role, email: "w@example.test", department: role == .officer ? "HRSS" : nil,
                organization: role == .provider || role == .employer ? organization.id : nil)
            let browser = Browser(app)
            // MUT
            let signedIn = try await TestApp.signIn(browser, "w@example.test")
            let page = try await browser.get("/workspace")
            // validate
            #expect(signedIn.headers.first(name: .location) == "/workspace")
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>\(title)</h1>"))
            #expect(page.text.contains("id=\"workspace-tasks\""))
            #expect(page.text.contains("id=\"workspace-actions\""))
            if role == .provider || role == .employer { #expect(page.text.contains("淄博云启信息技术有限公司")) }
            if role == .officer { #expect(page.text.contains("淄博市人力资源和社会保障局")) }
        }
    }

    @Test func aProviderSeesCohortsToCloseCertificatesToIssueAndItsRunningCohorts() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (program, cohort, _) = try await world.openProgram()
            let (_, first) = try await world.talent("赵一", email: "a@example.test")
            let (_, second) = try await world.talent("钱二", email: "b@example.test")
            for headers in [first, second] {
                #expect(
                    try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]).status
                        == .created)
            }
            // A second cohort that ended last month with one student still enrolled; the other
            // student of the first cohort completed without a certificate yet.
            let ended = try await world.send(
                .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                [
                    "name": "第0期", "capacity": 5, "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01",
                    "endsOn": "2026-12-31",
                ])
            let endedID = try #require(UUID(uuidString: try world.json(ended)["id"] as? String ?? ""))
            let sql = app.db as! any SQLDatabase
            let lastMonth = app.clock.today.adding(days: -30).description
            try await sql.raw("UPDATE cohorts SET ends_on = \(bind: lastMonth) WHERE id = \(bind: endedID)").run()
            let moved = try #require(try await Enrollment.query(on: app.db).sort(\.$appliedAt).first())
            moved.$cohort.id = endedID
            try await moved.save(on: app.db)
            try await sql.raw(
                "UPDATE enrollments SET status = 'completed', completed_on = \(bind: app.clock.today.description) WHERE id <> \(bind: try moved.requireID())"
            ).run()
            try await TestApp.makeUser(
                app, role: .provider, email: "desk@example.test", organization: world.provider.id)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "desk@example.test")
            // MUT
            let page = try await browser.get("/workspace").text
            // validate
            let toClose = try #require(Self.todo(page, "已过结束日期、仍有学员未结业的班次"))
            #expect(toClose.contains("todo--urgent"))
            #expect(toClose.contains("href=\"/training/cohorts/\(endedID.uuidString)\""))
            #expect(toClose.contains("<span class=\"todo__count\">1</span>"))
            #expect(Self.todo(page, "已结业、待发证书的学员")?.contains("<span class=\"todo__count\">1</span>") == true)
            #expect(page.contains("id=\"workspace-cohorts\""))
            #expect(page.contains("href=\"/training/cohorts/\(cohort)\""))
            #expect(page.contains("本月收取培训券"))
        }
    }

    @Test func aTalentSeesTheirNextSessionAndVouchersAboutToLapse() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram()
            let (_, headers, _) = try await VoucherTests.holder(world, email: "g@example.test")
            let soon = app.clock.today.adding(days: 10).description
            try await (app.db as! any SQLDatabase).raw("UPDATE vouchers SET expires_on = \(bind: soon)").run()
            #expect(
                try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]).status == .created)
            let nextWeek = app.clock.today.adding(days: 7)
            let session = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/sessions", world.providerHeaders,
                ["date": nextWeek.description, "hours": 3, "topic": "数据仓库建模"])
            #expect(session.status == .created, "\(session.body.string)")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "g@example.test")
            // MUT
            let page = try await browser.get("/workspace").text
            // validate
            let lapsing = try #require(Self.todo(page, "您的培训券将在 30 天内到期"))
            #expect(lapsing.contains("todo--urgent"))
            #expect(page.contains("id=\"workspace-sessions\""))
            #expect(page.contains("<strong>\(nextWeek.description)</strong> · 3 h · 数据仓库建模"))
            // The session in June is past: only the coming one is listed.
            #expect(!page.contains("Hadoop 与 Spark"))
            #expect(page.contains("可用培训券（张 · 金额）"))
            #expect(page.contains("在学培训"))
        }
    }

    @Test func anOfficerSeesTheQueueAndTheTargetsOfTheYearAndDistrictChosen() async throws {
        try await TestApp.run { app, _ in
            let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let talent = try await TestTalents.add(app, name: "李四")
            for (due, department) in [("2026-01-05", "HRSS"), ("2099-01-05", "HRSS"), ("2026-01-05", "EDU")] {
                let application = PolicyApplication()
                application.kind = "skill-subsidy"
                application.measure = "M2"
                application.departmentCode = department
                application.$talent.id = try talent.requireID()
                application.state = .submitted
                application.dueOn = due
                application.createdBy = try officer.requireID()
                try await application.create(on: app.db)
            }
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o@example.test")
            // MUT
            let page = try await browser.get("/workspace?year=2025&district=370303").text
            let wrong = try await browser.get("/workspace?year=1999&district=nowhere")
            // validate
            let overdue = try #require(Self.todo(page, "已超过办理时限的申报"))
            #expect(overdue.contains("todo--urgent"))
            #expect(overdue.contains("<span class=\"todo__count\">1</span>"))  // not the other department's
            #expect(Self.todo(page, "待审核的申报")?.contains("<span class=\"todo__count\">2</span>") == true)
            #expect(page.contains("<option value=\"2025\" selected=\"selected\">2025</option>"))
            #expect(page.contains("<option value=\"370303\" selected=\"selected\">"))
            #expect(page.contains("id=\"workspace-measures\""))
            // A year or district that is not offered shows this year for the whole city.
            #expect(wrong.status == .ok)
            #expect(wrong.text.contains("<option value=\"\(app.clock.year)\" selected=\"selected\">"))
            #expect(wrong.text.contains("<option value selected=\"selected\">全市</option>"))
        }
    }

    @Test func anEmployerSeesItsStaffInThePoolAndAnAdministratorTheErasuresToDecide() async throws {
        try await TestApp.run { app, _ in
            let organization = try await TestApp.makeOrganization(app, name: "淄博云启信息技术有限公司", serial: 32)
            try await TestApp.makeUser(app, role: .employer, email: "e@example.test", organization: organization.id)
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            try await TestTalents.add(app, name: "周五", employer: organization.id)
            try await TestTalents.add(app, name: "吴六", employer: organization.id)
            let other = try await TestTalents.add(app, name: "郑七")
            try await ErasureRequest(talentID: try other.requireID(), requestedAt: Date()).create(on: app.db)
            let employer = Browser(app)
            _ = try await TestApp.signIn(employer, "e@example.test")
            let admin = Browser(app)
            _ = try await TestApp.signIn(admin, "a@example.test")
            // MUT
            let employerPage = try await employer.get("/workspace").text
            let adminPage = try await admin.get("/workspace").text
            // validate
            #expect(employerPage.contains("本单位在库人才"))
            #expect(employerPage.contains("<a class=\"figure__value\" href=\"/talents\">2</a>"))
            #expect(!employerPage.contains("待审核的删除申请"))
            #expect(Self.todo(adminPage, "待审核的删除申请")?.contains("href=\"/admin/erasures\"") == true)
            #expect(adminPage.contains("<a class=\"figure__value\" href=\"/talents\">3</a>"))
        }
    }
}
