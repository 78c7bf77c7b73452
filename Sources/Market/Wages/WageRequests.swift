import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The wage use cases as a request asks for them — scope, transaction, context — shared
/// by the pages and the API. Officers outside the wage departments see no report.
enum WageRequests {
    static func report(_ req: Request, for action: Action, on db: (any Database)? = nil) async throws -> WageReport {
        try requireOfficeUnlessEmployer(req)
        guard let id = req.parameters.get("id", as: UUID.self),
            let report = try await req.scopedQuery(WageReport.self, for: action, on: db).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return report
    }

    static func requireOfficeUnlessEmployer(_ req: Request) throws {
        let actor = try req.requireActor()
        if actor.role == .officer, !WageOffice.includes(actor, policy: try req.policy) {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    static func open(_ input: WageReportInput, _ req: Request) async throws -> WageReport {
        try req.authorize(.create, .wageReport)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in try await WageStore.open(input, context: context, on: db) }
    }

    static func addEmployees(_ input: WageEmployeesInput, _ req: Request) async throws -> WageReport {
        try req.authorize(.create, .wageReport)
        let (rules, context) = (try req.policy.marketRules, req.writeContext)
        return try await req.db.writeTransaction { db in
            let report = try await Self.report(req, for: .change, on: db)
            try await WageStore.addEmployees(
                try await input.validate(rules: rules, on: db).get(), to: report, context: context, on: db)
            return report
        }
    }

    static func removeGroup(occupation: String?, level: String?, _ req: Request) async throws -> WageReport {
        try req.authorize(.create, .wageReport)
        let context = req.writeContext
        var read = FieldReader()
        let code = read.text(occupation, "occupation", .catalogueOccupation, max: 40)
        // A level that is not one is refused: read as "no level" it would remove the
        // employees reported without one.
        let skillLevel = read.choice(level, "skillLevel", .wageSkillLevel, as: SkillLevel.self, required: false)
        guard read.errors.isEmpty, let occupation = code else { throw read.errors }
        return try await req.db.writeTransaction { db in
            let report = try await Self.report(req, for: .change, on: db)
            try await WageStore.removeGroup(
                occupation: occupation, level: skillLevel, from: report, context: context, on: db)
            return report
        }
    }

    static func submit(_ req: Request) async throws -> WageReport {
        try req.authorize(.create, .wageReport)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let report = try await Self.report(req, for: .change, on: db)
            try await WageStore.submit(report, context: context, on: db)
            return report
        }
    }

    static func withdraw(_ req: Request) async throws -> WageReport {
        try req.authorize(.create, .wageReport)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let report = try await Self.report(req, for: .change, on: db)
            try await WageStore.withdraw(report, context: context, on: db)
            return report
        }
    }

    static func publish(year: String?, _ req: Request) async throws -> WageYear {
        let (policy, context) = (try req.policy, req.writeContext)
        guard WageOffice.includes(try req.requireActor(), policy: policy) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
        return try await req.db.writeTransaction { db in
            try await WageStore.publish(year: year, policy: policy, context: context, on: db)
        }
    }

    /// The report's employees by occupation and level, each group's pays sorted.
    static func groups(of report: WageReport, language: DisplayLanguage, on db: any Database) async throws
        -> [WageReportPageModel.Group]
    {
        let entries = try await WageEntry.query(on: db).filter(\.$report.$id == report.requireID()).all()
        let names = try await WageQuery.occupationNames(Set(entries.map(\.occupationCode)), on: db)
        struct Key: Hashable {
            var code: String
            var level: SkillLevel?
        }
        return Dictionary(grouping: entries, by: { Key(code: $0.occupationCode, level: $0.skillLevel) })
            .map { key, entries in
                WageReportPageModel.Group(
                    occupationCode: key.code,
                    occupation: "\(names[key.code]?.text(language) ?? key.code) \(key.code)", level: key.level,
                    pays: entries.map(\.annualPayFen).sorted())
            }
            .sorted { ($0.occupationCode, $0.level?.rawValue ?? "") < ($1.occupationCode, $1.level?.rawValue ?? "") }
    }
}
