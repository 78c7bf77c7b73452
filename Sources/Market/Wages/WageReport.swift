import Fluent
import Foundation
import Organizations
import TalentDomain

/// 工资价位申报 (M9): what one employer reports of a year's pay — each employee's annual
/// pay in fen by occupation (and skill level where known). One per employer and year;
/// the employer's own until the year is published, and never shown to another employer.
package final class WageReport: Model, @unchecked Sendable {
    package static let schema = "wage_reports"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: Organization
    @Field(key: "year") package var year: Int
    @Enum(key: "state") package var state: State
    /// The employer's key industry chain when it submitted (the chain cells count it there).
    @OptionalField(key: "chain_code") package var chainCode: String?
    @Field(key: "created_by") package var createdBy: UUID
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(organizationID: UUID, year: Int, createdBy: UUID) {
        $organization.id = organizationID
        (self.year, self.state, self.createdBy) = (year, .draft, createdBy)
    }

    package enum State: String, Codable, CaseIterable, Sendable {
        /// Being filled in; the year's publication leaves it out.
        case draft
        /// Sent: the year's publication counts it. Changed again only by reopening it
        /// before the year is published.
        case submitted
    }
}

/// One employee of a report: occupation, skill level where known, annual pay in fen.
package final class WageEntry: Model, @unchecked Sendable {
    package static let schema = "wage_entries"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "report_id") package var report: WageReport
    @Field(key: "occupation_code") package var occupationCode: String
    @OptionalEnum(key: "skill_level") package var skillLevel: SkillLevel?
    @Field(key: "annual_pay_fen") package var annualPayFen: Int64

    package init() {}

    package init(reportID: UUID, occupationCode: String, skillLevel: SkillLevel?, annualPay: Money) {
        $report.id = reportID
        (self.occupationCode, self.skillLevel, self.annualPayFen) = (occupationCode, skillLevel, annualPay.fen)
    }
}

/// A year of wage price information: open for reports until the HR bureau publishes it,
/// then closed for good, with its cells.
package final class WageYear: Model, @unchecked Sendable {
    package static let schema = "wage_years"

    @ID(custom: "year", generatedBy: .user) package var id: Int?
    @OptionalField(key: "published_at") package var publishedAt: Date?
    @OptionalField(key: "published_by") package var publishedBy: UUID?
    @Field(key: "employers") package var employers: Int
    @Field(key: "employees") package var employees: Int

    package init() {}
}

/// One published cell (`WageCell`): percentiles only where the disclosure rule allows.
package final class WageCellRow: Model, @unchecked Sendable {
    package static let schema = "wage_cells"

    @ID(key: .id) package var id: UUID?
    @Field(key: "year") package var year: Int
    @Enum(key: "dimension") package var dimension: WageCell.Dimension
    @Field(key: "occupation_code") package var occupationCode: String
    @OptionalEnum(key: "skill_level") package var skillLevel: SkillLevel?
    @OptionalField(key: "chain_code") package var chainCode: String?
    @Field(key: "employers") package var employers: Int
    @Field(key: "employees") package var employees: Int
    @OptionalField(key: "p10_fen") package var p10: Int64?
    @OptionalField(key: "p25_fen") package var p25: Int64?
    @OptionalField(key: "p50_fen") package var p50: Int64?
    @OptionalField(key: "p75_fen") package var p75: Int64?
    @OptionalField(key: "p90_fen") package var p90: Int64?

    package init() {}

    package init(year: Int, _ cell: WageCell) {
        self.year = year
        (dimension, occupationCode, skillLevel, chainCode) = (
            cell.dimension, cell.occupationCode, cell.skillLevel, cell.chainCode
        )
        (employers, employees) = (cell.employers, cell.employees)
        let values = cell.percentiles?.all.map(\.fen)
        (p10, p25, p50, p75, p90) = (values?[0], values?[1], values?[2], values?[3], values?[4])
    }

    package var cell: WageCell {
        let percentiles =
            [p10, p25, p50, p75, p90].allSatisfy { $0 != nil }
            ? WagePercentiles(
                p10: Money(fen: p10!), p25: Money(fen: p25!), p50: Money(fen: p50!), p75: Money(fen: p75!),
                p90: Money(fen: p90!)) : nil
        return WageCell(
            dimension: dimension, occupationCode: occupationCode, skillLevel: skillLevel, chainCode: chainCode,
            employers: employers, employees: employees, percentiles: percentiles)
    }
}
