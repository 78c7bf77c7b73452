import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// 单位情况申报 (M4): what an organisation declares of itself for the small-and-micro-
/// enterprise loans — staff, revenue, the share of the year's new hires from key groups,
/// and the year they describe. Each field may be left empty (not known): the loan rules
/// then send that check to a reviewer instead of deciding it.
package struct OrganizationFactsInput: Content {
    @FormText package var staffCount: String? = nil
    /// In yuan, at most two decimals.
    @FormText package var revenueYuan: String? = nil
    @FormText package var newHireKeyGroupPercent: String? = nil
    @FormText package var year: String? = nil

    package init(
        staffCount: String? = nil, revenueYuan: String? = nil, newHireKeyGroupPercent: String? = nil,
        year: String? = nil
    ) {
        self.staffCount = staffCount
        self.revenueYuan = revenueYuan
        self.newHireKeyGroupPercent = newHireKeyGroupPercent
        self.year = year
    }

    package struct Valid: Sendable {
        package var staffCount: Int?
        package var revenue: Money?
        package var newHireKeyGroupPercent: Int?
        package var year: Int
    }

    /// Refuses each field on its own, naming it: a count or a share that is not a whole
    /// number in range, an amount with more than two decimals, a year to come.
    package func validate(today: CalendarDate) -> Result<Valid, FieldErrors> {
        var read = FieldReader()
        // Empty is "not known", not a refusal.
        let staff = staffCount.trimmedText.flatMap { _ in
            read.integer(staffCount, "staffCount", .organizationStaffCount, in: 0...10_000_000)
        }
        let share = newHireKeyGroupPercent.trimmedText.flatMap { _ in
            read.integer(newHireKeyGroupPercent, "newHireKeyGroupPercent", .organizationNewHireShare, in: 0...100)
        }
        let year = read.integer(year, "year", .organizationFactsYear, in: 2000...today.year)
        var revenue: Money?
        if let text = revenueYuan.trimmedText {
            revenue = Money(yuanText: text, maximumYuan: 1_000_000_000_000)
            if revenue == nil {
                read.fail("revenueYuan", Message { m in m(.fieldMoney(field: m(.organizationRevenue))) })
            }
        }
        guard read.errors.isEmpty, let year else { return .failure(read.errors) }
        return .success(
            Valid(staffCount: staff, revenue: revenue, newHireKeyGroupPercent: share, year: year))
    }
}

/// The use case: record what `organization` declares, audited, in the caller's transaction.
package enum OrganizationFacts {
    /// What the path's organisation declares, for the page and the API alike: one write
    /// transaction; 404 outside the actor's reach, 403 where it may only read it.
    package static func declare(_ input: OrganizationFactsInput, _ req: Request) async throws -> Organization {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        let today = req.clock.today
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            // Who may change it first: the figures are judged only for those who may.
            guard
                let organization = try await req.scopedQuery(Organization.self, for: .change, on: db)
                    .filter(\.$id == id).first()
            else {
                let readable = try await req.scopedQuery(Organization.self, for: .read, on: db).filter(\.$id == id)
                    .first()
                throw readable == nil ? Abort(.notFound) : Abort(.forbidden, reason: req.messages(.errorForbidden))
            }
            try await declare(try input.validate(today: today).get(), for: organization, context: context, on: db)
            return organization
        }
    }

    package static func declare(
        _ valid: OrganizationFactsInput.Valid, for organization: Organization, context: WriteContext,
        on db: any Database
    ) async throws {
        organization.staffCount = valid.staffCount
        organization.revenueFen = valid.revenue?.fen
        organization.newHireKeyGroupPercent = valid.newHireKeyGroupPercent
        organization.factsYear = valid.year
        organization.factsDeclaredAt = context.now
        organization.factsDeclaredBy = context.actor?.userID
        try await organization.save(on: db)
        try await context.record(
            AuditEntry(
                .organizationFacts, entityID: organization.id?.uuidString,
                changedFields: ["staff_count", "revenue_fen", "new_hire_key_group_percent", "facts_year"]), on: db)
    }
}
