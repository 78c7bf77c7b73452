import Fluent
import FluentPostgresDriver
import Foundation
import Reference
import SQLKit
import SiteKit
import Testing
import Vapor

@testable import App

/// Runs a test against a fully configured application on the engine the run selected:
/// SQLite by default, PostgreSQL when `TALENT_TEST_DATABASE_URL` is set (`scripts/test`
/// runs the whole suite both ways). Each test gets its own SQLite file or PostgreSQL
/// schema, so tests run in parallel without seeing each other's rows.
enum TestApp {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TALENT_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// - Parameters:
    ///   - policyText: a policy file's text to run instead of the shipped one.
    ///   - bootstrap: migrate and load policy and reference data, as `talent serve` does.
    static func run(
        policyText: String? = nil,
        bootstrap: Bool = true,
        adjusting adjust: (inout AppConfig) -> Void = { _ in },
        _ body: (Application, AppConfig) async throws -> Void
    ) async throws {
        // Each application opens its own connection pools: bound how many run at once so
        // that a parallel run stays within PostgreSQL's connection limit.
        await gate.enter()
        defer { Task { await gate.leave() } }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("talent-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        var policyPath: String?
        if let policyText {
            policyPath = directory.appendingPathComponent("policy.yaml").path
            try policyText.write(toFile: policyPath!, atomically: true, encoding: .utf8)
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let database: AppConfig.DatabaseChoice =
            postgresURL.map { .postgres(url: $0, schema: String(schema)) }
            ?? .sqlite(path: directory.appendingPathComponent("talent.sqlite").path)
        var config = AppConfig(
            mode: .testing, database: database, dataDirectory: directory,
            secretKey: [UInt8](repeating: 7, count: 32), policyPath: policyPath)
        adjust(&config)

        let app = try await Application.make(.testing)
        var failure: (any Error)?
        do {
            try configure(app, config: config)
            let admin = try adminDatabase(app)
            if let admin { try await admin.raw("CREATE SCHEMA \(unsafeRaw: String(schema))").run() }
            do {
                if bootstrap { try await Bootstrap.prepare(app, config: config) }
                try await body(app, config)
            } catch {
                failure = error
            }
            if let admin { try await admin.raw("DROP SCHEMA \(unsafeRaw: String(schema)) CASCADE").run() }
        } catch {
            failure = failure ?? error
        }
        try await app.asyncShutdown()
        if let failure { throw failure }
    }

    static let gate = TestGate(limit: 6)

    /// A second application on the same database as the test's, as a second instance behind
    /// a load balancer would be.
    static func second(config: AppConfig, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            try configure(app, config: config)
            try await Bootstrap.prepare(app, config: config)
            try await body(app)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// On PostgreSQL, a second connection without the test's search path, to create and
    /// drop the schema.
    private static func adminDatabase(_ app: Application) throws -> (any SQLDatabase)? {
        guard let url = postgresURL else { return nil }
        let id = DatabaseID(string: "schema-admin")
        app.databases.use(
            .postgres(
                configuration: try SQLPostgresConfiguration(url: url),
                maxConnectionsPerEventLoop: 1, sqlLogLevel: .trace),
            as: id, isDefault: false)
        return app.db(id) as? any SQLDatabase
    }

    /// The shipped policy's text, for tests that edit a copy of it.
    static var shippedPolicy: String {
        get throws { try ReferenceFile.policy.read().text }
    }
}

extension String {
    /// Replaces the first occurrence of `old`; a missing one fails the test loudly.
    func replacingOnce(_ old: String, with new: String) -> String {
        guard let range = range(of: old) else {
            Issue.record("fixture text \(old) not found")
            return self
        }
        return replacingCharacters(in: range, with: new)
    }
}

/// An async semaphore: at most `limit` holders at a time, the rest wait in order.
actor TestGate {
    private let limit: Int
    private var holders = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) {
        self.limit = limit
    }

    func enter() async {
        if holders < limit {
            holders += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            holders -= 1
        } else {
            waiting.removeFirst().resume()  // the slot passes straight to the next waiter
        }
    }
}
