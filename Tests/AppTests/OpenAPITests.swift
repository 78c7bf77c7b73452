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

    /// Issue 20: any request may be refused before its route runs — 400 for a NUL in the
    /// address or a body that is not JSON, 401 for a bearer token that is not valid (even
    /// where none is needed), 415 for a body of a type the operation does not read — so
    /// every operation says so.
    @Test func everyOperationDocumentsTheAnswersGivenBeforeItsRouteRuns() throws {
        let document = try JSONDecoder().decode(Document.self, from: Data(try StaticFile.openAPI.read().text.utf8))
        let missing = document.paths.flatMap { path, operations in
            operations.compactMap { method, operation -> String? in
                guard ["get", "post", "put", "patch", "delete"].contains(method),
                    case let .object(fields) = operation, case let .object(responses)? = fields["responses"]
                else { return nil }
                let needed = ["400", "401"] + (fields["requestBody"] == nil ? [] : ["415"])
                let absent = needed.filter { responses[$0] == nil }
                return absent.isEmpty ? nil : "\(method.uppercased()) \(path): \(absent)"
            }
        }
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    /// A path the API has, asked with a method it does not take: 405 and the methods it
    /// does take; a path it does not have stays 404, and so does a handler's own 404.
    @Test func aMethodThePathDoesNotTakeIsAnswered405WithAllow() async throws {
        try await TestApp.run { app, _ in
            let trace = try await app.sendRequest(.TRACE, "/api/v1/districts")
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers.first(name: .allow) == "GET, HEAD")
            #expect(trace.body.string.contains("此地址不接受 TRACE 请求，可用的方法：GET, HEAD"), "\(trace.body.string)")
            let delete = try await app.sendRequest(.DELETE, "/api/v1/talents")
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers.first(name: .allow) == "GET, HEAD, POST")
            #expect(try await app.sendRequest(.PATCH, "/api/v1/talents/\(UUID())").status == .methodNotAllowed)
            #expect(try await app.sendRequest(.GET, "/api/v1/no-such-thing").status == .notFound)
            #expect(try await app.sendRequest(.GET, "/api/v1/courses/\(UUID())").status == .notFound)
        }
    }

    /// A path that names a resource of its own (`/job-posts/mine`) is not an id for the
    /// parameter routes beside it (`PATCH /job-posts/:id`): a method it does not take is a
    /// 405 listing its own methods — not a 415 for the body, nor a 404 for the "id".
    @Test func aConstantPathIsNotTakenForTheIdOfARouteBesideIt() async throws {
        try await TestApp.run { app, _ in
            for (method, path) in [
                (HTTPMethod.PATCH, "/api/v1/job-posts/mine"), (.PUT, "/api/v1/talents/export"),
                (.OPTIONS, "/api/v1/talents/export"), (.GET, "/api/v1/catalogue-declarations/import"),
            ] {
                let response = try await app.sendRequest(method, path)
                #expect(response.status == .methodNotAllowed, "\(method) \(path): \(response.status)")
                let allowed = response.headers.first(name: .allow) ?? ""
                #expect(!allowed.isEmpty && !allowed.contains(method.rawValue), "\(method) \(path): \(allowed)")
            }
            #expect(
                try await app.sendRequest(.OPTIONS, "/api/v1/talents/export").headers.first(name: .allow) == "GET, HEAD"
            )
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
