import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 15: rules and stores refuse with `FieldErrors` of `Message`s, worded in no
/// particular language; the page or the API shows the refusal in the reader's.
@Suite("Refusals: made in both languages, shown in the reader's")
struct RefusalsTests {
    @Test func aReaderRefusalNamesTheFieldByItsLabelInEachLanguage() throws {
        // act
        var read = FieldReader()
        _ = read.text("first\tsecond", "displayName", .userName)
        _ = read.integer("many", "days", .userName, in: 1...90)
        // assert: each language has the label in its own language, never the other's
        let oneLine = try #require(read.errors["displayName"])
        #expect(oneLine.zh == "“姓名”只能写一行。")
        #expect(oneLine.en == "The Name must be on one line.")
        let number = try #require(read.errors["days"])
        #expect(number.zh.contains("姓名") && !number.zh.contains("Name"))
        #expect(number.en.contains("Name") && !number.en.contains("姓名"))
    }

    @Test func severalRefusalsJoinIntoOneTextPerLanguage() {
        var errors = FieldErrors("file", .importFileMissing)
        errors["consent"] = .talentConsentMissing
        #expect(errors.message.zh == Message.importFileMissing.zh + " " + Message.talentConsentMissing.zh)
        #expect(errors.message.en == Message.importFileMissing.en + " " + Message.talentConsentMissing.en)
        let shown = errors.shown(in: Messages(language: .en))
        #expect(shown["consent"] == Message.talentConsentMissing.en)
        #expect(shown.messages.count == 2)
    }

    @Test func theAPIGivesTheSameRefusalInTheLanguageAsked() async throws {
        try await TestApp.run { app, _ in
            // setup: an administrator's token and an organisation whose credit code is wrong
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            try await browser.get("/account")
            let page = try await browser.post("/account/tokens", ["name": "同步", "scope": "read_write", "days": "30"])
            let marker = try #require(page.text.range(of: "id=\"new-token\">"))
            let secret = String(page.text[marker.upperBound...].prefix { $0 != "<" })
            var headers: HTTPHeaders = ["Authorization": "Bearer \(secret)"]
            headers.contentType = .json
            var code = CreditCode.fake(divisionCode: "370303", serial: 9).value
            code = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
            let body = #"{"name":"示例公司","kind":"enterprise","creditCode":"\#(code)","districtCode":"370303"}"#
            // act
            var shown: [String: String] = [:]
            for language in ["zh", "en"] {
                let response = try await app.testing().sendRequest(
                    .POST, "/api/v1/organizations?lang=\(language)", headers: headers, body: ByteBuffer(string: body))
                #expect(response.status == .unprocessableEntity)
                let problem = try JSONDecoder().decode(Problem.self, from: Data(response.body.string.utf8))
                shown[language] = problem.errors?.first { $0.field == "creditCode" }?.message
            }
            // assert
            #expect(shown["zh"] == Message.creditCodeWrongCheck.zh)
            #expect(shown["en"] == Message.creditCodeWrongCheck.en)
            #expect(try await Organization.query(on: app.db).count() == 0)
        }
    }

    @Test func aPageShowsAStoresRefusalInTheReadersLanguage() async throws {
        try await TestApp.run { app, _ in
            // setup: an administrator reading in English
            try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "a@example.test")
            try await browser.get("/admin/organizations?lang=en")
            // act: a name on two lines
            let response = try await browser.post(
                "/admin/organizations",
                [
                    "name": "示例\t公司", "kind": "enterprise",
                    "creditCode": CreditCode.fake(divisionCode: "370303", serial: 9).value, "districtCode": "370303",
                ])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(Message.fieldOneLine(field: Message.organizationName.en).en))
            #expect(!response.text.contains(Message.fieldOneLine(field: Message.organizationName.zh).zh))
        }
    }

    /// Each refused field says why in a code a program can act on.
    @Test func theAPISaysWhyEachFieldWasRefused() async throws {
        try await TestApp.run { app, _ in
            // setup: an organisation whose credit code the next one repeats
            let admin = try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
            let headers = try await TrainingWorld.bearer(app, admin)
            let world = try await TrainingWorld.make(app)
            let code = CreditCode.fake(divisionCode: "370303", serial: 9).value
            let first = try await world.send(
                .POST, "/api/v1/organizations", headers,
                ["name": "示例公司", "kind": "enterprise", "creditCode": code, "districtCode": "370303"])
            #expect(first.status == .created, "\(first.body.string)")
            // act: a repeated code, no name, a kind of another JSON type, an unknown district
            let refused = try await world.send(
                .POST, "/api/v1/organizations", headers,
                ["kind": 3, "creditCode": code, "districtCode": "999999"])
            // assert
            #expect(refused.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(refused.body.string.utf8))
            let codes = Dictionary(uniqueKeysWithValues: (problem.errors ?? []).map { ($0.field, $0.code) })
            #expect(codes["creditCode"] == .taken)
            #expect(codes["name"] == .invalid)
            #expect(codes["kind"] == .wrongType)
            #expect(codes["districtCode"] == .unknown)
            #expect(problem.measure == nil)
        }
    }

    /// A refusal by a measure's rule cites the measure.
    @Test func aRuleRefusalCitesItsMeasure() async throws {
        try await TestApp.run { app, _ in
            // setup: an engineer-training program (M1) that asks for 3 years in the field
            let world = try await TrainingWorld.make(app)
            let (_, cohort, _) = try await world.openProgram(requirement: ["requireYearsInField": 3])
            let (_, headers) = try await world.talent("王五", email: "w@example.test")
            // act
            let refused = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["yearsInField": 2])
            let wrongType = try await world.send(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments", headers, ["yearsInField": "2"])
            // assert
            let problem = try JSONDecoder().decode(Problem.self, from: Data(refused.body.string.utf8))
            #expect(problem.measure == "M1")
            #expect(problem.errors?.map(\.code) == [.notAllowed])
            let typed = try JSONDecoder().decode(Problem.self, from: Data(wrongType.body.string.utf8))
            #expect(typed.errors?.map(\.code) == [.wrongType])
            #expect(typed.measure == nil)
        }
    }
}
