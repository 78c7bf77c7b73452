import Applications
import Certificates
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// M8 title applications (issue 16): a skill talent applies for a title review under the
/// crossover, the department approves it and the title is recognised on the profile —
/// through the same derivation as certificates, so that revoking either takes back only
/// what it gave.
@Suite("Applications: title reviews, 破格 and the titles they recognise")
struct TitleApplicationTests {
    typealias Flow = ApplicationWorkflowTests

    /// A talent with a 技师 (technician) skill certificate: the crossover maps it to an
    /// intermediate title.
    static func technician(_ app: Application) async throws -> Flow.Claimant {
        let world = try await TrainingWorld.make(app)
        let (talent, headers) = try await world.talent("李工", email: "li@example.test")
        let certificate = try await Flow.certificate(world, talent, number: "JS-1", level: "technician")
        return Flow.Claimant(world: world, talent: talent, headers: headers, certificate: certificate)
    }

    /// Starts an application of `kind` under `rule`, attaches its required documents and submits it.
    static func submit(_ c: Flow.Claimant, kind: String, rule: String, documents: [String]) async throws -> String {
        let world = c.world
        let created = try await world.send(.POST, "/api/v1/applications", c.headers, ["kind": kind, "basisID": rule])
        #expect(created.status == .created, "\(created.body.string)")
        let id = try #require(try world.json(created)["id"] as? String)
        for code in documents {
            _ = try await Flow.upload(world, id, code: code, bytes: Flow.pdf, name: "材料.pdf", c.headers)
        }
        let submitted = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
        #expect(submitted.status == .ok, "\(submitted.body.string)")
        return id
    }

    static func titleLevel(_ app: Application, _ talent: Talent) async throws -> String? {
        try await Talent.find(try talent.requireID(), on: app.db)?.titleLevel
    }

