import Applications
import Fluent
import Foundation
import Organizations
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// 政策模拟 (issue 16) through the pages, the API and the job, on both engines.
@Suite("Policy simulation job")
struct PolicySimulationJobTests {
    /// 中级1500元 raised to 1800元 in a draft.
    static var raisedDraft: String {
        get throws {
            try TestApp.shippedPolicy.replacingOnce(
                "{junior: 1000, intermediate: 1500, senior: 2000}",
                with: "{junior: 1000, intermediate: 1800, senior: 2000}")
        }
    }

    /// Done means: "Changing a subsidy amount in a draft policy and simulating it shows the
    /// changed total without activating anything."
    @Test func aRaisedSubsidyAmountShowsTheChangedTotalAndActivatesNothing() async throws {
        try await TestApp.run { app, _ in
            let c = try await ApplicationWorkflowTests.claimant(app)
            _ = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            #expect(try await browser.get("/admin/policy-simulations").status == .ok)
            let uploaded = try await browser.upload(
                "/admin/policy-simulations", file: Array(try Self.raisedDraft.utf8), named: "draft.yaml")
            #expect(uploaded.status == .seeOther)
            let location = try #require(uploaded.headers.first(name: .location))
            #expect(try await browser.get(location).text.contains("data-refresh-seconds"))

            #expect(try await app.jobs.runPending(app) == 1)
            let page = try await browser.get(location)
            #expect(page.status == .ok)
            // one person, one intermediate certificate: ¥1,500.00 → ¥1,800.00
            #expect(page.text.contains("¥1,500.00"), "\(page.text)")
            #expect(page.text.contains("¥1,800.00"))
            #expect(page.text.contains("+¥300.00"))
            #expect(page.text.contains("王*"))
            #expect(!page.text.contains("王芳"))
            let workbook = try await browser.get(location + "/report.xlsx")
            #expect(workbook.status == .ok)
            #expect(Array(workbook.body.readableBytesView.prefix(2)) == Array("PK".utf8))

            // nothing activated, nothing granted: the talent's own rules still say 1500
            #expect(
                app.activePolicy?.document.subsidies.first { $0.kind == .skillUpgrade }?.amountsYuan?["intermediate"]
                    == 1500)
            let eligibility = try c.world.json(
                try await c.world.send(.GET, "/api/v1/talents/\(try c.talent.requireID())/eligibility", c.headers))
            #expect("\(eligibility)".contains("150000"))
            #expect(try await SubsidyGrant.query(on: app.db).count() == 0)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "policy_simulation.start").count() == 1)
        }
    }

    @Test func theAPIQueuesADraftAndReturnsItsReportOnceDone() async throws {
        try await TestApp.run { app, _ in
            _ = try await ApplicationWorkflowTests.claimant(app)
            let admin = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            var headers = try await TrainingWorld.bearer(app, admin)
            headers.replaceOrAdd(name: .contentType, value: "application/yaml")
            let created = try await app.testing().sendRequest(
                .POST, "/api/v1/policy-simulations", headers: headers, body: ByteBuffer(string: try Self.raisedDraft))
            #expect(created.status == .accepted, "\(created.body.string)")
            let location = try #require(created.headers.first(name: .location))
            try await app.jobs.runPending(app)
            let read = try await app.testing().sendRequest(.GET, location, headers: headers)
            let body = try #require(
                try JSONSerialization.jsonObject(with: Data(read.body.readableBytesView)) as? [String: Any])
            #expect(body["status"] as? String == "done")
            let report = try #require(body["report"] as? [String: Any])
            // the claimant, and the organisations of the world (judged under the enterprise loans)
            let organisations = try await Organization.query(on: app.db).count()
            #expect(report["subjects"] as? Int == 1 + organisations)
            #expect(report["organisations"] as? Int == organisations)
            let rules = try #require(report["rules"] as? [[String: Any]])
            let upgrade = try #require(rules.first { $0["ruleID"] as? String == "subsidy-skill_upgrade" })
            #expect((upgrade["moneyAfter"] as? [String: Any])?["fen"] as? Int == 180_000)
            let list = try await app.testing().sendRequest(.GET, "/api/v1/policy-simulations", headers: headers)
            #expect(list.body.string.contains(location.components(separatedBy: "/").last ?? "-"))
        }
    }

    /// The draft is checked as `talent policy check` does; a bad one is refused naming the
    /// field, and nothing is written. Only administrators may simulate.
    @Test func aBadDraftIsRefusedOnItsFieldAndOnlyAdministratorsMaySimulate() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let admin = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let headers = try await TrainingWorld.bearer(app, admin)
            for body in ["id: x\n", "not: [valid", ""] {
                let refused = try await app.testing().sendRequest(
                    .POST, "/api/v1/policy-simulations", headers: headers, body: ByteBuffer(string: body))
                #expect(refused.status == .unprocessableEntity, "\(body): \(refused.body.string)")
                #expect(refused.body.string.contains("\"body\""))
            }
            let binary = try await app.testing().sendRequest(
                .POST, "/api/v1/policy-simulations", headers: headers, body: ByteBuffer(bytes: [0xFF, 0xFE, 0x41]))
            #expect(binary.status == .unprocessableEntity)

            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            _ = try await browser.get("/admin/policy-simulations")
            let page = try await browser.upload(
                "/admin/policy-simulations", file: Array("measures: 3\n".utf8), named: "draft.yaml")
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("政策文件草案未通过校验"))
            #expect(try await PolicySimulationRun.query(on: app.db).count() == 0)
            #expect(try await Job.query(on: app.db).count() == 0)

            // an officer may not, by page or API
            #expect(
                try await app.testing().sendRequest(
                    .POST, "/api/v1/policy-simulations", headers: world.officerHeaders,
                    body: ByteBuffer(string: try Self.raisedDraft)
                ).status == .forbidden)
            #expect(
                try await app.testing().sendRequest(.GET, "/api/v1/policy-simulations", headers: world.officerHeaders)
                    .status == .forbidden)
        }
    }

    /// The job reads the pool in id-ordered batches by range: with batches of one, every
    /// talent comes once, with its own certificates and none of its neighbours'.
    @Test func theReaderStreamsEveryTalentOnceWithItsOwnFacts() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            var expected: [UUID: Int] = [:]
            for (index, name) in ["甲一", "乙二", "丙三"].enumerated() {
                let (talent, _) = try await world.talent(name, email: "p\(index)@example.test")
                for number in 0..<index {
                    _ = try await ApplicationWorkflowTests.certificate(world, talent, number: "N-\(index)-\(number)")
                }
                expected[try talent.requireID()] = index
            }
            let reader = try await SimulationSubjects.open(
                db: app.db as! any SQLDatabase, today: app.clock.today,
                policy: try #require(app.activePolicy?.document), batchSize: 1)
            var seen: [UUID: Int] = [:]
            var last: UUID?
            while let subject = try await reader.batch(after: last).first {
                let id = try #require(UUID(uuidString: subject.id))
                #expect(seen[id] == nil)
                seen[id] = subject.subsidies?.certificates.count
                #expect(!subject.name.isEmpty)
                #expect(subject.loans != nil)
                last = id
            }
            #expect(seen == expected)
            // then the organisations, one by one, each as an enterprise borrower or not
            let organisations = try await Organization.query(on: app.db).all()
            var companies: [String: Bool] = [:]
            var after: UUID?
            while let subject = try await reader.organisations(after: after).first {
                #expect(subject.isOrganisation)
                if case let .enterprise(company)? = subject.loans?.borrower {
                    companies[subject.id] = company.isEnterprise
                }
                after = UUID(uuidString: subject.id)
            }
            let kinds = Dictionary(
                uniqueKeysWithValues: try organisations.map { (try $0.requireID().uuidString, $0.kind == .enterprise) })
            #expect(companies == kinds)
            #expect(try await reader.count() == 3 + organisations.count)
        }
    }
}
