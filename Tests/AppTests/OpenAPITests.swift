import Foundation
import Operations
import SiteKit
import TalentPool
import Testing
import Vapor

@testable import App

@Suite("OpenAPI document")
struct OpenAPITests {
    private struct Document: Decodable {
        var openapi: String
        var paths: [String: [String: JSONValue]]
    }

    @Test func documentAndRegisteredAPIRoutesMatchExactly() async throws {
        try await TestApp.run(bootstrap: false) { app, _ in
            // setup
            let document = try JSONDecoder().decode(Document.self, from: Data(try StaticFile.openAPI.read().text.utf8))
            #expect(document.openapi.hasPrefix("3.1"))
            let documented = Set(
                document.paths.flatMap { path, operations in
                    operations.keys.filter { ["get", "post", "put", "patch", "delete"].contains($0) }
                        .map { "\($0.uppercased()) \(path)" }
                })
            // MUT: every registered /api route, written the OpenAPI way ({code} for :code)
            let registered = Set(
                app.routes.all.compactMap { route -> String? in
                    let path =
                        "/"
                        + route.path.map { component -> String in
                            if case let .parameter(name) = component { return "{\(name)}" }
                            return component.description
                        }.joined(separator: "/")
                    return path.hasPrefix("/api/") ? "\(route.method.rawValue) \(path)" : nil
                })
            // validate
            #expect(registered.subtracting(documented).isEmpty, "routes missing from the document")
            #expect(documented.subtracting(registered).isEmpty, "documented routes that do not exist")
        }
    }

    @Test func documentIsServed() async throws {
        try await TestApp.run { app, _ in
            let response = try await app.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            #expect(response.text.contains("\"openapi\""))
        }
    }
}
