import Accounts
import Certificates
import Crypto
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

@testable import App

@Suite("Certificates: issue on completion, public verification, tampering, revocation")
struct CertificateTests {
    /// A talent enrolled, attended, passed and completed; returns the enrolment's id.
    static func completed(_ world: TrainingWorld, name: String = "张三明", email: String = "a@example.test") async throws
        -> (talent: Talent, enrollment: String)
    {
        let (_, cohort, session) = try await world.openProgram()
        let (talent, headers) = try await world.talent(name, email: email)
        let enrolled = try world.json(
            try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]))
        let id = enrolled["id"] as? String ?? ""
        let provider = world.providerHeaders
        #expect(
            try await world.send(
                .POST, "/api/v1/enrollments/\(id)/attendance", provider,
                ["sessionID": session, "hours": 4]
            ).status == .ok)
        #expect(
            try await world.send(
                .POST, "/api/v1/enrollments/\(id)/result", provider,
                ["score": 86, "passed": true]
            ).status == .ok)
        let completed = try await world.send(.POST, "/api/v1/enrollments/\(id)/complete", provider)
        #expect(try world.json(completed)["status"] as? String == "completed", "\(completed.body.string)")
        return (talent, id)
    }

    static func issue(_ world: TrainingWorld, _ enrollment: String, number: String = "ZB2026-0001") async throws
        -> TestingHTTPResponse
    {
        try await world.send(
            .POST, "/api/v1/enrollments/\(enrollment)/certificate", world.providerHeaders, ["number": number])
    }

    @Test func completionIsRefusedUntilTheHoursAndThePassAreRecorded() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, cohort, session) = try await world.openProgram()
            let (_, headers) = try await world.talent("李四", email: "b@example.test")
            let id =
                try world.json(try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, [:]))["id"]
                as? String ?? ""
            // MUT
            let early = try await world.send(.POST, "/api/v1/enrollments/\(id)/complete", world.providerHeaders)
            // validate
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("3.2"), "80 % of 4 hours, rounded up to the minute")
            #expect(
                try await world.send(
                    .POST, "/api/v1/enrollments/\(id)/attendance", world.providerHeaders,
                    ["sessionID": session, "hours": 4.5]
                ).status == .unprocessableEntity)
            #expect(
                try await world.send(
                    .POST, "/api/v1/enrollments/\(id)/certificate", world.providerHeaders,
                    ["number": "X-1"]
                ).status == .unprocessableEntity)
            #expect(try await Certificate.query(on: app.db).count() == 0)
            #expect(try await Enrollment.find(UUID(uuidString: id), on: app.db)?.status == .enrolled)
        }
    }

    @Test func anIssuedCertificateVerifiesPubliclyWithItsSignatureAndTheProfileShowsIt() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, enrollment) = try await Self.completed(world)
            // MUT
            let issued = try await Self.issue(world, enrollment)
            // validate
            #expect(issued.status == .created, "\(issued.body.string)")
            let code = try world.json(issued)["code"] as? String ?? ""
            let page = try await app.get("/verify/\(code)")
            #expect(page.status == .ok)
            #expect(page.text.contains("data-status=\"valid\""))
            #expect(page.text.contains("张*明"))
            #expect(!page.text.contains("张三明"), "the public page shows the holder's name masked")
            #expect(page.text.contains("淄博数智职业培训学校") && page.text.contains("ZB2026-0001"))

            // Anyone can check the signature offline with the published key.
            let key = try world.json(try await app.get("/api/v1/certificates/public-key"))
            let verification = try world.json(try await app.get("/api/v1/certificates/verify/\(code)"))
            let publicKey = try Curve25519.Signing.PublicKey(
                rawRepresentation: try #require(Data(base64Encoded: key["publicKey"] as? String ?? "")))
            let signature = try #require(Data(base64Encoded: verification["signature"] as? String ?? ""))
            let payload = try #require(verification["payload"] as? String)
            #expect(publicKey.isValidSignature(signature, for: Data(payload.utf8)))
            #expect(payload.hasPrefix("zibo-talent-certificate/v1\ncode="))
            #expect((key["pem"] as? String)?.hasPrefix("-----BEGIN PUBLIC KEY-----") == true)

            // A training certificate in engineer training gives no title by itself.
            let stored = try #require(try await Talent.find(talent.requireID(), on: app.db))
            #expect(stored.titleLevel == nil)
            let mine = try await world.send(
                .GET, "/api/v1/certificates",
                try await TrainingWorld.bearer(
                    app, try #require(try await User.query(on: app.db).filter(\.$email == "a@example.test").first())))
            #expect((try world.json(mine)["items"] as? [Any])?.count == 1)
        }
    }

    @Test(arguments: ["number", "issued_on", "holder_masked", "level", "issuer_name"])
    func aCertificateAlteredInTheDatabaseVerifiesAsInvalid(column: String) async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await Self.completed(world)
            let code = try world.json(try await Self.issue(world, enrollment))["code"] as? String ?? ""
            let value = column == "level" ? "senior" : column == "issued_on" ? "2026-01-01" : "篡改"
            // MUT
            try await (app.db as! any SQLDatabase).raw("UPDATE certificates SET \(unsafeRaw: column) = \(bind: value)")
                .run()
            // validate
            let page = try await app.get("/verify/\(code)")
            #expect(page.status == .notFound)
            #expect(page.text.contains("data-status=\"invalid\""))
        }
    }

    @Test(arguments: [
        "ZZZZ-ZZZZ-ZZZZ-ZZZZ", "not a code", "%00", "<script>alert(1)</script>", String(repeating: "A", count: 300),
    ])
    func anUnknownOrMalformedCodeShowsInvalidNeverAnError(code: String) async throws {
        try await TestApp.run { app, _ in
            // MUT
            let page = try await app.get("/verify/\(code)")
            let json = try await app.get("/api/v1/certificates/verify/\(code)")
            // validate
            #expect(page.status == .notFound || page.status == .badRequest)
            #expect(json.status == .notFound || json.status == .badRequest)
            if page.status == .notFound { #expect(page.text.contains("data-status=\"invalid\"")) }
            #expect(!page.text.contains("<script>alert"))
        }
    }

    @Test func aChangedCharacterOfARealCodeIsInvalid() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await Self.completed(world)
            let code = try world.json(try await Self.issue(world, enrollment))["code"] as? String ?? ""
            let altered = String(code.dropLast()) + (code.last == "A" ? "B" : "A")
            // MUT / validate
            #expect(try await app.get("/verify/\(code.lowercased())").text.contains("data-status=\"valid\""))
            #expect(try await app.get("/verify/\(altered)").text.contains("data-status=\"invalid\""))
        }
    }

    @Test func aRevokedCertificateSaysRevokedAndWhyAndTheNumberStaysTakenPerIssuer() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, first) = try await Self.completed(world)
            let issued = try world.json(try await Self.issue(world, first))
            let (_, second) = try await Self.completed(world, name: "李四", email: "b@example.test")
            // MUT
            let duplicate = try await Self.issue(world, second)
            let revoked = try await world.send(
                .POST, "/api/v1/certificates/\(issued["id"] as? String ?? "")/revoke",
                world.providerHeaders, ["reason": "考核材料造假"])
            let again = try await world.send(
                .POST, "/api/v1/certificates/\(issued["id"] as? String ?? "")/revoke",
                world.providerHeaders, ["reason": "再次"])
            // validate
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("number"))
            #expect(revoked.status == .ok)
            #expect(again.status == .unprocessableEntity)
            let page = try await app.get("/verify/\(issued["code"] as? String ?? "")")
            #expect(page.text.contains("data-status=\"revoked\""))
            #expect(page.text.contains("考核材料造假"))
            #expect(
                try await world.send(
                    .POST, "/api/v1/certificates/\(issued["id"] as? String ?? "")/revoke",
                    world.otherProviderHeaders, ["reason": "x"]
                ).status == .notFound)
        }
    }

    @Test func aRecordedSkillCertificateRaisesTheProfileAndRevokingItLowersItAgain() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (talent, _) = try await world.talent("王五", email: "w@example.test")
            let id = try talent.requireID().uuidString
            func record(_ kind: String, _ level: String, _ number: String) async throws -> [String: Any] {
                let response = try await world.send(
                    .POST, "/api/v1/certificates", world.officerHeaders,
                    [
                        "talentID": id, "kind": kind, "level": level, "occupationCode": "2-02-38-03",
                        "issuerName": "山东省职业技能鉴定中心", "number": number, "issuedOn": "2026-05-20",
                    ])
                #expect(response.status == .created, "\(response.body.string)")
                return try world.json(response)
            }
            // MUT
            _ = try await record("skill_level", "senior", "SD-1")
            let technician = try await record("skill_level", "technician", "SD-2")
            _ = try await record("technical_grade", "intermediate", "SD-3")
            // validate
            var stored = try #require(try await Talent.find(talent.requireID(), on: app.db))
            #expect(stored.skillLevel == "technician")
            #expect(stored.titleLevel == "intermediate")
            let found = try await TestTalents.names(
                TalentSearchQuery(filters: [.init(facet: .skillLevel, code: "technician")]), app)
            #expect(found == ["王五"])
            _ = try await world.send(
                .POST, "/api/v1/certificates/\(technician["id"] as? String ?? "")/revoke",
                world.officerHeaders, ["reason": "登记错误"])
            stored = try #require(try await Talent.find(talent.requireID(), on: app.db))
            #expect(stored.skillLevel == "senior")
            // A provider records nothing from elsewhere; bad input names the fields.
            #expect(
                try await world.send(.POST, "/api/v1/certificates", world.providerHeaders, ["talentID": id]).status
                    == .forbidden)
            let bad = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": id, "kind": "skill_level", "level": "junior_engineer", "issuerName": "",
                    "number": "SD-4",
                    "issuedOn": "2999-01-01",
                ])
            #expect(bad.status == .unprocessableEntity)
            let fields = Set((try world.json(bad)["errors"] as? [[String: String]] ?? []).compactMap { $0["field"] })
            #expect(fields == ["level", "issuerName", "issuedOn"])
            #expect(try await Certificate.query(on: app.db).count() == 3)
        }
    }

    @Test func theHolderSeesTheirCertificatePageWithoutTheRevocationForm() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await Self.completed(world)
            let id = try world.json(try await Self.issue(world, enrollment))["id"] as? String ?? ""
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            // MUT
            let page = try await browser.get("/certificates/\(id)")
            // validate
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"certificate-status\""))
            #expect(!page.text.contains("id=\"revoke-form\""))
        }
    }
}
