import DemoData
import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Vapor

/// `talent demo --talents N --seed S [--csv FILE] [--enrollments E]`: fills the database with synthetic,
/// obviously-invented data (organisations named …（示例）, valid but fake ID numbers), the
/// same for the same seed — for demonstrations, browser tests and the benchmark.
///
/// Talents go through the bulk importer, so demo data passes the same checks as real
/// data; with `--csv` they are written to an import file instead (the benchmark then
/// times `talent import` on it). The organisations are always written to the database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "talents", help: "How many talents (default 1000).")
        var talents: Int?
        @Option(name: "seed", help: "Seed of the generator (default 1).")
        var seed: Int?
        @Option(name: "organizations", help: "How many organisations (default: one per 500 talents, 20 to 2,000).")
        var organizations: Int?
        @Option(name: "csv", help: "Write the talents to this import file instead of the database.")
        var csv: String?
        @Option(
            name: "enrollments",
            help: "How many training enrolments to make (default: a quarter of the talents, at most 2,000).")
        var enrollments: Int?
        @Option(
            name: "wage-employees",
            help: "Also report this year's pay of this many employees, submitted, unpublished (default 0).")
        var wageEmployees: Int?
        @Option(
            name: "job-posts",
            help: "How many job posts to publish in this year's campaign (default: 2 per 10 talents, 20 to 1,000).")
        var jobPosts: Int?
    }

    let help = "Generates synthetic demo data: talent demo --talents N --seed S [--csv FILE]"

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.talents ?? 1000
        guard (0...DemoDataGenerator.maximumTalentCount).contains(count) else {
            throw CommandFailure(message: "--talents must be from 0 to \(DemoDataGenerator.maximumTalentCount)")
        }
        let organizationCount = signature.organizations ?? min(2000, max(20, count / 500))
        guard (1...DemoDataGenerator.maximumOrganizationCount).contains(organizationCount) else {
            throw CommandFailure(
                message: "--organizations must be from 1 to \(DemoDataGenerator.maximumOrganizationCount)")
        }
        try await app.prepare()
        let policy = app.activePolicy!.document
        let generator = DemoDataGenerator(
            seed: UInt64(truncatingIfNeeded: signature.seed ?? 1),
            districtCodes: try await District.query(on: app.db).sort(\.$id).all().compactMap(\.id),
            occupations: try await Occupation.query(on: app.db).sort(\.$id).all().map { ($0.id ?? "", $0.isDigital) },
            categoryCodes: policy.talentCategories.map(\.code), keyGroupCodes: policy.keyGroups.map(\.code),
            industryChainCodes: try await IndustryChain.query(on: app.db).sort(\.$id).all().compactMap(\.id),
            currentYear: app.clock.today.year)
        let organizations = generator.organizations(count: organizationCount)
        let added = try await Self.store(organizations, on: app)
        context.console.print("Organisations: \(added) added, \(organizationCount - added) already present.")

        let table = DemoImportFile(generator: generator, organizations: organizations, talents: count)
        if let path = signature.csv {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let file = FileHandle(forWritingAtPath: path)
            else {
                throw CommandFailure(message: "\(path): cannot write the file")
            }
            defer { try? file.close() }
            try table.write { try file.write(contentsOf: $0) }
            context.console.print("Wrote \(count.formatted()) talents to \(path).")
            return
        }
        guard count > 0 else { return }
        var bytes: [UInt8] = []
        try table.write { bytes += $0 }
        let importer = TalentImporter(
            options: .init(partial: true), cipher: app.personalData, policy: policy,
            today: app.clock.today, now: app.clock.now)
        let bar = ProgressBar(total: count)
        let summary = try await importer.run(
            try TalentImportSource(bytes: bytes), on: app.db,
            context: app.writeContext(requestID: "cli:demo"), progress: { bar.update($0) })
        bar.finish()
        context.console.print(
            "Talents: \(summary.created.formatted()) added, \(summary.rejected.formatted()) already present "
                + "(\(bar.elapsedText), \(bar.rateText)).")
        let participants = signature.enrollments ?? min(2_000, count / 4)
        guard (0...100_000).contains(participants) else {
            throw CommandFailure(message: "--enrollments must be from 0 to 100000")
        }
        let training = try await DemoTraining(
            seed: UInt64(truncatingIfNeeded: signature.seed ?? 1), participants: participants
        )
        .run(on: app)
        context.console.print(
            "Training: \(training.programs) programs, \(training.enrollments) enrolments, "
                + "\(training.certificates) certificates.")
        let market = try await DemoMarket(seed: UInt64(truncatingIfNeeded: signature.seed ?? 1)).run(on: app)
        context.console.print(
            "Market: \(market.declarations) declarations of \(market.lines) needs, "
                + "a catalogue of \(market.entries) entries, last year's pay of \(market.wageEmployees) employees.")
        let wageEmployees = signature.wageEmployees ?? 0
        guard (0...5_000_000).contains(wageEmployees) else {
            throw CommandFailure(message: "--wage-employees must be from 0 to 5000000")
        }
        let reported = try await DemoWages(
            seed: UInt64(truncatingIfNeeded: signature.seed ?? 1), employees: wageEmployees
        )
        .run(on: app)
        if reported > 0 { context.console.print("Pay of \(reported.formatted()) employees reported for this year.") }
        let postCount = signature.jobPosts ?? min(1_000, max(20, count / 5))
        guard (0...1_000_000).contains(postCount) else {
            throw CommandFailure(message: "--job-posts must be from 0 to 1000000")
        }
        let jobs = try await DemoJobs(seed: UInt64(truncatingIfNeeded: signature.seed ?? 1), posts: postCount).run(
            on: app)
        context.console.print(
            "Job zone: a campaign of \(jobs.posts.formatted()) posts; \(jobs.seekers.formatted()) talents open to offers; "
                + "\(jobs.applications) applications.")
    }

    /// Adds the organisations not yet present (by credit code); returns how many.
    static func store(_ organizations: [DemoOrganization], on app: Application) async throws -> Int {
        let existing = Set(try await Organization.query(on: app.db).all().map(\.creditCode))
        let missing = organizations.filter { !existing.contains($0.creditCode.value) }
        guard !missing.isEmpty else { return 0 }
        try await app.db.transaction { db in
            for demo in missing {
                let organization = Organization(
                    name: demo.name, kind: demo.kind.organizationKind,
                    creditCode: demo.creditCode.value, districtCode: demo.districtCode)
                organization.chainCode = demo.chainCode
                try await organization.create(on: db)
            }
            try await app.writeContext(requestID: "cli:demo").record(
                AuditEntry(
                    .organizationDemo, entityID: nil,
                    changedFields: ["rows:\(missing.count)"]), on: db)
        }
        return missing.count
    }
}

