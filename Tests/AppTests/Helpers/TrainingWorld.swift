import Accounts
import Fluent
import Foundation
import Organizations
import SQLKit
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Training
import Vapor
import VaporTesting

@testable import App

/// Accounts, organisations and tokens for the training tests, made through the models.
struct TrainingWorld {
    var app: Application
    var provider: Organization
    var providerHeaders: HTTPHeaders
    var otherProviderHeaders: HTTPHeaders
    var officerHeaders: HTTPHeaders

    static func make(_ app: Application) async throws -> TrainingWorld {
        let provider = try await organization(app, name: "淄博数智职业培训学校", serial: 11)
        let other = try await organization(app, name: "另一家培训学校", serial: 12)
        let providerUser = try await TestApp.makeUser(
            app, role: .provider, email: "p@example.test", organization: provider.id)
        let otherUser = try await TestApp.makeUser(
            app, role: .provider, email: "q@example.test", organization: other.id)
        let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
        return TrainingWorld(
            app: app, provider: provider, providerHeaders: try await bearer(app, providerUser),
            otherProviderHeaders: try await bearer(app, otherUser),
            officerHeaders: try await bearer(app, officer))
    }

    static func organization(_ app: Application, name: String, serial: Int) async throws -> Organization {
        let organization = Organization(
            name: name, kind: .provider,
            creditCode: CreditCode.fake(divisionCode: "370303", serial: serial).value,
            districtCode: "370303")
        try await organization.create(on: app.db)
        return organization
    }

    static func bearer(_ app: Application, _ user: User) async throws -> HTTPHeaders {
        let secret = "tlt_" + Secrets.randomToken()
        try await APIToken(
            userID: user.requireID(), name: "test", tokenHash: Secrets.sha256(secret), scope: .readWrite,
            // By the app's clock, which a test may move months ahead.
            expiresAt: app.clock.now.addingTimeInterval(400 * 86_400)
        ).create(on: app.db)
        return ["Authorization": "Bearer \(secret)"]
    }

    /// A talent with an account and a token of their own.
    func talent(_ name: String, email: String, education: EducationLevel? = .bachelor) async throws -> (
        Talent, HTTPHeaders
    ) {
        let user = try await TestApp.makeUser(app, role: .talent, email: email)
        let talent = try await TestTalents.add(app, name: name, education: education, userID: user.requireID())
        return (talent, try await Self.bearer(app, user))
    }

    /// Sends JSON (or nothing) to the API and returns the response.
    func send(_ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders, _ body: [String: Any]? = nil) async throws
        -> TestingHTTPResponse
    {
        var headers = headers
        var buffer: ByteBuffer?
        if let body {
            headers.contentType = .json
            buffer = ByteBuffer(data: try JSONSerialization.data(withJSONObject: body))
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
    }

    func json(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    /// An open engineer-training program with one cohort of `capacity` and a 4-hour session.
    func openProgram(capacity: Int = 30, requirement: [String: Any] = [:], deadline: String? = nil) async throws
        -> (program: String, cohort: String, session: String)
    {
        var body: [String: Any] = [
            "kind": "engineer_training", "title": "大数据工程技术人员（中级）培训", "occupationCode": "2-02-38-03",
            "engineerLevel": "intermediate", "capacity": capacity, "startsOn": "2026-03-01", "endsOn": "2026-12-31",
            "delivery": "on_site", "place": "淄博市张店区人民西路", "fee": 1200, "vouchersApply": true,
        ]
        body.merge(requirement) { $1 }
        let created = try await send(.POST, "/api/v1/programs", providerHeaders, body)
        #expect(created.status == .created, "\(created.body.string)")
        let program = try json(created)["id"] as? String ?? ""
        #expect(
            try await send(.POST, "/api/v1/programs/\(program)/status", providerHeaders, ["to": "open"]).status == .ok)
        let today = app.clock.today.description
        let cohort = try await send(
            .POST, "/api/v1/programs/\(program)/cohorts", providerHeaders,
            [
                "name": "第1期", "capacity": capacity, "enrolDeadline": deadline ?? "2026-12-31",
                "startsOn": "2026-03-01", "endsOn": "2026-12-31",
            ])
        #expect(cohort.status == .created, "\(cohort.body.string) today=\(today)")
        let cohortID = try json(cohort)["id"] as? String ?? ""
        let session = try await send(
            .POST, "/api/v1/cohorts/\(cohortID)/sessions", providerHeaders,
            ["date": "2026-06-01", "hours": 4, "topic": "Hadoop 与 Spark"])
        #expect(session.status == .created, "\(session.body.string)")
        return (program, cohortID, try json(session)["id"] as? String ?? "")
    }
}

/// Files for the enrolment import tests.
extension TrainingWorld {
    /// Sends `lines` as a CSV to the cohort's import endpoint.
    func importFile(_ cohort: String, _ lines: [String], partial: Bool = false, headers: HTTPHeaders? = nil)
        async throws
        -> TestingHTTPResponse
    {
        var headers = headers ?? providerHeaders
        headers.replaceOrAdd(name: .contentType, value: "text/csv")
        return try await settled(
            app.testing().sendRequest(
                .POST, "/api/v1/cohorts/\(cohort)/enrollments/import?partial=\(partial)&fileName=学员.csv",
                headers: headers, body: ByteBuffer(string: lines.joined(separator: "\r\n"))),
            headers: headers)
    }

    /// The import an upload accepted (202), once its job has run, as the record
    /// (`GET /api/v1/enrollment-imports/{id}`) with 200 when `done`, 422 otherwise; a
    /// refused upload as it came.
    func settled(_ upload: TestingHTTPResponse, headers: HTTPHeaders? = nil) async throws -> TestingHTTPResponse {
        guard upload.status == .accepted, let location = upload.headers.first(name: .location) else { return upload }
        #expect(try json(upload)["status"] as? String == "running")
        try await app.jobs.runPending(app)
        var record = try await app.testing().sendRequest(.GET, location, headers: headers ?? providerHeaders)
        record.status = try json(record)["status"] as? String == "done" ? .ok : .unprocessableEntity
        return record
    }

    /// `count` talents without accounts, with their profile ids and ID numbers.
    func pool(_ count: Int, prefix: String = "学员") async throws -> [(id: String, number: String, name: String)] {
        var rows: [(String, String, String)] = []
        for index in 0..<count {
            let talent = try await TestTalents.add(app, name: "\(prefix)\(index)")
            let number = try #require(talent.residentIDCipher.flatMap { app.personalData.open($0) })
            rows.append((try talent.requireID().uuidString, number, talent.name))
        }
        return rows
    }

    func statuses(_ cohort: String) async throws -> [String: String] {
        let rows = try await Enrollment.query(on: app.db).with(\.$talent)
            .filter(\.$cohort.$id == UUID(uuidString: cohort)!).all()
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.talent.name, $0.status.rawValue) })
    }
}
