import Applications
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// M4 for organisations (issue 16): "小微企业可申请最高400万元的创业担保贷款或最高1000万元的
/// “创业提振贷”". An enterprise declares its staff, revenue and the share of new hires from
/// key groups; the rules judge it against the policy file's ceilings, and send what it did
/// not declare to a reviewer.
@Suite("Eligibility of organisations: declared figures and the enterprise loans")
struct OrganizationEligibilityTests {
    struct Company {
        var organization: Organization
        var employer: HTTPHeaders
        var path: String
    }

    static func company(_ app: Application, serial: Int = 71, kind: Organization.Kind = .enterprise) async throws
        -> Company
    {
        let organization = try await TestApp.makeOrganization(app, name: "淄博数智科技有限公司", serial: serial)
        organization.kind = kind
        try await organization.save(on: app.db)
        let user = try await TestApp.makeUser(
            app, role: .employer, email: "hr\(serial)@example.test", organization: try organization.requireID())
        return Company(
            organization: organization, employer: try await TrainingWorld.bearer(app, user),
            path: "/api/v1/organizations/\(try organization.requireID().uuidString)")
    }

    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders,
        _ body: [String: String]? = nil
    ) async throws -> (HTTPStatus, [String: Any]) {
        var headers = headers
        var buffer: ByteBuffer?
        if let body {
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any]
        return (response.status, json ?? [:])
    }

    static func outcomes(_ json: [String: Any]) -> [String: (String, [String])] {
        let rules = json["rules"] as? [[String: Any]] ?? []
        return Dictionary(
            uniqueKeysWithValues: rules.map { rule in
                (
                    rule["rule"] as? String ?? "",
                    (
                        rule["outcome"] as? String ?? "",
                        (rule["reasons"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
                    )
                )
            })
    }

    /// 从业人员不超过100人、营业收入不超过1000万元 (the policy file's defaults): at the
    /// ceilings it is eligible; one over, refused with the figure; undeclared, a reviewer.
    @Test func anEnterpriseIsJudgedOnWhatItDeclaredAndTheRestGoesToAReviewer() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            // nothing declared: both loans go to a reviewer, citing what is unknown
            let (status, before) = try await Self.send(app, .GET, c.path + "/eligibility", c.employer)
            #expect(status == .ok)
            #expect(before["facts"] == nil)
            let unknown = Self.outcomes(before)
            #expect(unknown["loan-boost-enterprise"]?.0 == "needs_review")
            #expect(unknown["loan-boost-enterprise"]?.1 == ["unverified", "unverified"])
            #expect(unknown["loan-guaranteed-enterprise"]?.1.count == 3)
            #expect(unknown["loan-guaranteed-individual"] == nil)

            // MUT: exactly at the ceilings, 15 % of new hires from key groups
            let (declared, dto) = try await Self.send(
                app, .PUT, c.path + "/facts", c.employer,
                ["year": "2025", "staffCount": "100", "revenueYuan": "10000000", "newHireKeyGroupPercent": "15"])
            #expect(declared == .ok)
            #expect((dto["facts"] as? [String: Any])?["revenueFen"] as? Int == 1_000_000_000)
            let at = Self.outcomes(try await Self.send(app, .GET, c.path + "/eligibility", c.employer).1)
            #expect(at["loan-guaranteed-enterprise"]?.0 == "eligible")
            #expect(at["loan-boost-enterprise"]?.0 == "eligible")

            // one over each ceiling, one point short of the share
            _ = try await Self.send(
                app, .PUT, c.path + "/facts", c.employer,
                ["year": "2025", "staffCount": "101", "revenueYuan": "10000000.01", "newHireKeyGroupPercent": "14"])
            let over = Self.outcomes(try await Self.send(app, .GET, c.path + "/eligibility", c.employer).1)
            #expect(over["loan-guaranteed-enterprise"]?.1 == ["staff_over", "revenue_over", "new_hire_share_short"])
            // the share is asked of the guaranteed loan only
            #expect(over["loan-boost-enterprise"]?.1 == ["staff_over", "revenue_over"])
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == "organization.facts").count() == 2)
        }
    }

    @Test func aSchoolIsNotASmallOrMicroEnterprise() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app, kind: .university)
            let rules = Self.outcomes(try await Self.send(app, .GET, c.path + "/eligibility", c.employer).1)
            #expect(rules["loan-boost-enterprise"]?.0 == "not_eligible")
            #expect(rules["loan-boost-enterprise"]?.1.first == "not_an_enterprise")
        }
    }

    /// Each figure refused on its own field, naming it; nothing written.
    @Test func badFiguresAreRefusedFieldByFieldAndNothingIsWritten() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let nextYear = String(app.clock.today.year + 1)
            let (status, body) = try await Self.send(
                app, .PUT, c.path + "/facts", c.employer,
                ["year": nextYear, "staffCount": "-1", "revenueYuan": "1.001", "newHireKeyGroupPercent": "101"])
            #expect(status == .unprocessableEntity)
            let fields = Set((body["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields == ["year", "staffCount", "revenueYuan", "newHireKeyGroupPercent"])
            let stored = try #require(try await Organization.find(c.organization.requireID(), on: app.db))
            #expect(stored.factsYear == nil && stored.staffCount == nil)
            // empty figures are "not known", not refused; the year is required
            let (partial, _) = try await Self.send(app, .PUT, c.path + "/facts", c.employer, ["year": "2025"])
            #expect(partial == .ok)
            let (noYear, _) = try await Self.send(app, .PUT, c.path + "/facts", c.employer, ["staffCount": "3"])
            #expect(noYear == .unprocessableEntity)
        }
    }

    /// Another organisation's staff reach neither its figures nor its eligibility; an
    /// officer reads them but does not declare; a talent reaches nothing.
    @Test func onlyItsOwnStaffAndAdministratorsDeclareAndOfficersRead() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let other = try await Self.company(app, serial: 72)
            let officer = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS"))
            let talent = try await TrainingWorld.bearer(
                app, try await TestApp.makeUser(app, role: .talent, email: "t@example.test"))
            #expect(try await Self.send(app, .GET, c.path + "/eligibility", other.employer).0 == .notFound)
            #expect(
                try await Self.send(app, .PUT, c.path + "/facts", other.employer, ["year": "2025"]).0 == .notFound)
            #expect(try await Self.send(app, .GET, c.path + "/eligibility", officer).0 == .ok)
            #expect(try await Self.send(app, .PUT, c.path + "/facts", officer, ["year": "2025"]).0 == .forbidden)
            // bad figures from someone who may not change it: still the 403, not the figures' 422
            #expect(try await Self.send(app, .PUT, c.path + "/facts", officer, ["year": "3000"]).0 == .forbidden)
            #expect(try await Self.send(app, .GET, c.path + "/eligibility", talent).0 != .ok)
        }
    }

    /// The employer's "我能申报什么" is its organisation's page, with the form; a refused
    /// figure comes back beside its field.
    @Test func theEmployersPageDeclaresTheFiguresAndShowsTheLoans() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.company(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "hr71@example.test")
            let own = try await browser.get("/account/eligibility")
            let page = "/organizations/\(try c.organization.requireID().uuidString)/eligibility"
            #expect(own.headers.first(name: .location) == page)
            let shown = try await browser.get(page)
            #expect(shown.text.contains("id=\"facts-form\""))
            #expect(shown.text.contains("data-rule=\"loan-boost-enterprise\""))
            let facts = "/organizations/\(try c.organization.requireID().uuidString)/facts"
            let refused = try await browser.post(facts, ["year": "2025", "staffCount": "很多"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"facts-staff-error\""))
            let saved = try await browser.post(facts, ["year": "2025", "staffCount": "12"])
            #expect(saved.status == .seeOther)
            let back = try await browser.get(try #require(saved.headers.first(name: .location)))
            #expect(back.text.contains("单位情况已保存。"))
            #expect(back.text.contains("<dd>12</dd>"))
        }
    }
}
