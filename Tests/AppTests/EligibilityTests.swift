import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// "我能申报什么" over HTTP (issue 16): the rules applied to what the platform holds of a
/// talent, for the talent and for an officer, never for an employer.
@Suite("Eligibility of a talent, on the page and through the API")
struct EligibilityTests {
    static let intermediateSentence = "取得中级培训合格证书且从事本专业技术工作满3年的,可直接申报中级职称评审或考试"

    /// The start of work in the field that makes exactly `years` full years today.
    static func start(_ years: Int, _ app: Application) -> String {
        let today = app.clock.today
        return FieldWorkStart(year: today.year - years, month: today.month)!.description
    }

    static func record(
        _ world: TrainingWorld, _ talent: Talent, kind: String, level: String, number: String,
        issuedOn: String = "2025-05-20"
    ) async throws {
        let response = try await world.send(
            .POST, "/api/v1/certificates", world.officerHeaders,
            [
                "talentID": try talent.requireID().uuidString, "kind": kind, "level": level,
                "occupationCode": "2-02-38-03", "issuerName": "淄博数智职业培训学校", "number": number, "issuedOn": issuedOn,
            ])
        #expect(response.status == .created, "\(response.body.string)")
    }

    static func rule(_ json: [String: Any], _ id: String) throws -> [String: Any] {
        let rules = try #require(json["rules"] as? [[String: Any]])
        return try #require(rules.first { $0["rule"] as? String == id })
    }

    /// Done means: with an intermediate training certificate and 2 years in the field,
    /// "not yet: 3 years needed"; with 3 years, "eligible" — both with the seed's sentence.
    @Test func twoYearsInTheFieldAreNotYetEnoughAndThreeAre() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, headers) = try await world.talent("王芳", email: "t@example.test")
            try await Self.record(world, talent, kind: "training_completion", level: "intermediate", number: "PX-1")
            talent.fieldWorkSince = Self.start(2, app)
            try await talent.save(on: app.db)
            let path = "/api/v1/talents/\(try talent.requireID())/eligibility"

            let two = try Self.rule(
                try world.json(try await world.send(.GET, path, headers)), "training-intermediate-may-apply")
            #expect(two["outcome"] as? String == "not_eligible")
            #expect(two["measure"] as? String == "M8")
            let reasons = try #require(two["reasons"] as? [[String: Any]])
            #expect(reasons.map { $0["code"] as? String } == ["years_short"])
            #expect(reasons.first?["message"] as? String == "从事本专业技术工作 2 年，需满 3 年。")
            #expect(reasons.first?["facts"] as? [String: String] == ["have": "2", "need": "3"])
            #expect((two["policyText"] as? [String: String])?["zh"] == Self.intermediateSentence)

            talent.fieldWorkSince = Self.start(3, app)
            try await talent.save(on: app.db)
            let three = try Self.rule(
                try world.json(try await world.send(.GET, path, headers)), "training-intermediate-may-apply")
            #expect(three["outcome"] as? String == "eligible")
            #expect((three["reasons"] as? [Any])?.isEmpty == true)
            #expect((three["evidence"] as? [String: String])?["issuedOn"] == "2025-05-20")
            #expect((three["policyText"] as? [String: String])?["zh"] == Self.intermediateSentence)

            // The talent's own page says the same, in words, with the sentence.
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "t@example.test")
            let page = try await browser.get("/account/eligibility")
            #expect(page.status == .ok)
            let card = try #require(
                page.text.range(of: "data-rule=\"training-intermediate-may-apply\" data-outcome=\"eligible\""))
            #expect(page.text[card.upperBound...].contains(Self.intermediateSentence))
            #expect(page.text.contains("满 3 年（自 \(Self.start(3, app)) 起）"))
        }
    }

    /// 失业保险技能提升补贴: a skill certificate of 2025-05-20 gives 1,500 yuan at 中级, and
    /// goes to a reviewer, who checks the insured months the platform does not hold.
    @Test func aSkillCertificateShowsTheSubsidyAmountAndWhatTheReviewerChecks() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, headers) = try await world.talent("王芳", email: "t@example.test")
            let issued = app.clock.today.adding(months: -1).description
            try await Self.record(
                world, talent, kind: "skill_level", level: "intermediate", number: "JN-1", issuedOn: issued)
            let json = try world.json(
                try await world.send(.GET, "/api/v1/talents/\(try talent.requireID())/eligibility", headers))
            let rules = try #require(json["rules"] as? [[String: Any]])
            let upgrade = try #require(rules.first { $0["subsidy"] as? String == "skill_upgrade" })
            #expect(upgrade["outcome"] as? String == "needs_review")
            #expect(upgrade["amountFen"] as? Int == 150_000)
            #expect((upgrade["basis"] as? [String: Any])?["date"] as? String == issued)
            let reason = try #require((upgrade["reasons"] as? [[String: Any]])?.first)
            #expect(reason["code"] as? String == "insured_months_unverified")
            // 职业技能评价补贴: 2-02-38-03 is in the catalogue
            let evaluation = try #require(rules.first { $0["subsidy"] as? String == "evaluation" })
            #expect(evaluation["outcome"] as? String == "eligible")
            #expect(evaluation["amountFen"] == nil)
        }
    }

    @Test func anOfficerSeesAnyTalentsAnEmployerAndOtherTalentsDoNot() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let employer = try await TestApp.makeOrganization(app, name: "淄博数字科技有限公司", serial: 31)
            let employerUser = try await TestApp.makeUser(
                app, role: .employer, email: "e@example.test", organization: employer.id)
            let talent = try await TestTalents.add(app, name: "赵磊", employer: employer.id)
            let (_, otherHeaders) = try await world.talent("钱多", email: "t2@example.test")
            let path = "/api/v1/talents/\(try talent.requireID())/eligibility"

            #expect(try await world.send(.GET, path, world.officerHeaders).status == .ok)
            let employerHeaders = try await TrainingWorld.bearer(app, employerUser)
            #expect(try await world.send(.GET, path, employerHeaders).status == .forbidden)
            #expect(try await world.send(.GET, path, otherHeaders).status == .notFound)
            #expect(try await world.send(.GET, path, [:]).status == .unauthorized)

            // On the profile: the officer has the summary and the way to the page; the
            // employer, who may read the profile, has neither.
            let officer = Browser(app)
            _ = try await TestApp.signIn(officer, "o@example.test")
            let profile = try await officer.get("/talents/\(try talent.requireID())")
            #expect(profile.text.contains("id=\"talent-eligibility\""))
            #expect(profile.text.contains("/talents/\(try talent.requireID())/eligibility"))
            let page = try await officer.get("/talents/\(try talent.requireID())/eligibility")
            #expect(page.text.contains("赵磊可申报的事项"))
            #expect(page.text.contains("未填写起始年月"))
            let company = Browser(app)
            _ = try await TestApp.signIn(company, "e@example.test")
            #expect(try await company.get("/talents/\(try talent.requireID())").status == .ok)
            #expect(!(try await company.get("/talents/\(try talent.requireID())").text.contains("talent-eligibility")))
            #expect(try await company.get("/talents/\(try talent.requireID())/eligibility").status == .forbidden)
        }
    }
}
