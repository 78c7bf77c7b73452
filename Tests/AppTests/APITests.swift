import Foundation
import PublicPages
import Reference
import SiteKit
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

@Suite("JSON API")
struct APITests {
    private struct Items: Decodable {
        var items: [[String: JSONValue]]
        var total: Int?
        var nextCursor: String?
    }

    @Test func measuresListsTwelveAndDepartmentsEleven() async throws {
        try await TestApp.run { app, _ in
            let measures = try await app.get("/api/v1/measures").content.decode(Items.self)
            #expect(measures.items.count == 12)
            let departments = try await app.get("/api/v1/departments").content.decode(Items.self)
            #expect(departments.items.count == 11)
        }
    }

    @Test func oneMeasureCarriesItsTasksAndTargets() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/measures/m1")
            #expect(response.status == .ok)
            let measure = try response.content.decode(MeasureDTO.self)
            #expect(measure.code == "M1")
            #expect(measure.targets?.contains { $0.id == "m1-engineers-trained" && $0.value == 200 } == true)
            #expect(measure.tasks?.isEmpty == false)
        }
    }

    @Test func unknownMeasureIsAProblemDocument() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/measures/M99")
            #expect(response.status == .notFound)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.text.utf8))
            #expect(problem.status == 404)
            #expect(problem.detail?.contains("M99") == true)
            #expect(problem.requestID == response.headers.first(name: "X-Request-ID"))
        }
    }

    @Test func unknownAPIRouteIsAProblemDocument() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/no-such")
            #expect(response.status == .notFound)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
        }
    }

    @Test func occupationsFilterPaginateAndCount() async throws {
        try await TestApp.run { app, _ in
            let page = try await app.get("/api/v1/occupations?q=数据&digital=true&limit=2").content.decode(Items.self)
            #expect(page.items.count == 2)
            #expect(page.total ?? 0 > 2)
            let cursor = try #require(page.nextCursor)
            let next = try await app.get("/api/v1/occupations?q=数据&digital=true&limit=2&cursor=\(cursor)")
                .content.decode(Items.self)
            #expect(next.items.first?["code"] != page.items.first?["code"])
        }
    }

    @Test(arguments: [("limit=0", "limit"), ("limit=abc", "limit"), ("limit=500", "limit"), ("cursor=bogus", "cursor")])
    func badParametersAre400NamingTheField(query: String, field: String) async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/occupations?\(query)")
            #expect(response.status == .badRequest)
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.text.utf8))
            #expect(problem.detail?.contains(field) == true)
            #expect(problem.detail?.contains("参数") == true)  // Chinese by default
        }
    }

    @Test func badParameterMessageFollowsTheLanguage() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/occupations?limit=0&lang=en")
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.text.utf8))
            #expect(problem.detail == "The query parameter limit is invalid: it takes a whole number from 1 to 200.")
        }
    }

    /// Issue 20, deliver 3: every documented query parameter is held to the document
    /// (`QueryContract`), before the handler — which used to ignore a bad `lang` or date.
    @Test(arguments: [
        ("/api/v1/districts?lang=AAA", "lang"), ("/api/v1/audit-events?to=", "to"),
        ("/api/v1/audit-events?from=2026-02-30", "from"), ("/api/v1/talents?education=phd", "education"),
        ("/api/v1/occupations?limit=1e3", "limit"), ("/api/v1/talents?ageMin=-1", "ageMin"),
    ])
    func aQueryValueTheDocumentDoesNotAllowIsRefusedNamingTheParameter(target: String, name: String) async throws {
        try await TestApp.run { app, _ in
            let admin = try await TestApp.makeUser(app, role: .admin, email: "q@example.test")
            let response = try await app.get(target, headers: try await TrainingWorld.bearer(app, admin))
            #expect(response.status == .badRequest, "\(target): \(response.text)")
            let problem = try JSONDecoder().decode(Problem.self, from: Data(response.text.utf8))
            #expect(problem.detail?.hasPrefix("查询参数 \(name) 的值无效") == true, "\(problem.detail ?? "")")
            // The same value well formed is answered.
            #expect(try await app.get("/api/v1/districts?lang=en").status == .ok)
        }
    }

    @Test func districtsAndIndustryChainsComeFromReferenceData() async throws {
        try await TestApp.run { app, _ in
            let districts = try await app.get("/api/v1/districts").content.decode(Items.self)
            #expect(districts.items.count == 11)
            let chains = try await app.get("/api/v1/industry-chains").content.decode(Items.self)
            #expect(chains.items.isEmpty == false)
        }
    }

    @Test func activePolicyNamesItsVersionAndChecksum() async throws {
        try await TestApp.run { app, _ in
            let policy = try await app.get("/api/v1/policy").content.decode(ActivePolicyDTO.self)
            #expect(policy.id == app.activePolicy?.document.id)
            #expect(policy.checksum.count == 64)
            #expect(policy.measures == 12)
        }
    }
}
