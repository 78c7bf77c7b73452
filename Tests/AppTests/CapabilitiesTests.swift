import Foundation
import SiteKit
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
        func boot(routes: any RoutesBuilder) throws { routes.get("bell") { _ in "ding" } }
        func follow(_ events: inout EventSubscribers) { events.subscribe(to: Rang.self) { _, _ in } }
    }

    @Test func composingACapabilityRegistersItsRoutesAndSubscriptions() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            // act
            try app.compose([Bell()])
            // assert
            #expect(try await app.get("/bell").body.string == "ding")
            #expect(app.events.count(of: Rang.self) == 1)
        }
    }

    @Test func everyCapabilityOfThePlatformIsComposedOnce() async throws {
        try await TestApp.run(bootstrap: false) { _, config in
            let names = try capabilities(config).map { String(describing: type(of: $0)) }
            #expect(Set(names).count == names.count)
            #expect(names.count == 10)
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
