import DemoData
import Fluent
import Foundation
import Reference
import SQLKit
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Testing
import Vapor
import VaporTesting

@testable import App

/// Demo rows as an import file, from the same generator `talent demo` uses.
enum ImportFiles {
    static func demo(_ app: Application, talents: Int, seed: UInt64 = 5) async throws -> [UInt8] {
        let generator = DemoDataGenerator(
            seed: seed, districtCodes: try await District.query(on: app.db).all().compactMap(\.id),
            occupations: try await Occupation.query(on: app.db).all().map { ($0.id ?? "", $0.isDigital) },
            categoryCodes: app.activePolicy!.document.talentCategories.map(\.code),
            keyGroupCodes: app.activePolicy!.document.keyGroups.map(\.code), industryChainCodes: [], currentYear: 2026)
        let organizations = generator.organizations(count: 5)
        _ = try await DemoCommand.store(organizations, on: app)
        var bytes: [UInt8] = []
        try DemoImportFile(generator: generator, organizations: organizations, talents: talents).write { bytes += $0 }
        return bytes
    }

    /// The file's lines, to change one row.
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    static func bytes(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\r\n").utf8) }

    /// `line` with its resident ID's check character changed (the ID is the 2nd cell).
    static func breakingID(_ line: String) -> String {
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[1] = String(cells[1].dropLast()) + (cells[1].last == "1" ? "2" : "1")
        return cells.joined(separator: ",")
    }

    static func run(_ app: Application, _ bytes: [UInt8], partial: Bool = false, upsert: Bool = false) async throws
        -> TalentImporter.Summary
    {
        let importer = TalentImporter(
            options: .init(partial: partial, upsert: upsert), cipher: app.personalData,
            policy: app.activePolicy!.document, today: CalendarDate("2026-11-27")!,
            now: Date(timeIntervalSince1970: 1_795_000_000))
        return try await importer.run(
            try TalentImportSource(bytes: bytes), on: app.db, context: app.writeContext(requestID: "test"),
            progress: { _ in })
    }
}

extension ImportFiles {
    /// Runs `bytes` through `runInBatches` with an import row of its own, outside a job.
    static func runInBatches(
        _ app: Application, _ bytes: [UInt8], partial: Bool = false, upsert: Bool = false,
        by user: UUID
    ) async throws -> (summary: TalentImporter.Summary, job: UUID) {
        let record = TalentImport(
            createdBy: user, fileName: "名单.csv", partial: partial, upsert: upsert, estimatedRows: 1)
        try await record.create(on: app.db)
        let id = try record.requireID()
        let importer = TalentImporter(
            options: .init(partial: partial, upsert: upsert), cipher: app.personalData,
            policy: app.activePolicy!.document, today: CalendarDate("2026-11-27")!,
            now: Date(timeIntervalSince1970: 1_795_000_000))
        let summary = try await importer.runInBatches(
            try TalentImportSource(bytes: bytes), importID: id, on: app.db(.bulk),
            context: app.writeContext(requestID: "test"),
            progress: { _, _ in })
        return (summary, id)
    }

    /// Queues `bytes` as the web upload does: an import row and its job, with the file.
    static func upload(
        _ app: Application, _ bytes: [UInt8], partial: Bool = false, upsert: Bool = false,
        by user: UUID
    ) async throws -> (record: UUID, job: UUID) {
        let record = TalentImport(
            createdBy: user, fileName: "名单.csv", partial: partial, upsert: upsert, estimatedRows: 1)
        try await record.create(on: app.db)
        let id = try record.requireID()
        let job = try await JobQueue.enqueue(
            kind: TalentImportHandler.kind, payload: ImportJobPayload(importID: id, requestID: nil),
            file: bytes, createdBy: user, cipher: app.personalData, on: app.db)
        record.jobID = job
        try await record.save(on: app.db)
        return (id, job)
    }

    static func importer(_ app: Application) async throws -> UUID {
        try await TestApp.makeUser(app, role: .officer, email: "importer@example.test", department: "HRSS").requireID()
    }
}
