import Foundation
import SiteKit
import TalentDomain
import Testing
import Vapor
import VaporTesting

@testable import App

/// The application is composed from capabilities (issue 15): each brings its routes,
/// subscriptions and jobs, and `configure` names none of them.
@Suite("Capabilities")
struct CapabilitiesTests {
    private struct Rang: DomainEvent {}

    private struct Bell: Capability, RouteCollection {
        var routes: [any RouteCollection] { [self] }
        var navigation: [NavigationEntry] { [NavigationEntry(.courses, .navCourses, .site(section: nil), order: 65)] }
        func boot(routes: any RoutesBuilder) throws { routes.get("bell") { _ in "ding" } }
        func follow(_ events: inout EventSubscribers) { events.subscribe(to: Rang.self) { _, _ in } }
        var commands: [String: any AsyncCommand] { ["ring": Ring()] }
    }

    private struct Ring: AsyncCommand {
        struct Signature: CommandSignature {}
        let help = "Rings the bell."
        func run(using context: CommandContext, signature: Signature) async throws {}
    }

    @Test func composingACapabilityRegistersItsRoutesAndSubscriptions() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            // act
            try app.compose([Bell()])
            // assert
            #expect(try await app.get("/bell").body.string == "ding")
            #expect(app.events.count(of: Rang.self) == 1)
            #expect(app.asyncCommands.commands["ring"] != nil)
            // its header link takes its place by order, among the platform's
            let site = app.navigation.filter { $0.isSite }.map(\.order)
            #expect(site == [10, 20, 30, 40, 50, 55, 57, 58, 60, 65, 70])
        }
    }

    /// Each capability brings its own commands; the App adds only serving, policy files
    /// and the demo, which spans capabilities.
    @Test func everyCapabilitysCommandsAreRegistered() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let names = Set(app.asyncCommands.commands.keys)
            #expect(
                names.isSuperset(of: [
                    "serve", "policy", "demo", "create-admin", "token", "audit", "targets", "jobs", "import",
                    "search",
                ]))
        }
    }

    /// Each capability brings its own header links; together they are the header as it
    /// was when the layout listed them itself.
    @Test func theHeaderListsEveryCapabilitysLinksInOrderAndEachRolesPlaces() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            let site = app.navigation.filter { $0.isSite }.map(\.url.path)
            #expect(
                site == [
                    "/", "/measures/M1", "/departments", "/occupations", "/training", "/catalogue", "/wages",
                    "/jobs", "/courses", "/verify",
                ])
            func places(_ role: Role) -> [String] {
                AccountBadge(name: "", role: role, csrf: "", places: app.navigation).places.map(\.url.path)
            }
            #expect(
                places(.officer) == [
                    "/workspace", "/applications", "/nominations", "/catalogue/editions", "/wages/years", "/jobs/posts",
                    "/talents", "/market/map",
                    "/training/manage", "/vouchers", "/admin/organizations", "/admin/users", "/account",
                ])
            #expect(
                places(.talent) == [
                    "/workspace", "/account/profile", "/account/eligibility", "/applications", "/account/training",
                    "/jobs/mine", "/account",
                ])
            #expect(
                places(.employer) == [
                    "/workspace", "/talents", "/admin/organizations", "/admin/users", "/account/eligibility",
                    "/applications", "/catalogue/declarations", "/wages/reports", "/jobs/posts",
                    "/account",
                ])
        }
    }

    @Test func everyCapabilityOfThePlatformIsComposedOnce() async throws {
        try await TestApp.run(bootstrap: false) { _, config in
            let names = try capabilities(config).map { String(describing: type(of: $0)) }
            #expect(Set(names).count == names.count)
            #expect(names.count == 15)
        }
    }

    @Test func configureNamesNoCapabilitysControllersJobsOrSubscribers() throws {
        let configure = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/App/configure.swift").standardizedFileURL
        let text = try String(contentsOf: configure, encoding: .utf8)
        for pattern in [#"\w+Controller\("#, #"\w+Handler\("#, #"\.follow\("#, #"register\(collection"#] {
            #expect(text.range(of: pattern, options: .regularExpression) == nil, "configure.swift has \(pattern)")
        }
    }
}
