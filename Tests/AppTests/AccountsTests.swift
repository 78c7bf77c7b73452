import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("Accounts, sessions and sign-in")
struct AccountsTests {
    @Test func signInByEmailStartsADatabaseSession() async throws {
        try await TestApp.run { app, _ in
            // setup
            try await TestApp.makeUser(app, role: .talent, email: "wang@example.test")
            let browser = Browser(app)
            // MUT
            let response = try await TestApp.signIn(browser, "WANG@example.test ")
            // validate
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/workspace")
            let cookie = try #require(response.headers.setCookie?[SessionAuthenticator.cookieName])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(try await UserSession.query(on: app.db).count() == 1)
            let stored = try #require(try await UserSession.query(on: app.db).first())
            #expect(stored.tokenHash != cookie.string)  // only the hash is stored
            let account = try await browser.get("/account")
            #expect(account.status == .ok)
            #expect(account.text.contains("测试talent"))
        }
    }

    @Test func signInByMobileNumberWithSeparators() async throws {
        try await TestApp.run { app, _ in
            let user = try await TestApp.makeUser(app, role: .talent, email: "li@example.test")
            user.mobile = "13812345678"
            try await user.save(on: app.db)
            let browser = Browser(app)
            let response = try await TestApp.signIn(browser, "+86 138-1234-5678")
            #expect(response.status == .seeOther)
        }
    }

    @Test func aSessionFromOneInstanceWorksOnAnother() async throws {
        try await TestApp.run { app, config in
            try await TestApp.makeUser(app, role: .admin, email: "admin@example.test")
            let first = Browser(app)
            _ = try await TestApp.signIn(first, "admin@example.test")
            // MUT: a second application on the same database, as behind a load balancer
            try await TestApp.second(config: config) { other in
                let second = Browser(other)
                for (name, value) in first.cookies { second.setCookie(name, value) }
                let response = try await second.get("/admin/users")
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"users\""))
            }
        }
    }

    @Test func loginFormWithoutCSRFTokenIsRefused() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "zhao@example.test")
            let browser = Browser(app)
            try await browser.get("/login")
            let response = try await browser.post(
                "/login",
                [
                    "identifier": "zhao@example.test",
                    "password": TestApp.password,
                ], csrf: "forged")
            #expect(response.status == .forbidden)
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }

    @Test func wrongPasswordIsRejectedWithAMessage() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "sun@example.test")
            let response = try await TestApp.signIn(Browser(app), "sun@example.test", password: "not-the-password")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("邮箱、手机号或密码不正确"))
            #expect(try await UserSession.query(on: app.db).count() == 0)
        }
    }

    @Test func sixthFailureWithinFifteenMinutesIsThrottled() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "zhou@example.test")
            let browser = Browser(app)
            for _ in 1...5 {
                let response = try await TestApp.signIn(browser, "zhou@example.test", password: "wrong-password")
                #expect(response.status == .unauthorized)
            }
            // MUT: even the right password is refused now
            let throttled = try await TestApp.signIn(browser, "zhou@example.test")
            // validate
            #expect(throttled.status == .tooManyRequests)
            let retryAfter = Int(throttled.headers.first(name: .retryAfter) ?? "") ?? 0
            #expect((1...900).contains(retryAfter))
            #expect(throttled.text.contains("分钟后再试"))
        }
    }

    @Test func throttleCountsFailuresPerAddressAcrossAccounts() async throws {
        try await TestApp.run { app, _ in
            let browser = Browser(app)
            for index in 1...5 {
                _ = try await TestApp.signIn(browser, "nobody\(index)@example.test", password: "wrong-password")
            }
            try await TestApp.makeUser(app, role: .talent, email: "wu@example.test")
            let response = try await TestApp.signIn(browser, "wu@example.test")
            #expect(response.status == .tooManyRequests)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "zheng@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "zheng@example.test")
            try await browser.get("/account")
            let response = try await browser.post("/logout", [:])
            #expect(response.status == .seeOther)
            #expect(try await UserSession.query(on: app.db).count() == 0)
            let after = try await browser.get("/account")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/login") == true)
        }
    }

    @Test func firstSignInMustChooseAPasswordThatFollowsTheRule() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(
                app, role: .officer, email: "feng@example.test", department: "HRSS",
                mustChangePassword: true)
            let browser = Browser(app)
            let signIn = try await TestApp.signIn(browser, "feng@example.test")
            #expect(signIn.headers.first(name: .location) == "/account/password")
            // any other page sends the user back to the password form
            let workspace = try await browser.get("/workspace")
            #expect(workspace.headers.first(name: .location) == "/account/password")
            try await browser.get("/account/password")
            let weak = try await browser.post(
                "/account/password",
                ["current": TestApp.password, "new": "feng12345", "confirm": "feng12345"])
            #expect(weak.status == .badRequest)
            #expect(weak.text.contains("至少需要 10 位"))
            let sessionBefore = browser.cookies[SessionAuthenticator.cookieName]
            let strong = try await browser.post(
                "/account/password",
                ["current": TestApp.password, "new": "Qilu-Data-7788", "confirm": "Qilu-Data-7788"])
            #expect(strong.status == .seeOther)
            #expect(strong.headers.first(name: .location) == "/workspace")
            #expect(browser.cookies[SessionAuthenticator.cookieName] != sessionBefore)  // a new session id
            #expect(try await browser.get("/workspace").status == .ok)
        }
    }

    @Test func aLaterPasswordChangeIsConfirmedOnTheAccountPage() async throws {
        try await TestApp.run { app, _ in
            try await TestApp.makeUser(app, role: .talent, email: "chen@example.test")
            let browser = Browser(app)
            _ = try await TestApp.signIn(browser, "chen@example.test")
            try await browser.get("/account/password")
            // MUT
            let changed = try await browser.post(
                "/account/password",
                ["current": TestApp.password, "new": "Qilu-Data-7788", "confirm": "Qilu-Data-7788"])
            // validate
            #expect(changed.headers.first(name: .location) == "/account?changed=password")
        }
    }
}

extension Browser {
    func setCookie(_ name: String, _ value: String) {
        setCookies([name: value])
    }
}

@Suite("Sign-in housekeeping")
struct SignInHousekeepingTests {
    @Test func oldAttemptsAndExpiredSessionsAreRemovedAtSignIn() async throws {
        try await TestApp.run { app, _ in
            let user = try await TestApp.makeUser(app, role: .talent, email: "old@example.test")
            let longAgo = Date().addingTimeInterval(-3 * 24 * 3600)
            try await LoginAttempt(accountKey: "x", address: "10.0.0.1", succeeded: false, attemptedAt: longAgo)
                .create(on: app.db)
            try await UserSession(tokenHash: "stale", userID: try user.requireID(), expiresAt: longAgo).create(
                on: app.db)
            // MUT
            _ = try await TestApp.signIn(Browser(app), "old@example.test")
            // validate
            #expect(try await LoginAttempt.query(on: app.db).count() == 1)  // just this sign-in
            #expect(try await UserSession.query(on: app.db).all().map(\.tokenHash).contains("stale") == false)
        }
    }
}
