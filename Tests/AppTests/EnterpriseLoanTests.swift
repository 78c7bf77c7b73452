import Accounts
import Applications
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// M4 enterprise loans (issue 16): "小微企业可申请最高400万元的创业担保贷款或最高1000万元的
/// “创业提振贷”". An employer applies for its organisation, the department decides, the
/// ledger lends to the organisation within the cap less what it holds.
@Suite("Applications: organisations apply for the enterprise loans")
struct EnterpriseLoanTests {
    typealias Flow = ApplicationWorkflowTests
    static let kind = "enterprise-guaranteed-loan"
    static let rule = "loan-guaranteed-enterprise"
    static let documents = ["business_licence", "financial_statement", "new_hire_roster"]

    struct Company {
        var world: TrainingWorld
        var organization: Organization
        var headers: HTTPHeaders
        var user: User
    }

    /// A small enterprise (50 staff, ¥5,000,000 revenue, 20 % of new hires from key groups)
    /// and its employer account.
    static func company(
        _ app: Application, in world: TrainingWorld? = nil, serial: Int = 41, email: String = "boss@example.test"
    ) async throws -> Company {
        let world = if let world { world } else { try await TrainingWorld.make(app) }
        let organization = try await TestApp.makeOrganization(app, name: "淄博数智软件有限公司\(serial)", serial: serial)
        (organization.staffCount, organization.revenueFen) = (50, 500_000_000)
        (organization.newHireKeyGroupPercent, organization.factsYear) = (20, 2026)
        try await organization.save(on: app.db)
        let user = try await TestApp.makeUser(
            app, role: .employer, email: email, organization: try organization.requireID())
        return Company(
            world: world, organization: organization, headers: try await TrainingWorld.bearer(app, user), user: user)
    }

    static func start(_ c: Company, _ amount: String) async throws -> TestingHTTPResponse {
        try await c.world.send(
            .POST, "/api/v1/applications", c.headers, ["kind": kind, "basisID": rule, "amountAsked": amount])
    }

    static func submitted(_ c: Company, _ amount: String) async throws -> UUID {
        let created = try await start(c, amount)
        #expect(created.status == .created, "\(created.body.string)")
        let id = try #require(try c.world.json(created)["id"] as? String)
        for code in documents {
            let uploaded = try await Flow.upload(c.world, id, code: code, bytes: Flow.pdf, name: "材料.pdf", c.headers)
            #expect(uploaded.status == .created, "\(uploaded.body.string)")
        }
        let sent = try await c.world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
        #expect(sent.status == .ok, "\(sent.body.string)")
        return try #require(UUID(uuidString: id))
    }

    static func available(_ c: Company) async throws -> Int? {
        let read = try await c.world.send(
            .GET, "/api/v1/organizations/\(try c.organization.requireID().uuidString)/eligibility", c.headers)
        let rules = try c.world.json(read)["rules"] as? [[String: Any]]
        return rules?.first { $0["rule"] as? String == rule }?["availableFen"] as? Int
    }

