import Accounts
import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Authorization: one layer, applied in SQL")
struct AuthorizationTests {
    /// Two departments, two organisations, one account of every kind.
    private struct World {
        var acme: Organization
        var other: Organization
        var users: [String: User]
    }

    private func world(_ app: Application) async throws -> World {
        let acme = try await TestApp.makeOrganization(app, name: "淄博示例数字科技有限公司", serial: 1)
        let other = try await TestApp.makeOrganization(app, name: "临淄示例培训学校", serial: 2)
        var users: [String: User] = [:]
        users["admin"] = try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
        users["hrss"] = try await TestApp.makeUser(app, role: .officer, email: "hrss@example.test", department: "HRSS")
        users["hrss2"] = try await TestApp.makeUser(
            app, role: .officer, email: "hrss2@example.test", department: "HRSS")
        users["miit"] = try await TestApp.makeUser(app, role: .officer, email: "miit@example.test", department: "MIIT")
        users["employer"] = try await TestApp.makeUser(
            app, role: .employer, email: "hr@acme.test", organization: acme.id)
        users["provider"] = try await TestApp.makeUser(
            app, role: .provider, email: "staff@school.test", organization: other.id)
        users["talent"] = try await TestApp.makeUser(app, role: .talent, email: "talent@example.test")
        return World(acme: acme, other: other, users: users)
    }

    private func actor(_ world: World, _ key: String) throws -> Actor {
        try #require(world.users[key]?.actor)
    }

    @Test func officerListsOnlyTheAccountsOfTheirDepartment() async throws {
        try await TestApp.run { app, _ in
            let world = try await world(app)
            // MUT: the scope restriction as SQL, no request involved
            let rows = try await User.restrict(User.query(on: app.db), to: .department, for: try actor(world, "hrss"))
                .all()
            // validate
            #expect(Set(rows.compactMap(\.email)) == ["hrss@example.test", "hrss2@example.test"])
        }
    }

    @Test func officerOfOneDepartmentGetsNothingOfAnotherThroughTheAPI() async throws {
        try await TestApp.run { app, _ in
            _ = try await world(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "miit@example.test")
            let response = try await browser.get("/api/v1/users")
            let body = try JSONDecoder().decode(ItemsDTO<UserDTO>.self, from: Data(response.text.utf8))
            #expect(body.items.map(\.email) == ["miit@example.test"])
        }
    }

    @Test func employerSeesOnlyTheirOrganisation() async throws {
        try await TestApp.run { app, _ in
            let world = try await world(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "hr@acme.test")
            let response = try await browser.get("/api/v1/organizations")
            let body = try JSONDecoder().decode(ItemsDTO<OrganizationDTO>.self, from: Data(response.text.utf8))
            #expect(body.items.map(\.id) == [try world.acme.requireID()])
        }
    }

    @Test func talentCannotOpenAnAdministratorPage() async throws {
        try await TestApp.run { app, _ in
            _ = try await world(app)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "talent@example.test")
            let users = try await browser.get("/admin/users")
            #expect(users.status == .forbidden)
            #expect(users.headers.contentType == .html)
            let organizations = try await browser.get("/admin/organizations")
            #expect(organizations.status == .forbidden)
            #expect(organizations.text.contains("没有权限"))
            let audit = try await browser.get("/admin/audit")
            #expect(audit.status == .forbidden)
        }
    }

    /// Role × resource × own/other row × action, decided by the one table and checked
    /// against the rows the database returns for each scope.
    @Test(arguments: Role.allCases)
    func everyRoleSeesExactlyTheRowsItsScopeCovers(role: Role) async throws {
        try await TestApp.run { app, _ in
            let world = try await world(app)
            let key = [
                "admin": Role.admin, "hrss": .officer, "employer": .employer, "provider": .provider,
                "talent": .talent,
            ].first { $0.value == role }!.key
            let actor = try actor(world, key)
            let allUsers = try await User.query(on: app.db).all()
            let scope = Permissions.scope(for: role, .list, on: .user)
            let listed =
                scope == .none ? [] : try await User.restrict(User.query(on: app.db), to: scope, for: actor).all()
            // What SQL returned equals what the rule allows row by row.
            let expected = allUsers.filter { Permissions.allows(actor, .list, on: .user, owner: $0.owner) }
            #expect(Set(listed.compactMap(\.id)) == Set(expected.compactMap(\.id)))
            // And the own row is always readable, another department's officer never (but by admin).
            let own = try #require(world.users[key])
            #expect(Permissions.allows(actor, .read, on: .user, owner: own.owner))
            let foreign = try #require(world.users["miit"])
            #expect(Permissions.allows(actor, .read, on: .user, owner: foreign.owner) == (role == .admin))
            // Organisations: the same agreement between SQL and the rule.
            let organizationScope = Permissions.scope(for: role, .list, on: .organization)
            let organizations =
                organizationScope == .none
                ? []
                : try await Organization.restrict(Organization.query(on: app.db), to: organizationScope, for: actor)
                    .all()
            let allowedOrganizations = try await Organization.query(on: app.db).all()
                .filter { Permissions.allows(actor, .list, on: .organization, owner: $0.owner) }
            #expect(Set(organizations.compactMap(\.id)) == Set(allowedOrganizations.compactMap(\.id)))
        }
    }
}

