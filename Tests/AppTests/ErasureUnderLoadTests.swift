import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 14, defect 3: an approved erasure must leave nothing of the person however many
/// other writes run at the same moment, and parallel decisions on one request decide once.
@Suite("Erasure under load: nothing of the person survives, one decision wins")
struct ErasureUnderLoadTests {
    /// An administrator's session: its cookie header and a form token for it.
    struct AdminSession {
        var headers: HTTPHeaders
        var csrf: String
    }

    /// Signs `admin@example.test` in (made first unless `exists`).
    static func adminSession(_ app: Application, exists: Bool = false) async throws -> AdminSession {
        if !exists { try await TestApp.makeUser(app, role: .admin, email: "admin@example.test") }
        let browser = Browser(app)
        _ = try await TestApp.signIn(browser, "admin@example.test")
        try await browser.get("/admin/erasures")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.contentType = .urlEncodedForm
        return AdminSession(headers: headers, csrf: browser.csrfToken)
    }

    static func decide(_ app: Application, _ session: AdminSession, _ request: UUID, _ decision: String) async throws
        -> HTTPStatus
    {
        let body = "decision=\(decision)&_csrf=\(percentEncode(session.csrf))"
        return try await app.testing().sendRequest(
            .POST, "/admin/erasures/\(request)", headers: session.headers,
            body: ByteBuffer(string: body)
        ).status
    }

    /// A person with an account, a session, an API token and a pending erasure request.
    static func person(_ app: Application, _ index: Int) async throws -> (talent: UUID, user: UUID, request: UUID) {
        let user = try await TestApp.makeUser(app, role: .talent, email: "p\(index)@example.test")
        let talent = try await TestTalents.add(app, name: "待删除\(index)", skills: ["Python"], userID: user.id)
        _ = try await TrainingWorld.bearer(app, user)
        _ = try await TestApp.signIn(Browser(app), "p\(index)@example.test")
        let request = ErasureRequest(talentID: try talent.requireID(), requestedAt: Date())
        try await request.create(on: app.db)
        return (try talent.requireID(), try user.requireID(), try request.requireID())
    }

    /// What is left of the person: every field that could identify them, their account's
    /// name, address and password, sessions and tokens. Empty when the erasure is whole.
    static func leftovers(_ app: Application, talent: UUID, user: UUID) async throws -> [String] {
        var left: [String] = []
        let profile = try #require(try await Talent.find(talent, on: app.db))
        if !profile.name.isEmpty { left.append("name") }
        if profile.residentIDCipher != nil || profile.residentIDIndex != nil { left.append("resident id") }
        if !profile.skills.isEmpty { left.append("skills") }
        if profile.$user.id != nil { left.append("link to the account") }
        if let account = try await User.find(user, on: app.db) {
            if !account.displayName.isEmpty { left.append("account name") }
            if account.email != nil { left.append("account email") }
            if account.passwordHash != "!" || account.isActive { left.append("usable password") }
        }
        if try await UserSession.query(on: app.db).filter(\.$user.$id == user).count() > 0 { left.append("sessions") }
        if try await APIToken.query(on: app.db).filter(\.$user.$id == user).count() > 0 { left.append("tokens") }
        return left
    }

    @Test func twentyApprovalsMadeAlongsideOtherWritesLeaveNothingOfAnyPerson() async throws {
        try await TestApp.run { app, _ in
            // setup
            let session = try await Self.adminSession(app)
            var people: [(talent: UUID, user: UUID, request: UUID)] = []
            for index in 0..<20 { people.append(try await Self.person(app, index)) }
            let world = try await TrainingWorld.make(app)
            let targets = people
            // act: the approvals, and writes by others at the same moment
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus?.self) { group in
                for person in targets {
                    group.addTask { try await Self.decide(app, session, person.request, "approve") }
                }
                for index in 0..<20 {
                    group.addTask {
                        let id = ResidentID.fake(
                            areaCode: "370303", birth: CalendarDate("1991-03-0\(index % 9 + 1)")!,
                            sequence: 500 + index)
                        _ = try await world.send(
                            .POST, "/api/v1/talents", world.officerHeaders,
                            [
                                "name": "并发\(index)", "residentID": id.value, "districtCode": "370303",
                                "consent": true,
                            ])
                        _ = try await TestApp.signIn(Browser(app), "p\(index)@example.test")
                        return nil
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { if let status = $1 { $0.append(status) } }
            }
            // assert
            #expect(statuses.allSatisfy { $0 == .ok }, "\(statuses)")
            for person in people {
                let left = try await Self.leftovers(app, talent: person.talent, user: person.user)
                #expect(left.isEmpty, "talent \(person.talent): \(left)")
                #expect(try await ErasureRequest.find(person.request, on: app.db)?.status == .approved)
            }
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "talent.erase").count() == 20)
        }
    }

    @Test func parallelApprovalsAndRejectionsOfOneRequestDecideItOnce() async throws {
        try await TestApp.run { app, _ in
            for round in 0..<4 {
                // setup
                let session = try await Self.adminSession(app, exists: round > 0)
                let person = try await Self.person(app, 100 + round)
                // act
                _ = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for decision in ["approve", "reject", "approve", "reject"] {
                        group.addTask { try await Self.decide(app, session, person.request, decision) }
                    }
                    return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
                }
                // assert: the stored decision and the profile agree, and one audit event says so
                let request = try #require(try await ErasureRequest.find(person.request, on: app.db))
                let profile = try #require(try await Talent.find(person.talent, on: app.db))
                let events = try await AuditEvent.query(on: app.db).filter(\.$entityID == person.talent.uuidString)
                    .filter(\.$action ~~ ["talent.erase", "erasure.reject"]).all()
                #expect(events.count == 1, "round \(round): \(events.map(\.action))")
                switch request.status {
                case .approved:
                    #expect(profile.status == "erased", "round \(round)")
                    #expect(try await Self.leftovers(app, talent: person.talent, user: person.user).isEmpty)
                case .rejected:
                    #expect(profile.status != "erased" && !profile.name.isEmpty, "round \(round): rejected but erased")
                case .pending:
                    Issue.record("round \(round): nobody decided")
                }
            }
        }
    }
}
