import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// `FormValue` (issue 15, strict API bodies): a form's text is read as it is; a JSON body
/// must give each value in its declared type, and a value of another type is a field the
/// reader refuses, not a failed request.
@Suite("Request fields: text from a form, typed values from JSON")
struct FormValueTests {
    struct Body: Codable {
        @FormText var name: String?
        @FormNumber var capacity: String?
        @FormNumber var hours: String?
        @FormFlag var passed: String?
        @FormList var talentIDs: String?
    }

    static func json(_ text: String) throws -> Body {
        try JSONDecoder.strictAPI.decode(Body.self, from: Data(text.utf8))
    }

    @Test func jsonValuesOfTheirTypeAreReadAsText() throws {
        let body = try Self.json(
            #"{"name":"第1期","capacity":30,"hours":2.5,"passed":true,"talentIDs":["a","b"]}"#)
        #expect(body.name == "第1期")
        #expect(body.capacity == "30")
        #expect(body.hours == "2.5")
        #expect(body.passed == "true")
        #expect(body.talentIDs == "a\nb")
    }

    @Test func aDecimalKeepsItsDigits() throws {
        #expect(try Self.json(#"{"hours":0.1}"#).hours == "0.1")
        #expect(try Self.json(#"{"hours":12.345}"#).hours == "12.345")
    }

    @Test func aJSONValueOfAnotherTypeIsNotValidForItsFieldAlone() throws {
        let body = try Self.json(#"{"name":7,"capacity":"30","hours":true,"passed":"yes","talentIDs":"a"}"#)
        for value in [body.name, body.capacity, body.hours, body.passed, body.talentIDs] {
            #expect(value == FormValueKind.notValid)
        }
        // Null and absent are "not given".
        let empty = try Self.json(#"{"name":null}"#)
        #expect(empty.name == nil && empty.capacity == nil)
    }

    @Test func aFormGivesEveryValueAsText() throws {
        let body = try URLEncodedFormDecoder().decode(
            Body.self, from: "name=%E7%AC%AC1%E6%9C%9F&capacity=30&hours=2.5&passed=pass&talentIDs=a%0Ab")
        #expect(body.name == "第1期")
        #expect(body.capacity == "30")
        #expect(body.hours == "2.5")
        #expect(body.passed == "pass")
        #expect(body.talentIDs == "a\nb")
    }

    @Test func theAPIRefusesANumberSentAsTextNamingTheField() async throws {
        try await TestApp.run { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let (program, _, _) = try await world.openProgram()
            let cohort: [String: Any] = [
                "name": "第2期", "enrolDeadline": "2026-12-31", "startsOn": "2026-03-01", "endsOn": "2026-12-31",
            ]
            // act
            let asText = try await world.send(
                .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                cohort.merging(["capacity": "30"]) { $1 })
            let asNumber = try await world.send(
                .POST, "/api/v1/programs/\(program)/cohorts", world.providerHeaders,
                cohort.merging(["capacity": 30]) { $1 })
            // assert
            #expect(asText.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(asText.body.string.utf8))
            #expect(problem.errors?.map(\.field) == ["capacity"])
            #expect(asNumber.status == .created)
        }
    }

    /// Fields a validator reads itself, not through a `FieldReader`, refuse a wrong type
    /// too: a flag is not taken as "no", a number is not taken as a name.
    @Test func aFlagOrANameOfAnotherTypeIsRefusedNotGuessed() async throws {
        try await TestApp.run { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let program: [String: Any] = [
                "kind": "engineer_training", "title": "大数据工程技术人员（中级）培训", "occupationCode": "2-02-38-03",
                "engineerLevel": "intermediate", "capacity": 30, "startsOn": "2026-03-01", "endsOn": "2026-12-31",
                "delivery": "online", "fee": 0, "vouchersApply": "yes",
            ]
            // act
            let flagAsText = try await world.send(.POST, "/api/v1/programs", world.providerHeaders, program)
            let nameAsNumber = try await world.send(
                .POST, "/api/v1/talents", world.officerHeaders,
                [
                    "name": 7,
                    "residentID": ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-01-02")!, sequence: 5)
                        .value, "districtCode": "370303", "consent": true,
                ])
            // assert
            for (response, field) in [(flagAsText, "vouchersApply"), (nameAsNumber, "name")] {
                #expect(response.status == .unprocessableEntity, "\(field): \(response.body.string)")
                let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.string.utf8))
                #expect(problem.errors?.map(\.field) == [field])
            }
        }
    }

    /// A value of the wrong type is refused by the type it must have, not by what its
    /// content would be as text.
    @Test func aWrongTypeRefusalNamesTheTypeTheFieldNeeds() async throws {
        try await TestApp.run { app, _ in
            // setup
            let world = try await TrainingWorld.make(app)
            let id = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1992-03-04")!, sequence: 7).value
            // act
            let response = try await world.send(
                .POST, "/api/v1/talents", world.officerHeaders,
                [
                    "name": "赵六", "residentID": id, "districtCode": "370303", "consent": true,
                    "graduationYear": "2012", "occupations": "2-02-38-03",
                ])
            // assert
            #expect(response.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.string.utf8))
            let refusals = Dictionary(uniqueKeysWithValues: (problem.errors ?? []).map { ($0.field, $0) })
            #expect(refusals["graduationYear"]?.code == .wrongType)
            #expect(refusals["graduationYear"]?.message == "“毕业年份”应为数字。")
            #expect(refusals["occupations"]?.code == .wrongType)
            #expect(refusals["occupations"]?.message == "“职业（国家职业分类代码）”应为列表。")
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }
}
