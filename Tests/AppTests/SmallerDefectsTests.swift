import Accounts
import Courses
import Fluent
import Foundation
import Organizations
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Issue 14, the smaller defects: who may set what, what the answers give away, and what
/// a field may hold. (The course-hours rule is in `CourseTests`, `/metrics` in
/// `OperationsTests`, the form token in `SecurityHeadersTests`, stranded imports in
/// `ImportsInBatchesTests`.)
@Suite("Smaller defects: classification, roles, oracles, lock-outs, control characters")
struct SmallerDefectsTests {
    @Test func anEmployerCannotSetKeyGroupsOrCategoriesOnItsStaffButAnOfficerCan() async throws {
        try await TestApp.run { app, _ in
            // setup
            let acme = try await TestApp.makeOrganization(app, name: "示例科技", serial: 21)
            let employer = try await TestApp.makeUser(
                app, role: .employer, email: "hr@acme.test", organization: acme.id)
            let talent = try await TestTalents.add(app, name: "孙九", employer: acme.id)
            let id = try talent.requireID()
            let world = try await TrainingWorld.make(app)
            func put(_ headers: HTTPHeaders, _ extra: [String: Any]) async throws -> TestingHTTPResponse {
                try await world.send(
                    .PUT, "/api/v1/talents/\(id)", headers,
                    [
                        "name": "孙九", "districtCode": "370303", "employerID": try acme.requireID().uuidString,
                    ].merging(extra) { $1 })
            }
            // act
            let byEmployer = try await put(try await TrainingWorld.bearer(app, employer), ["keyGroups": ["veterans"]])
            let categories = try await put(try await TrainingWorld.bearer(app, employer), ["categories": ["taishan"]])
            let renamed = try await put(try await TrainingWorld.bearer(app, employer), ["name": "孙久"])
            let byOfficer = try await put(world.officerHeaders, ["name": "孙久", "keyGroups": ["veterans"]])
            // assert
            #expect(byEmployer.status == .unprocessableEntity)
            #expect(byEmployer.body.string.contains("keyGroups") && byEmployer.body.string.contains("人社部门"))
            #expect(categories.status == .unprocessableEntity)
            #expect(renamed.status == .ok, "\(renamed.body.string)")  // other fields stay the employer's to keep
            #expect(byOfficer.status == .ok, "\(byOfficer.body.string)")
            let groups = try await TalentAttribute.query(on: app.db).filter(\.$talent.$id == id).filter(
                \.$kind == .keyGroup
            ).all()
            #expect(groups.map(\.code) == ["veterans"])
        }
    }