@Suite("Department administration")
struct DepartmentsAdminTests {
    @Test func administratorSeesOfficerAccountsCountedPerDepartment() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            try await TestApp.makeUser(app, role: .officer, email: "o1@example.test", department: "HRSS")
            try await TestApp.makeUser(app, role: .officer, email: "o2@example.test", department: "HRSS")
            try await TestApp.makeUser(app, role: .officer, email: "o3@example.test", department: "DATA")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            let page = try await browser.get("/admin/departments")
            #expect(page.status == .ok)
            let hrssRow = try #require(page.text.components(separatedBy: "data-department=\"HRSS\"").dropFirst().first)
            let rowEnd = try #require(hrssRow.range(of: "</tr>"))
            #expect(hrssRow[..<rowEnd.upperBound].hasSuffix(">2</td></tr>"))
            #expect(page.text.contains("href=\"/admin/audit\""))  // the administrator's own navigation
        }
    }

    @Test func officerCannotOpenDepartmentAdministration() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .officer, email: "o1@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "o1@example.test")
            let refused = try await browser.get("/admin/departments")
            #expect(refused.status == .forbidden)
            // the page says what happened and what to do, not "请求有误" (issue 17)
            #expect(refused.text.contains("<h1>无权访问</h1>") || refused.text.contains("无权访问</h1>"))
            #expect(refused.text.contains("请联系本单位的平台管理员"))
        }
    }
}

@Suite("Account administration is for administrators only")
struct AccountAdministrationTests {
    @Test(arguments: [Role.officer, .talent])
    func nonAdministratorCannotChangeTheirOwnRole(role: Role) async throws {
        try await TestApp.run { app, _ in
            let user = try await TestApp.makeUser(
                app, role: role, email: "self@example.test",
                department: role == .officer ? "HRSS" : nil)
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "self@example.test")
            try await browser.get("/account")
            // MUT
            let response = try await browser.post(
                "/admin/users/\(try user.requireID().uuidString)",
                ["action": "role", "role": "admin"])
            // validate
            #expect(response.status == .forbidden)
            #expect(try await User.find(user.requireID(), on: app.db)?.role == role)
        }
    }

    @Test func administratorResetsAPasswordAndEndsTheSessions() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let officerBrowser = Browser(app)
            _ = try await TestApp.signIn(officerBrowser, "o@example.test")
            let admin = Browser(app)
            _ = try await TestApp.signIn(admin, "admin@example.test")
            try await admin.get("/admin/users")
            // MUT
            let response = try await admin.post(
                "/admin/users/\(try officer.requireID().uuidString)", ["action": "reset"])
            // validate
            #expect(response.status == .ok)
            #expect(response.text.contains("一次性密码"))
            #expect(try await User.find(officer.requireID(), on: app.db)?.mustChangePassword == true)
            #expect(try await officerBrowser.get("/workspace").status == .seeOther)  // signed out
        }
    }
}