    /// 最高400万元: asked within the cap, granted by the department, lent to the organisation.
    @Test func anEmployerBorrowsForItsOrganisationUpToTheCapLessWhatItHolds() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let world = c.world
            #expect(try await Self.available(c) == 400_000_000)
            let over = try await Self.start(c, "4000000.01")
            #expect(try Flow.fields(world, over)["amountAsked"]?.contains("¥4,000,000.00") == true)
            // a person cannot ask for the enterprise loan, nor the organisation for a person's
            let (_, talent) = try await world.talent("个人", email: "person@example.test")
            let personal = try await world.send(
                .POST, "/api/v1/applications", talent, ["kind": Self.kind, "basisID": Self.rule, "amountAsked": "1000"])
            #expect(try Flow.fields(world, personal)["basisID"] != nil)
            let individual = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "individual-boost-loan", "basisID": "loan-boost-individual", "amountAsked": "1000"])
            #expect(try Flow.fields(world, individual)["basisID"] != nil)
            #expect(try await PolicyApplication.query(on: app.db).count() == 0)

            let id = try await Self.submitted(c, "3000000")
            let read = try world.json(try await world.send(.GET, "/api/v1/applications/\(id)", c.headers))
            #expect(read["organizationID"] as? String == (try c.organization.requireID().uuidString))
            #expect(read["talentID"] == nil)
            // the employer cannot decide its own application; the department does
            let selfApproved = try await world.send(.POST, "/api/v1/applications/\(id)/approve", c.headers)
            #expect(selfApproved.status == .forbidden)
            let approved = try await world.send(
                .POST, "/api/v1/applications/\(id)/approve", world.officerHeaders, ["amountGranted": "2500000"])
            #expect(approved.status == .ok, "\(approved.body.string)")
            let ledger = try await LoanGrant.query(on: app.db).all()
            #expect(ledger.map(\.amountFen) == [250_000_000])
            #expect(ledger.first?.$organization.id == c.organization.id && ledger.first?.$talent.id == nil)
            #expect(try await Self.available(c) == 150_000_000)
            // its accounts heard of each step
            let notices = try await UserNotification.query(on: app.db).filter(\.$userID == c.user.requireID()).count()
            #expect(notices == 2)
            // its list, and no other organisation's
            let mine = try world.json(try await world.send(.GET, "/api/v1/applications", c.headers))
            #expect((mine["items"] as? [[String: Any]])?.count == 1)
            let other = try await Self.company(app, in: world, serial: 42, email: "other@example.test")
            #expect(try await world.send(.GET, "/api/v1/applications/\(id)", other.headers).status == .notFound)
            let page = Browser(app)
            _ = try await TestApp.signIn(page, "boss@example.test")
            let list = try await page.get("/applications")
            #expect(list.status == .ok && list.text.contains("小微企业创业担保贷款申请"))
            #expect(try await page.get("/applications/\(id)").text.contains("淄博数智软件有限公司41"))
        }
    }

    /// The organisation's own page starts the application; a refused start shows there.
    @Test func theOrganisationsEligibilityPageStartsTheLoan() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let page = Browser(app)
            _ = try await TestApp.signIn(page, "boss@example.test")
            let path = "/organizations/\(try c.organization.requireID().uuidString)/eligibility"
            let eligibility = try await page.get(path)
            #expect(eligibility.text.contains("value=\"\(Self.kind)\""))
            let refused = try await page.post(
                "/applications", ["kind": Self.kind, "basisID": Self.rule, "amountAsked": "5000000"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("¥4,000,000.00"))
            let started = try await page.post(
                "/applications", ["kind": Self.kind, "basisID": Self.rule, "amountAsked": "1000000"])
            #expect(started.status == .seeOther)
            // an officer reads the page but starts nothing for the organisation
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            #expect(!(try await officer.get(path).text.contains("value=\"\(Self.kind)\"")))
        }
    }

    /// Two approvals racing past the cap: the organisation's place in the ledger lets one in.
    @Test func parallelApprovalsPastTheCapLendOnce() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let first = try await Self.submitted(c, "3000000")
            let twin = try #require(try await PolicyApplication.find(first, on: app.db))
            let second = PolicyApplication()
            (second.kind, second.measure, second.departmentCode) = (twin.kind, twin.measure, twin.departmentCode)
            (second.state, second.basisID, second.dueOn) = (.submitted, twin.basisID, twin.dueOn)
            second.$organization.id = twin.$organization.id
            (second.amountAskedFen, second.submittedAt, second.createdBy) = (300_000_000, twin.submittedAt, UUID())
            try await second.create(on: app.db)
            let statuses = try await Flow.approveInParallel(c.world, [first, try second.requireID()])
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(try await LoanGrant.query(on: app.db).count() == 1)
        }
    }

    /// The table itself refuses an application of nobody, or of a person and an organisation.
    @Test func anApplicationIsOfExactlyOneApplicant() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let talent = try await TestTalents.add(app, name: "两者")
            for (person, organization) in [(nil, nil), (try talent.requireID(), try c.organization.requireID())] {
                let row = PolicyApplication()
                (row.kind, row.measure, row.departmentCode, row.state) = (Self.kind, "M4", "HRSS", .draft)
                (row.$talent.id, row.$organization.id, row.createdBy) = (person, organization, UUID())
                await #expect(throws: (any Error).self) { try await row.create(on: app.db) }
            }
        }
    }
}