    @Test func anAdministratorCannotTurnAProviderOrTalentAccountIntoAnAdministrator() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let provider = try await TestApp.makeUser(app, role: .provider, email: "p@example.test")
            let talent = try await TestApp.makeUser(app, role: .talent, email: "t@example.test")
            let officer = try await TestApp.makeUser(app, role: .officer, email: "o@example.test", department: "HRSS")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "admin@example.test")
            let page = try await browser.get("/admin/users")
            // act
            let fromProvider = try await browser.post(
                "/admin/users/\(try provider.requireID())", ["action": "role", "role": "admin"])
            let fromTalent = try await browser.post(
                "/admin/users/\(try talent.requireID())",
                ["action": "role", "role": "officer", "departmentCode": "HRSS"])
            let toTalent = try await browser.post(
                "/admin/users/\(try officer.requireID())", ["action": "role", "role": "talent"])
            let promoted = try await browser.post(
                "/admin/users/\(try officer.requireID())", ["action": "role", "role": "admin"])
            // assert
            #expect(!page.body.string.contains("role-\(try provider.requireID().uuidString)"))
            #expect([fromProvider, fromTalent, toTalent].allSatisfy { $0.status == .forbidden })
            #expect(fromProvider.body.string.contains("只有管理员和部门工作人员账号之间可以互改角色"))
            #expect(promoted.status == .ok)
            #expect(try await User.find(provider.requireID(), on: app.db)?.role == .provider)
            #expect(try await User.find(talent.requireID(), on: app.db)?.role == .talent)
            #expect(try await User.find(officer.requireID(), on: app.db)?.role == .admin)
        }
    }

    static func registration(_ overrides: [String: String] = [:]) -> [String: String] {
        [
            "name": "李娜",
            "residentID": ResidentID.fake(areaCode: "370302", birth: CalendarDate("1996-11-02")!, sequence: 246).value,
            "email": "lina@example.test", "password": "Zichuan-Data-88", "confirm": "Zichuan-Data-88",
            "districtCode": "370302",
            "consent": "yes",
        ].merging(overrides) { $1 }
    }

    @Test func registrationDoesNotSayWhetherOrWhichDetailIsAlreadyKnown() async throws {
        try await TestApp.run { app, _ in
            // setup: a profile entered by staff, and an account with an email and a mobile
            let known = try await TestTalents.add(app, name: "王芳")
            let knownID = try #require(known.residentIDCipher.flatMap(app.personalData.open))
            let account = try await TestApp.makeUser(
                app, role: .officer, email: "taken@example.test", department: "HRSS")
            account.mobile = "13953301234"
            try await account.save(on: app.db)
            let browser = Browser(app)
            try await browser.get("/register")
            // act
            var answers: [String] = []
            for overrides in [["residentID": knownID], ["email": "taken@example.test"], ["mobile": "13953301234"]] {
                let response = try await browser.post("/register", Self.registration(overrides))
                #expect(response.status == .unprocessableEntity)
                let html = response.body.string
                let summary = try #require(html.range(of: "error-summary"))
                let end = html[summary.upperBound...].range(of: "</ul>")?.lowerBound ?? html.endIndex
                answers.append(String(html[summary.upperBound..<end]))
            }
            // assert: one answer for all three, naming no field
            #expect(Set(answers).count == 1, "\(answers)")
            #expect(answers[0].contains("无法用这些信息注册"))
            for revealing in ["已在人才库中", "邮箱已被", "手机号已被"] { #expect(!answers[0].contains(revealing)) }
            #expect(try await Talent.query(on: app.db).count() == 1)
        }
    }

    @Test func registrationIsLimitedToTwentyCheckedAttemptsAnHourPerAddress() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            try await browser.get("/register")
            // act: 20 attempts that reach the check (each with a taken email), then one more
            try await TestApp.makeUser(app, role: .officer, email: "taken@example.test", department: "HRSS")
            for _ in 1...20 {
                #expect(
                    try await browser.post("/register", Self.registration(["email": "taken@example.test"])).status
                        == .unprocessableEntity)
            }
            let limited = try await browser.post("/register", Self.registration())
            // assert
            #expect(limited.status == .tooManyRequests)
            #expect(limited.body.string.contains("注册尝试过于频繁"))
            #expect(Int(limited.headers.first(name: .retryAfter) ?? "") ?? 0 > 3000)
            #expect(try await User.query(on: app.db).filter(\.$email == "lina@example.test").count() == 0)
            // a form with mistakes does not count
            #expect(try await RateLimitEvent.query(on: app.db).count() == 20)
        }
    }

    @Test func failuresFromManyAddressesSlowAnAccountDownButNeverLockItsOwnerOut() async throws {
        try await TestApp.run { app, _ in
            // setup: five wrong passwords for one account from five other addresses
            try await TestApp.makeUser(app, role: .talent, email: "zhou@example.test")
            let key = Secrets.mac("zhou@example.test", key: app.secrets.accountKey)
            func fail(at date: Date, from index: Int) async throws {
                try await LoginAttempt(accountKey: key, address: "10.0.0.\(index)", succeeded: false, attemptedAt: date)
                    .create(on: app.db)
            }
            for index in 1...5 { try await fail(at: Date(), from: index) }
            // act: the owner right away, then after the wait
            let right = try await TestApp.signIn(Browser(app), "zhou@example.test")
            try await LoginAttempt.query(on: app.db).set(\.$attemptedAt, to: Date().addingTimeInterval(-5)).update()
            let later = try await TestApp.signIn(Browser(app), "zhou@example.test")
            // assert
            #expect(right.status == .tooManyRequests)
            #expect(right.text.contains("秒后再试"))
            #expect(right.headers.first(name: .retryAfter) == "1")
            #expect(later.status == .seeOther)
        }
    }

    @Test func theWaitGrowsWithEachFailureUpToAMinute() {
        let now = Date()
        let delay = SignInDelay()
        func wait(_ failures: Int) -> ThrottleDecision {
            delay.decision(failures: (0..<failures).map { now.addingTimeInterval(-Double($0) / 10) }, now: now)
        }
        #expect(wait(4) == .allowed)
        #expect(wait(5) == .blocked(retryAfter: 1))
        #expect(wait(8) == .blocked(retryAfter: 8))
        #expect(wait(30) == .blocked(retryAfter: 60))
        #expect(
            delay.decision(failures: Array(repeating: now.addingTimeInterval(-61), count: 30), now: now) == .allowed)
        #expect(
            delay.decision(failures: Array(repeating: now.addingTimeInterval(-3601), count: 30), now: now) == .allowed)
    }

    @Test(arguments: [
        ("form", "name", "张\u{1}三"), ("form", "name", "张\u{7F}三"), ("json", "title", "课程\u{1B}[31m"),
    ])
    func aControlCharacterIsRefusedNamingTheFieldAndNothingIsWritten(kind: String, field: String, value: String)
        async throws
    {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let response: TestingHTTPResponse
            if kind == "form" {
                try await TestApp.makeUser(app, role: .admin, email: "a@example.test")
                let browser = Browser(app)
                _ = try await TestApp.signIn(browser, "a@example.test")
                try await browser.get("/admin/organizations")
                response = try await browser.post(
                    "/admin/organizations",
                    [
                        field: value, "kind": "enterprise",
                        "creditCode": CreditCode.fake(divisionCode: "370303", serial: 8).value,
                        "districtCode": "370303",
                    ])
            } else {
                response = try await world.send(
                    .POST, "/api/v1/courses", world.providerHeaders, [field: value, "hours": 2, "content": "x"])
            }
            #expect(response.status == .unprocessableEntity, "\(response.body.string)")
            #expect(response.body.string.contains(field) && response.body.string.contains("控制字符"))
            #expect(try await Organization.query(on: app.db).count() == 2)  // the two of TrainingWorld
            #expect(try await Course.query(on: app.db).count() == 0)
        }
    }

    /// The address check scans bytes for a percent-encoded control: any case, anywhere.
    @Test(arguments: [
        ("%00", true), ("a%0a", true), ("%1F", true), ("x=%7f", true), ("%7F%", true),
        ("%20", false), ("%7e", false), ("%", false), ("%0", false), ("%g0", false), ("100%1", false), ("", false),
    ])
    func aPercentEncodedControlIsFoundInAnyCase(address: String, found: Bool) {
        #expect(ControlCharacterGuard.percentEncodedControl(address) == found)
    }

    @Test func tabsAndLineBreaksAreRefusedInOneLineFieldsAndKeptInTexts() async throws {
        try await TestApp.run { app, _ in
            let world = try await TrainingWorld.make(app)
            let tabbed = try await world.send(
                .POST, "/api/v1/courses", world.providerHeaders,
                ["title": "数据\t分析", "hours": 2, "content": "第一行\n第二行\t缩进"])
            let fine = try await world.send(
                .POST, "/api/v1/courses", world.providerHeaders,
                ["title": "数据分析", "hours": 2, "content": "第一行\n第二行\t缩进"])
            #expect(tabbed.status == .unprocessableEntity)
            #expect(tabbed.body.string.contains("只能写一行"))
            #expect(fine.status == .created)
            let id = ResidentID.fake(areaCode: "370303", birth: CalendarDate("1990-02-02")!, sequence: 77).value
            let named = try await world.send(
                .POST, "/api/v1/talents", world.officerHeaders,
                [
                    "name": "张\n三", "residentID": id, "districtCode": "370303", "consent": true,
                ])
            #expect(named.status == .unprocessableEntity)
            #expect(try await Talent.query(on: app.db).count() == 0)
        }
    }
}