extension DemoOrganization.Kind {
    var organizationKind: Organization.Kind {
        switch self {
        case .employer: .enterprise
        case .provider: .provider
        case .college: .university
        }
    }
}

/// Demo talents as an import file (UTF-8 CSV with the Chinese header), written in chunks
/// so a million rows never sit in memory as strings.
struct DemoImportFile {
    var generator: DemoDataGenerator
    var organizations: [DemoOrganization]
    var talents: Int

    static let columns: [TalentImportColumn] = [
        .name, .residentID, .mobile, .email, .district, .education, .school, .major, .graduationYear,
        .employerCreditCode, .occupations, .skills, .categories, .keyGroups,
    ]

    func write(_ output: ([UInt8]) throws -> Void) throws {
        var writer = CSVWriter(bom: false)
        writer.write(Self.columns.map(\.header))
        for index in 0..<talents {
            let talent = generator.talent(index: index, organizationCount: organizations.count)
            writer.write([
                talent.name, talent.residentID.value, talent.mobile, talent.email ?? "", talent.districtCode,
                talent.educationLevel.rawValue, talent.school, talent.major, String(talent.graduationYear),
                talent.employerIndex.map { organizations[$0].creditCode.value } ?? "",
                talent.occupations.joined(separator: " "), talent.skills.joined(separator: "、"),
                talent.categories.joined(separator: "、"), talent.keyGroups.joined(separator: "、"),
            ])
            if index % 10_000 == 9_999 { try output(writer.takeBytes()) }
        }
        try output(writer.takeBytes())
    }
}
