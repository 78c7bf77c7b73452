import DemoData
import Fluent
import Foundation
import Market
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// `talent demo --wage-employees N`: this year's pay of N employees across the demo
/// enterprises, reported and submitted but not published — what the benchmark publishes.
/// Written in batches of plain inserts (a million rows through the report form would
/// measure the form, not the publication); every value is one the form would accept.
struct DemoWages {
    var seed: UInt64
    var employees: Int

    func run(on app: Application) async throws -> Int {
        guard employees > 0 else { return 0 }
        var random = SeededGenerator(seed: seed &+ 0x7761_6765)
        let year = app.clock.today.year
        let enterprises = try await Organization.query(on: app.db).filter(\.$kind == .enterprise)
            .sort(\.$creditCode).all()
        let occupations = try await Occupation.query(on: app.db).filter(\.$isDigital == true)
            .filter(\.$kind == "occupation").sort(\.$id).limit(40).all().compactMap(\.id)
        guard !enterprises.isEmpty, !occupations.isEmpty, try await WageYear.find(year, on: app.db) == nil else {
            return 0
        }
        let sql = app.db as! any SQLDatabase
        let now = app.clock.now
        let systemUser = UUID(uuidString: "00000000-0000-0000-0000-00000000DE33")!
        var reports: [UUID] = []
        for enterprise in enterprises {
            let organizationID = try enterprise.requireID()
            if let existing = try await WageReport.query(on: app.db).filter(\.$organization.$id == organizationID)
                .filter(\.$year == year).first()
            {
                reports.append(try existing.requireID())
                continue
            }
            let report = WageReport(organizationID: organizationID, year: year, createdBy: systemUser)
            (report.state, report.submittedAt, report.chainCode) = (.submitted, now, enterprise.chainCode)
            try await report.create(on: app.db)
            reports.append(try report.requireID())
        }
        let levels: [SkillLevel?] = [nil, .junior, .intermediate, .senior, .technician]
        var written = 0
        while written < employees {
            let batch = min(500, employees - written)
            var insert = sql.insert(into: WageEntry.schema)
                .columns("id", "report_id", "occupation_code", "skill_level", "annual_pay_fen")
            for _ in 0..<batch {
                let level = levels[random.int(in: 0..<levels.count)]
                let pay = Int64(60_000 + random.int(in: 0..<340_000)) * 100
                insert = insert.values(
                    SQLBind(UUID()), SQLBind(reports[random.int(in: 0..<reports.count)]),
                    SQLBind(occupations[random.int(in: 0..<occupations.count)]), SQLBind(level?.rawValue),
                    SQLBind(pay))
            }
            try await insert.run()
            written += batch
        }
        return written
    }
}
