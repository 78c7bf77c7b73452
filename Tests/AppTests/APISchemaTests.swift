import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// What the API answers matches what its document says, property by property, not only
/// its paths (issue 15): a DTO field renamed, added or dropped without the document fails here.
@Suite("API answers match the OpenAPI schemas")
struct APISchemaTests {
    @Test func everyReadAndTheTrainingWritesAnswerAsTheirSchemaSays() async throws {
        try await TestApp.run { app, _ in
            let check = JSONSchemaCheck(
                document: try JSONValue.parse(try await app.get("/api/v1/openapi.json").body.string))
            var checked = 0
            /// Checks `response` against the document's schema for `template`.
            func expectMatches(
                _ response: TestingHTTPResponse, _ template: String, _ method: String = "get", status: String = "200"
            ) throws {
                #expect(response.status.code == UInt(status), "\(template): \(response.body.string.prefix(300))")
                let schema = try #require(check.responseSchema(template, method, status), "\(method) \(template)")
                let problems = check.problems(try JSONValue.parse(response.body.string), schema)
                #expect(problems.isEmpty, "\(method) \(template): \(problems.prefix(5).joined(separator: "; "))")
                checked += 1
            }

            // setup: a program with a cohort, a talent who completed it and got a certificate
            let world = try await TrainingWorld.make(app)
            let admin = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let adminHeaders = try await TrainingWorld.bearer(app, admin)
            let (program, cohort, session) = try await world.openProgram()
            let (talent, talentHeaders) = try await world.talent("张三明", email: "a@example.test")
            let talentID = try talent.requireID().uuidString
            let enrolled = try await world.send(.POST, "/api/v1/cohorts/\(cohort)/enrollments", talentHeaders, [:])
            try expectMatches(enrolled, "/api/v1/cohorts/{id}/enrollments", "post", status: "201")
            let enrollment = try world.json(enrolled)["id"] as? String ?? ""
            let provider = world.providerHeaders
            try expectMatches(
                try await world.send(
                    .POST, "/api/v1/enrollments/\(enrollment)/attendance", provider,
                    ["sessionID": session, "hours": 4]), "/api/v1/enrollments/{id}/attendance", "post")
            _ = try await world.send(
                .POST, "/api/v1/enrollments/\(enrollment)/result", provider, ["score": 86, "passed": true])
            try expectMatches(
                try await world.send(.POST, "/api/v1/enrollments/\(enrollment)/complete", provider),
                "/api/v1/enrollments/{id}/complete", "post")
            let issued = try await world.send(
                .POST, "/api/v1/enrollments/\(enrollment)/certificate", provider, ["number": "ZB2026-0001"])
            try expectMatches(issued, "/api/v1/enrollments/{id}/certificate", "post", status: "201")
            let certificate = try world.json(issued)["id"] as? String ?? ""
            let code = try world.json(issued)["code"] as? String ?? ""
            // The document's schemas are strict enough to notice drift: a renamed id fails.
            let certificateSchema = try #require(check.responseSchema("/api/v1/certificates/{id}", "get", "200"))
            let drifted = issued.body.string.replacingOccurrences(of: "\"talentID\"", with: "\"talentId\"")
            #expect(
                check.problems(try JSONValue.parse(drifted), certificateSchema) == [
                    "$: required talentID is missing", "$: talentId is not in the document",
                ])

            // An application for a skill certificate: the draft, a document, the submission.
            let skill = try await world.send(
                .POST, "/api/v1/certificates", world.officerHeaders,
                [
                    "talentID": try talent.requireID().uuidString, "kind": "skill_level", "level": "junior",
                    "occupationCode": "2-02-38-03", "issuerName": "山东省职业技能鉴定中心", "number": "JN-9",
                    "issuedOn": app.clock.today.description,
                ])
            let draft = try await world.send(
                .POST, "/api/v1/applications", talentHeaders,
                ["kind": "skill-upgrade-subsidy", "basisID": try world.json(skill)["id"] as? String ?? ""])
            try expectMatches(draft, "/api/v1/applications", "post", status: "201")
            let applicationID = try world.json(draft)["id"] as? String ?? ""
            for code in ["certificate", "bank_account"] {
                try expectMatches(
                    try await ApplicationWorkflowTests.upload(
                        world, applicationID, code: code, bytes: ApplicationWorkflowTests.pdf, name: "\(code).pdf",
                        talentHeaders), "/api/v1/applications/{id}/attachments", "post", status: "201")
            }
            try expectMatches(
                try await world.send(.POST, "/api/v1/applications/\(applicationID)/submit", talentHeaders),
                "/api/v1/applications/{id}/submit", "post")

            // A policy simulation of the shipped policy against itself, run to its report.
            var yaml = adminHeaders
            yaml.replaceOrAdd(name: .contentType, value: "application/yaml")
            let simulation = try await app.testing().sendRequest(
                .POST, "/api/v1/policy-simulations", headers: yaml, body: ByteBuffer(string: try TestApp.shippedPolicy))
            try expectMatches(simulation, "/api/v1/policy-simulations", "post", status: "202")
            let simulationID = try world.json(simulation)["id"] as? String ?? ""
            try await app.jobs.runPending(app)

            // act and assert: every read, as someone who may read it
            let reads: [(String, String, HTTPHeaders)] = [
                ("/api/v1/measures", "/api/v1/measures", [:]),
                ("/api/v1/measures/M1", "/api/v1/measures/{code}", [:]),
                ("/api/v1/departments", "/api/v1/departments", [:]),
                ("/api/v1/policy", "/api/v1/policy", [:]),
                ("/api/v1/targets", "/api/v1/targets", [:]),
                ("/api/v1/occupations?q=大数据", "/api/v1/occupations", [:]),
                ("/api/v1/districts", "/api/v1/districts", [:]),
                ("/api/v1/industry-chains", "/api/v1/industry-chains", [:]),
                ("/api/v1/me", "/api/v1/me", adminHeaders),
                ("/api/v1/users", "/api/v1/users", adminHeaders),
                ("/api/v1/organizations", "/api/v1/organizations", adminHeaders),
                ("/api/v1/tokens", "/api/v1/tokens", adminHeaders),
                ("/api/v1/audit-events", "/api/v1/audit-events", adminHeaders),
                ("/api/v1/talents", "/api/v1/talents", world.officerHeaders),
                ("/api/v1/applications", "/api/v1/applications", world.officerHeaders),
                ("/api/v1/notifications", "/api/v1/notifications", talentHeaders),
                ("/api/v1/applications/\(applicationID)", "/api/v1/applications/{id}", world.officerHeaders),
                ("/api/v1/talents/\(talentID)", "/api/v1/talents/{id}", world.officerHeaders),
                (
                    "/api/v1/talents/\(talentID)/eligibility", "/api/v1/talents/{id}/eligibility",
                    world.officerHeaders
                ),
                ("/api/v1/programs", "/api/v1/programs", [:]),
                ("/api/v1/programs/\(program)", "/api/v1/programs/{id}", [:]),
                ("/api/v1/cohorts/\(cohort)", "/api/v1/cohorts/{id}", provider),
                ("/api/v1/cohorts/\(cohort)/enrollments", "/api/v1/cohorts/{id}/enrollments", provider),
                ("/api/v1/enrollments", "/api/v1/enrollments", talentHeaders),
                ("/api/v1/vouchers", "/api/v1/vouchers", adminHeaders),
                ("/api/v1/voucher-batches", "/api/v1/voucher-batches", adminHeaders),
                ("/api/v1/vouchers/settlement", "/api/v1/vouchers/settlement", provider),
                ("/api/v1/certificates", "/api/v1/certificates", provider),
                ("/api/v1/certificates/\(certificate)", "/api/v1/certificates/{id}", provider),
                ("/api/v1/certificates/public-key", "/api/v1/certificates/public-key", [:]),
                ("/api/v1/certificates/verify/\(code)", "/api/v1/certificates/verify/{code}", [:]),
                ("/api/v1/courses", "/api/v1/courses", [:]),
                ("/api/v1/course-completions", "/api/v1/course-completions", adminHeaders),
                ("/api/v1/policy-simulations", "/api/v1/policy-simulations", adminHeaders),
                (
                    "/api/v1/policy-simulations/\(simulationID)", "/api/v1/policy-simulations/{id}", adminHeaders
                ),
            ]
            for (path, template, headers) in reads {
                try expectMatches(try await world.send(.GET, path, headers), template)
            }
            #expect(checked == reads.count + 9)
        }
    }

    /// The checker itself: it must find what it is for, or the test above proves nothing.
    @Test func theCheckerFindsARenamedAMissingAndAMistypedProperty() throws {
        let document = try JSONValue.parse(
            #"""
            {"components": {"schemas": {"Thing": {"type": "object", "required": ["id", "count"],
              "properties": {"id": {"type": "string"}, "count": {"type": "integer"},
                             "state": {"type": "string", "enum": ["open", "closed"]}}}}}}
            """#)
        let check = JSONSchemaCheck(document: document)
        let schema = try JSONValue.parse(##"{"$ref": "#/components/schemas/Thing"}"##)
        #expect(check.problems(try JSONValue.parse(#"{"id": "a", "count": 2, "state": "open"}"#), schema).isEmpty)
        #expect(
            check.problems(try JSONValue.parse(#"{"iD": "a", "count": 2}"#), schema) == [
                "$: required id is missing", "$: iD is not in the document",
            ])
        #expect(check.problems(try JSONValue.parse(#"{"id": "a", "count": "2"}"#), schema).count == 1)
        #expect(check.problems(try JSONValue.parse(#"{"id": "a", "count": true}"#), schema).count == 1)
        #expect(check.problems(try JSONValue.parse(#"{"id": "a", "count": 1, "state": "gone"}"#), schema).count == 1)
    }
}
