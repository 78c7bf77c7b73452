import DemoData
import Fluent
import Foundation
import Market
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The market side of `talent demo`: every demo enterprise declares its urgent needs for
/// the year (one to four lines of digital occupations in its chain), submits them, and
/// the year's catalogue is compiled and published — through the same stores the pages
/// use, so the M3 target follows. The same seed gives the same needs.
struct DemoMarket {
    var seed: UInt64

    struct Summary {
        var declarations = 0
        var lines = 0
        var entries = 0
        var wageEmployees = 0
    }

    /// Digital occupations enterprises ask for most, as the demo declares them.
    static let occupations = [
        "2-02-38-01", "2-02-38-03", "2-02-38-04", "2-02-38-05", "2-02-38-06", "2-02-10-03", "2-02-10-07",
        "4-04-05-05",
    ]
    static let skills = ["Python", "SQL", "Java", "Linux", "数据治理", "机器学习", "PLC", "工业互联网", "网络安全", "大模型应用"]

    func run(on app: Application) async throws -> Summary {
        var random = SeededGenerator(seed: seed &+ 0x6d61_726b)
        var summary = Summary()
        let year = app.clock.today.year
        let known = Set(try await Occupation.query(on: app.db).filter(\.$isDigital == true).all().compactMap(\.id))
        let occupations = Self.occupations.filter(known.contains)
        let chains = try await IndustryChain.query(on: app.db).sort(\.$id).all().compactMap(\.id)
        let enterprises = try await Organization.query(on: app.db).filter(\.$kind == .enterprise)
            .sort(\.$creditCode).limit(400).all()
        guard !occupations.isEmpty, !chains.isEmpty, !enterprises.isEmpty else { return summary }
        let systemUser = UUID(uuidString: "00000000-0000-0000-0000-00000000DE31")!
        for enterprise in enterprises {
            let organizationID = try enterprise.requireID()
            if try await ShortageDeclaration.query(on: app.db).filter(\.$organization.$id == organizationID)
                .filter(\.$year == year).first() != nil
            {
                continue
            }
            let context = app.writeContext(
                actor: Actor(userID: systemUser, role: .employer, organizationID: organizationID),
                requestID: "cli:demo")
            let chain = enterprise.chainCode ?? chains[random.int(in: 0..<chains.count)]
            let count = min(1 + random.int(in: 0..<4), occupations.count)
            var picked: [String] = []
            while picked.count < count {
                let occupation = occupations[random.int(in: 0..<occupations.count)]
                if !picked.contains(occupation) { picked.append(occupation) }
            }
            let lines = picked.map { occupation in
                let low = Int64(6 + random.int(in: 0..<10)) * 1_000
                return ShortageLineDraft(
                    occupationCode: occupation, chainCode: chain, headcount: 1 + random.int(in: 0..<12),
                    education: [.associate, .bachelor, .bachelor, .master][random.int(in: 0..<4)],
                    skills: (0..<3).map { _ in Self.skills[random.int(in: 0..<Self.skills.count)] },
                    experienceYears: random.int(in: 0..<6), payMin: Money(yuan: low),
                    payMax: Money(yuan: low + Int64(2 + random.int(in: 0..<10)) * 1_000),
                    urgency: ShortageUrgency.allCases[random.int(in: 0..<3)])
            }
            try await app.db.writeTransaction { db in
                let declaration = try await ShortageDeclarationStore.open(
                    ShortageDeclarationInput(year: "\(year)"), context: context, on: db)
                for line in lines {
                    _ = try await ShortageDeclarationStore.addLine(line, to: declaration, context: context, on: db)
                }
                try await ShortageDeclarationStore.submit(declaration, context: context, on: db)
            }
            summary.declarations += 1
            summary.lines += picked.count
        }
        guard let policy = app.activePolicy?.document else { return summary }
        guard summary.declarations > 0 else {
            summary.wageEmployees = try await wages(enterprises, random: &random, policy: policy, on: app)
            return summary
        }
        let office = app.writeContext(actor: Actor(userID: systemUser, role: .admin), requestID: "cli:demo")
        summary.entries = try await app.db.writeTransaction { db in
            let edition = try await CatalogueEditionStore.compile(
                year: "\(year)", policy: policy, context: office, on: db)
            let current = try await CatalogueQuery.current(year: year, on: db)
            try await CatalogueEditionStore.publish(
                edition, note: current == nil ? nil : "演示数据：重新汇编", policy: policy, context: office, on: db)
            return try await CatalogueEntry.query(on: db).filter(\.$edition.$id == edition.requireID()).count()
        }
        summary.wageEmployees = try await wages(enterprises, random: &random, policy: policy, on: app)
        return summary
    }

    /// Last year's pay: each enterprise reports 3 to 14 employees in two or three of the
    /// common occupations, and the year is published (cells of fewer than 5 enterprises or
    /// 10 employees stay suppressed, as the rule says).
    private func wages(
        _ enterprises: [Organization], random: inout SeededGenerator, policy: PolicyDocument, on app: Application
    ) async throws -> Int {
        let year = app.clock.today.year - 1
        guard try await WageYear.find(year, on: app.db) == nil else { return 0 }
        let common = Array(Self.occupations.prefix(5))
        var employees = 0
        let systemUser = UUID(uuidString: "00000000-0000-0000-0000-00000000DE32")!
        for enterprise in enterprises {
            let organizationID = try enterprise.requireID()
            let context = app.writeContext(
                actor: Actor(userID: systemUser, role: .employer, organizationID: organizationID),
                requestID: "cli:demo")
            let groups: [WageEmployeesInput.Valid] = (0..<(2 + random.int(in: 0..<2))).map { index in
                let base = Int64(8 + random.int(in: 0..<10)) * 1_000_000
                let pays = (0..<(3 + random.int(in: 0..<12))).map { _ in
                    Money(fen: base + Int64(random.int(in: 0..<80)) * 100_000)
                }
                return .init(
                    occupationCode: common[(index + random.int(in: 0..<common.count)) % common.count],
                    skillLevel: [nil, .intermediate, .senior, .technician][random.int(in: 0..<4)], pays: pays)
            }
            try await app.db.writeTransaction { db in
                let report = try await WageStore.open(WageReportInput(year: "\(year)"), context: context, on: db)
                for group in groups { try await WageStore.addEmployees(group, to: report, context: context, on: db) }
                try await WageStore.submit(report, context: context, on: db)
            }
            employees += groups.reduce(0) { $0 + $1.pays.count }
        }
        let office = app.writeContext(actor: Actor(userID: systemUser, role: .admin), requestID: "cli:demo")
        _ = try await app.db.writeTransaction { db in
            try await WageStore.publish(year: "\(year)", policy: policy, context: office, on: db)
        }
        return employees
    }
}