    /// 数字技能人才可参加职称评审或考试: 技师 → an intermediate title review; its approval
    /// recognises the title, and the rules then say it is held.
    @Test func aTechnicianIsRecognisedAsIntermediateWhenTheReviewIsApproved() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.technician(app)
            let world = c.world
            // a title application asks no amount
            let priced = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "title-review", "basisID": "crossover-technician", "amountAsked": "100"])
            #expect(priced.status == .unprocessableEntity)
            #expect(try Flow.fields(world, priced)["amountAsked"] == "此申报不涉及金额，请不要填写。")
            // a rule the kind does not take (a title recognised directly) is not a basis
            let direct = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "title-review", "basisID": "grade-junior-recognized"])
            #expect(direct.status == .unprocessableEntity)
            #expect(try Flow.fields(world, direct)["basisID"] == "请选择该申报事项适用的职称规则。")
            #expect(try await PolicyApplication.query(on: app.db).count() == 0)

            // MUT
            let id = try await Self.submit(
                c, kind: "title-review", rule: "crossover-technician", documents: ["certificate"])
            let read = try world.json(try await world.send(.GET, "/api/v1/applications/\(id)", world.officerHeaders))
            #expect(read["measure"] as? String == "M8")
            #expect(read["amountAskedFen"] == nil)
            let due = try #require(app.activePolicy?.document).calendar.adding(workingDays: 20, to: app.clock.today)
            #expect(read["dueOn"] as? String == due.description)
            #expect((read["decision"] as? [String: Any])?["titleLevel"] as? String == "intermediate")
            let priceless = try await world.send(
                .POST, "/api/v1/applications/\(id)/approve", world.officerHeaders, ["amountGranted": "1"])
            #expect(priceless.status == .unprocessableEntity)
            #expect(try Flow.fields(world, priceless)["amountGranted"] != nil)
            #expect(try await Self.titleLevel(app, c.talent) == nil)
            let approved = try world.json(
                try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders))

            // validate
            #expect(approved["state"] as? String == "approved")
            let recognition = try #require(approved["titleRecognition"] as? [String: Any])
            #expect(recognition["titleLevel"] as? String == "intermediate")
            #expect(recognition["recognisedOn"] as? String == app.clock.today.description)
            #expect(try await Self.titleLevel(app, c.talent) == "intermediate")
            #expect(try await TitleRecognition.query(on: app.db).count() == 1)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == "title_recognition.create").count() == 1)
            // the rules now say the title is held: no second application for it
            let rules = try #require(
                try world.json(
                    try await world.send(
                        .GET, "/api/v1/talents/\(try c.talent.requireID().uuidString)/eligibility", c.headers))["rules"]
                    as? [[String: Any]])
            let crossover = try #require(rules.first { $0["rule"] as? String == "crossover-technician" })
            #expect(crossover["outcome"] as? String == "not_eligible")
            #expect((crossover["reasons"] as? [[String: Any]])?.first?["code"] as? String == "title_already_held")
            #expect(crossover["applicationKind"] as? String == "title-review")
        }
    }

    /// Revoking the recognition takes the title back — the profile keeps what its
    /// certificates still give — and needs a reviewer and a reason; revoking a
    /// certificate leaves a recognised title standing.
    @Test func revokingARecognitionOrACertificateTakesBackOnlyWhatItGave() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.technician(app)
            let world = c.world
            // a junior technical grade certificate is recognised as an assistant title by itself
            let grade = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": try c.talent.requireID().uuidString, "kind": "technical_grade", "level": "junior",
                    "occupationCode": "2-02-38-03", "issuerName": "淄博市人社局", "number": "DJ-1",
                    "issuedOn": app.clock.today.adding(months: -2).description,
                ])
            let gradeID = try #require(try world.json(grade)["id"] as? String)
            #expect(try await Self.titleLevel(app, c.talent) == "assistant")
            let id = try await Self.submit(
                c, kind: "title-review", rule: "crossover-technician", documents: ["certificate"])
            _ = try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders)
            #expect(try await Self.titleLevel(app, c.talent) == "intermediate")

            // a certificate revoked: the recognised title stands
            let revokedCertificate = try await world.send(
                .POST, "/api/v1/certificates/\(gradeID)/revoke", world.officerHeaders, ["reason": "录入错误"])
            #expect(revokedCertificate.status == .ok, "\(revokedCertificate.body.string)")
            #expect(try await Self.titleLevel(app, c.talent) == "intermediate")

            // the talent cannot revoke; nobody without a reason
            let path = "/api/v1/applications/\(id)/revoke-recognition"
            #expect(try await world.send(.POST, path, c.headers, ["reason": "x"]).status == .forbidden)
            let bare = try await world.send(.POST, path, world.officerHeaders)
            #expect(bare.status == .unprocessableEntity)
            #expect(try Flow.fields(world, bare)["reason"] != nil)
            #expect(try await Self.titleLevel(app, c.talent) == "intermediate")
            // MUT
            let revoked = try await world.send(.POST, path, world.officerHeaders, ["reason": "评审材料不实"])
            // validate
            #expect(revoked.status == .ok, "\(revoked.body.string)")
            let recognition = try #require(try world.json(revoked)["titleRecognition"] as? [String: Any])
            #expect(recognition["revokeReason"] as? String == "评审材料不实")
            #expect(try await Self.titleLevel(app, c.talent) == nil)
            let twice = try await world.send(.POST, path, world.officerHeaders, ["reason": "again"])
            #expect(twice.status == .unprocessableEntity)
            #expect(try Flow.fields(world, twice)["reason"] == "该职称认定已撤销。")
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == "title_recognition.revoke").count() == 1)
            // a subsidy application recognised nothing: nothing to revoke
            let subsidy = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "skill-upgrade-subsidy", "basisID": c.certificate, "amountAsked": "500"])
            let subsidyID = try #require(try world.json(subsidy)["id"] as? String)
            let nothing = try await world.send(
                .POST, "/api/v1/applications/\(subsidyID)/revoke-recognition", world.officerHeaders,
                ["reason": "x"])
            #expect(nothing.status == .unprocessableEntity)
        }
    }

    /// 支持业绩卓著、贡献突出的数字技术人才破格申报高级职称: a 破格 application always goes to
    /// a person with the engine's reason, and its approval recognises 副高级.
    @Test func anExceptionalApplicationGoesToAReviewerAndRecognisesASeniorTitle() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.technician(app)
            let world = c.world
            let created = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "title-exceptional", "basisID": "exceptional-senior"])
            let id = try #require(try world.json(created)["id"] as? String)
            let early = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            #expect(
                try Flow.fields(world, early)["attachments"] == "请上传：业绩卓著、贡献突出的证明材料、所在单位推荐意见。")
            for code in ["achievements", "employer_recommendation"] {
                _ = try await Flow.upload(world, id, code: code, bytes: Flow.pdf, name: "材料.pdf", c.headers)
            }
            let submitted = try world.json(try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers))
            let decision = try #require(submitted["decision"] as? [String: Any])
            #expect(decision["outcome"] as? String == "needs_review")
            #expect((decision["reasons"] as? [[String: Any]])?.first?["code"] as? String == "needs_review")
            _ = try await world.send(.POST, "/api/v1/applications/\(id)/approve", world.officerHeaders)
            #expect(try await Self.titleLevel(app, c.talent) == "associate_senior")
        }
    }

    /// 取得中级培训合格证书且从事本专业技术工作满3年的: without the certificate a draft may be
    /// started, but submitting it is refused with the reason, citing M8.
    @Test func aTitleApplicationTheRulesRefuseCannotBeSubmitted() async throws {
        try await TestApp.run { app, _ in
            let c = try await Self.technician(app)
            let world = c.world
            let created = try await world.send(
                .POST, "/api/v1/applications", c.headers,
                ["kind": "title-review", "basisID": "training-intermediate-may-apply"])
            let id = try #require(try world.json(created)["id"] as? String)
            _ = try await Flow.upload(world, id, code: "certificate", bytes: Flow.pdf, name: "证书.pdf", c.headers)
            let refused = try await world.send(.POST, "/api/v1/applications/\(id)/submit", c.headers)
            #expect(refused.status == .unprocessableEntity)
            #expect(try world.json(refused)["measure"] as? String == "M8")
            #expect(try Flow.fields(world, refused)["eligibility"]?.contains("尚未取得有效的中级培训合格证书") == true)
            #expect(try await PolicyApplication.find(UUID(uuidString: id), on: app.db)?.state == .draft)
        }
    }
}
