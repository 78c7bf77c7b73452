import Fluent
import Foundation
import Organizations
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The wage year was published: reports are closed for good.
package struct WageYearPublished: DomainEvent {
    package var year: Int
}

/// The use cases of wage price information (M9), each in the caller's transaction and
/// audited: an employer opens its report for a year, adds and removes employees while it
/// is a draft, submits it (and may take it back until the year is published); the wage
/// departments publish the year, which closes it and writes its cells.
package enum WageStore {
    /// The employer's report for last year or this one, once, while the year is open.
    package static func open(_ input: WageReportInput, context: WriteContext, on db: any Database) async throws
        -> WageReport
    {
        guard let actor = context.actor, let organizationID = actor.organizationID else { throw WriteConflict() }
        var read = FieldReader()
        let year = read.integer(input.year, "year", .wageYear, in: (context.today.year - 1)...context.today.year)
        guard read.errors.isEmpty, let year else { throw read.errors }
        if try await WageYear.find(year, on: db)?.publishedAt != nil {
            throw FieldErrors("year", .wageYearClosed(year: year), .notAllowed)
        }
        if try await WageReport.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$year == year)
            .first() != nil
        {
            throw FieldErrors("year", .wageReportExists, .taken)
        }
        let report = WageReport(organizationID: organizationID, year: year, createdBy: actor.userID)
        try await report.create(on: db)
        try await context.record(
            AuditEntry(.wageReportOpen, entityID: report.id?.uuidString, changedFields: ["year"]), on: db)
        return report
    }

    package static func addEmployees(
        _ valid: WageEmployeesInput.Valid, to report: WageReport, context: WriteContext, on db: any Database
    ) async throws {
        try await claimDraft(report, on: db)
        let reportID = try report.requireID()
        try await valid.pays.map {
            WageEntry(
                reportID: reportID, occupationCode: valid.occupationCode, skillLevel: valid.skillLevel, annualPay: $0)
        }.create(on: db)
        try await context.record(
            AuditEntry(.wageReportChange, entityID: reportID.uuidString, changedFields: ["employees"]), on: db)
    }

    /// Every employee of one occupation and level taken off the report.
    package static func removeGroup(
        occupation: String, level: SkillLevel?, from report: WageReport, context: WriteContext, on db: any Database
    ) async throws {
        try await claimDraft(report, on: db)
        let reportID = try report.requireID()
        var query = WageEntry.query(on: db).filter(\.$report.$id == reportID).filter(\.$occupationCode == occupation)
        query = level.map { query.filter(\.$skillLevel == $0) } ?? query.filter(\.$skillLevel == nil)
        try await query.delete()
        try await context.record(
            AuditEntry(.wageReportChange, entityID: reportID.uuidString, changedFields: ["employees"]), on: db)
    }

    /// Sent, with the employer's chain as it is now, if it has an employee.
    package static func submit(_ report: WageReport, context: WriteContext, on db: any Database) async throws {
        try await claimDraft(report, on: db)
        let reportID = try report.requireID()
        guard try await WageEntry.query(on: db).filter(\.$report.$id == reportID).count() > 0 else {
            throw FieldErrors("employees", .wageReportEmpty, .required)
        }
        let chain = try await Organization.find(report.$organization.id, on: db)?.chainCode
        (report.state, report.submittedAt, report.chainCode) = (.submitted, context.now, chain)
        try await report.save(on: db)
        try await context.record(
            AuditEntry(.wageReportSubmit, entityID: reportID.uuidString, changedFields: ["state"]), on: db)
    }

    /// Taken back to change it, while its year is not published.
    package static func withdraw(_ report: WageReport, context: WriteContext, on db: any Database) async throws {
        try await requireOpen(report.year, on: db)
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE wage_reports SET state = 'draft', updated_at = \(bind: context.now)
            WHERE id = \(bind: report.requireID()) AND state = 'submitted' RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.wageReport(in: report.state) }
        report.state = .draft
        try await context.record(
            AuditEntry(.wageReportChange, entityID: report.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// The year closed and its cells written from every submitted report: each occupation,
    /// each occupation × level, each occupation × chain, suppressed below 5 enterprises
    /// or 10 employees. Drafts are left out (and closed with the year).
    package static func publish(
        year text: String?, policy: PolicyDocument, context: WriteContext, on db: any Database
    ) async throws -> WageYear {
        guard let actor = context.actor, WageOffice.includes(actor, policy: policy) else { throw Abort(.forbidden) }
        var read = FieldReader()
        let year = read.integer(text, "year", .wageYear, in: 2025...context.today.year)
        guard read.errors.isEmpty, let year else { throw read.errors }
        try await requireOpen(year, on: db)
        let employees = try await WageQuery.employees(year: year, on: db)
        guard employees.count > 0 else { throw FieldErrors("year", .wageNothingToPublish(year: year), .notAllowed) }
        let cells = WageTabulation.cells(employees)
        let record = WageYear()
        record.id = year
        (record.publishedAt, record.publishedBy) = (context.now, actor.userID)
        record.employees = employees.count
        record.employers = try await WageReport.query(on: db).filter(\.$year == year).filter(\.$state == .submitted)
            .count()
        try await record.create(on: db)
        for batch in cells.map({ WageCellRow(year: year, $0) }).chunked(500) { try await batch.create(on: db) }
        try await context.record(AuditEntry(.wageYearPublish, entityID: "\(year)", changedFields: ["cells"]), on: db)
        try await context.publish(WageYearPublished(year: year), on: db)
        return record
    }

    private static func requireOpen(_ year: Int, on db: any Database) async throws {
        if try await WageYear.find(year, on: db) != nil {
            throw FieldErrors("year", .wageYearClosed(year: year), .notAllowed)
        }
    }

    /// Takes the report's row while it is a draft of an open year: 409 otherwise.
    private static func claimDraft(_ report: WageReport, on db: any Database) async throws {
        try await requireOpen(report.year, on: db)
        let claimed = try await (db as! any SQLDatabase).raw(
            """
            UPDATE wage_reports SET updated_at = updated_at
            WHERE id = \(bind: report.requireID()) AND state = 'draft' RETURNING id
            """
        ).first()
        guard claimed != nil else { throw WriteConflict.wageReport(in: .submitted) }
    }
}

/// 工资价位发布部门: administrators and the officers of the departments the policy's
/// market section names (`wage_departments`: HRSS in the Zibo file).
package enum WageOffice {
    package static func includes(_ actor: Actor?, policy: PolicyDocument) -> Bool {
        guard let actor else { return false }
        switch actor.role {
        case .admin: return true
        case .officer: return actor.departmentCode.map(policy.marketRules.wageDepartments.contains) ?? false
        case .provider, .employer, .talent: return false
        }
    }
}

extension WriteConflict {
    static func wageReport(in state: WageReport.State) -> WriteConflict {
        WriteConflict(Message { m in m(.wageReportStateConflict(state: m.wageReportState(state))) })
    }
}

extension Array {
    /// The elements in runs of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
