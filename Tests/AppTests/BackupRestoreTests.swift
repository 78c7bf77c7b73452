import Certificates
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Testing
import Vapor

@testable import App

/// Issue 20, deliver 5: `talent backup` while the platform serves, `talent restore` into
/// an empty data folder or database, on both engines.
@Suite("Backup and restore: every row, the audit chain, certificates and search come back")
struct BackupRestoreTests {
    @Test func aBackupRestoresIntoAnEmptyDatabaseWithEverythingInIt() async throws {
        try await TestApp.run { app, config in
            // setup: profiles, a certificate, audit events
            let world = try await TrainingWorld.make(app)
            let (_, enrollment) = try await CertificateTests.completed(world)
            let code = try world.json(try await CertificateTests.issue(world, enrollment))["code"] as? String ?? ""
            _ = try await ImportFiles.run(app, try await ImportFiles.demo(app, talents: 30))
            let searched = try #require(try await Talent.query(on: app.db).sort(\.$name).first()).name
            let directory = config.dataDirectory.appendingPathComponent("backups")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("talent.backup").path

            // act: the backup, while another write goes on
            async let write = TestTalents.add(app, name: "并发写入")
            try await DatabaseBackup.backup(config.database, db: app.db, to: file)
            _ = try await write
            await #expect(throws: DatabaseBackup.Problem.fileExists(file)) {
                try await DatabaseBackup.backup(config.database, db: app.db, to: file)
            }

            try await Self.restored(from: config, directory: directory) { restored, target in
                try await DatabaseBackup.restore(target.database, db: restored.db, from: file)
                // assert: the same rows in every table (the concurrent write may or may not
                // be in the backup: one profile, its search rows and its audit event)
                let (before, after) = (try await Self.rowCounts(app.db), try await Self.rowCounts(restored.db))
                #expect(Set(before.keys) == Set(after.keys))
                let differing = before.filter { after[$0.key] != $0.value }
                #expect(
                    differing.keys.allSatisfy { $0.hasPrefix("talent") || $0 == "audit_events" },
                    "\(differing) vs \(after)")
                #expect(after["certificates"] == 1 && after["users"] == before["users"])
                let chain = try await AuditLog.verify(key: restored.secrets.audit, on: restored.db)
                let events = try await AuditEvent.query(on: restored.db).count()
                #expect(events > 0 && chain == .intact(count: events))
                let certificate = try #require(CertificateCode(code))
                let verified = try #require(
                    try await CertificateStore.verify(certificate, signer: restored.certificateSigner, on: restored.db))
                #expect(verified.signatureHolds)
                let page = try await TalentSearchQuery(keyword: searched).run(
                    scope: .everyone, today: CalendarDate("2026-11-27")!, on: restored.db)
                #expect(page.items.contains { $0.name == searched })
                // A second restore would mix two histories: refused.
                await #expect(throws: DatabaseBackup.Problem.targetNotEmpty) {
                    try await DatabaseBackup.restore(target.database, db: restored.db, from: file)
                }
            }
        }
    }

    @Test func aFileThatIsNoBackupOfThisEngineIsRefused() async throws {
        try await TestApp.run { app, config in
            let file = config.dataDirectory.appendingPathComponent("notes.txt")
            try Data("姓名,身份证号\n".utf8).write(to: file)
            let refused = await #expect(throws: DatabaseBackup.Problem.self) {
                try await DatabaseBackup.restore(config.database, db: app.db, from: file.path)
            }
            guard case .notABackup = refused else {
                Issue.record("\(String(describing: refused))")
                return
            }
        }
    }

    /// An application on an empty target of the same engine: a new SQLite file, or a new
    /// PostgreSQL database holding the test's schema name (the dump creates the schema).
    static func restored(
        from config: AppConfig, directory: URL, _ body: (Application, AppConfig) async throws -> Void
    ) async throws {
        var target = config
        var cleanup: (@Sendable () async throws -> Void)?
        switch config.database {
        case .sqlite:
            target.database = .sqlite(path: directory.appendingPathComponent("restored.sqlite").path)
        case let .postgres(url, schema):
            let name = "r_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            try await Self.admin(url) { try await $0.raw("CREATE DATABASE \(unsafeRaw: String(name))").run() }
            var components = try #require(URLComponents(string: url))
            components.path = "/\(name)"
            target.database = .postgres(url: try #require(components.string), schema: schema)
            cleanup = {
                try await Self.admin(url) { try await $0.raw("DROP DATABASE \(unsafeRaw: String(name))").run() }
            }
        }
        let app = try await Application.make(.testing)
        var failure: (any Error)?
        do {
            try configure(app, config: target)
            try await body(app, target)
        } catch {
            failure = error
        }
        try await app.asyncShutdown()
        try await cleanup?()
        if let failure { throw failure }
    }

    private static func admin(_ url: String, _ work: (any SQLDatabase) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(
                .postgres(configuration: try SQLPostgresConfiguration(url: url), maxConnectionsPerEventLoop: 1),
                as: .psql)
            if let sql = app.db as? any SQLDatabase { try await work(sql) }
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Rows in every table of the schema (SQLite's own tables aside).
    static func rowCounts(_ db: any Database) async throws -> [String: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        let tables =
            TalentSearchIndex.isPostgres(sql)
            ? try await sql.raw(
                """
                SELECT table_name AS name FROM information_schema.tables \
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """
            ).all()
            : try await sql.raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).all()
        var counts: [String: Int] = [:]
        for row in tables {
            let name = try row.decode(column: "name", as: String.self)
            counts[name] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: name)").first()?.decode(
                column: "n", as: Int.self)
        }
        return counts
    }
}
