import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/api/v1/wage-years` (the published years and their cells, public; publishing, for
/// the wage departments) and `/api/v1/wage-reports` (an employer's own reports) — the
/// same use cases as the pages.
package struct WagesAPIController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let years = routes.grouped("api", "v1", "wage-years")
        years.get(use: publishedYears)
        years.get(":year", "cells", use: cells)
        years.grouped(RequireSignIn()).post(":year", "publish", use: publish)
        let reports = routes.grouped("api", "v1", "wage-reports").grouped(RequireSignIn())
        reports.get(use: list)
        reports.post(use: open)
        reports.get(":id", use: read)
        reports.post(":id", "employees", use: addEmployees)
        reports.delete(":id", "employees", use: removeGroup)
        reports.post(":id", "submit", use: submit)
        reports.post(":id", "withdraw", use: withdraw)
    }

    @Sendable func publishedYears(req: Request) async throws -> ItemsDTO<WageYearDTO> {
        ItemsDTO(items: try await WageQuery.publishedYears(on: req.db).map(WageYearDTO.init))
    }

    @Sendable func cells(req: Request) async throws -> ItemsDTO<WageCellDTO> {
        let year = try WagesController.year(req)
        guard try await WageYear.find(year, on: req.db)?.publishedAt != nil else { throw Abort(.notFound) }
        return try await WageDownload.json(year: year, messages: req.messages, on: req.db)
    }

    @Sendable func publish(req: Request) async throws -> WageYearDTO {
        WageYearDTO(try await WageRequests.publish(year: req.parameters.get("year"), req))
    }

    @Sendable func list(req: Request) async throws -> ItemsDTO<WageReportDTO> {
        try WageRequests.requireOfficeUnlessEmployer(req)
        var query = try req.scopedQuery(WageReport.self)
        if let year = req.query[String.self, at: "year"].trimmedText.flatMap({ Int($0) }) {
            query = query.filter(\.$year == year)
        }
        let reports = try await query.sort(\.$year, .descending).limit(1_000).all()
        let counts = try await WageQuery.employeeCounts(of: reports, on: req.db)
        return ItemsDTO(
            items: try reports.map { try WageReportDTO($0, employees: counts[$0.id ?? UUID()] ?? 0, groups: nil) })
    }

    @Sendable func open(req: Request) async throws -> Response {
        let report = try await WageRequests.open(try req.content.decode(WageReportInput.self), req)
        let response = try await dto(report, req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/wage-reports/\(try report.requireID())")
        return response
    }

    @Sendable func read(req: Request) async throws -> WageReportDTO {
        try await dto(try await WageRequests.report(req, for: .read), req)
    }

    @Sendable func addEmployees(req: Request) async throws -> Response {
        let report = try await WageRequests.addEmployees(try req.content.decode(WageEmployeesInput.self), req)
        return try await dto(report, req).encodeResponse(status: .created, for: req)
    }

    /// `?occupation=…&skillLevel=…`: every employee of that occupation and level.
    @Sendable func removeGroup(req: Request) async throws -> WageReportDTO {
        let report = try await WageRequests.removeGroup(
            occupation: req.query[String.self, at: "occupation"], level: req.query[String.self, at: "skillLevel"], req)
        return try await dto(report, req)
    }

    @Sendable func submit(req: Request) async throws -> WageReportDTO {
        try await dto(try await WageRequests.submit(req), req)
    }

    @Sendable func withdraw(req: Request) async throws -> WageReportDTO {
        try await dto(try await WageRequests.withdraw(req), req)
    }

    private func dto(_ report: WageReport, _ req: Request) async throws -> WageReportDTO {
        let groups = try await WageRequests.groups(of: report, language: req.messages.language, on: req.db)
        return try WageReportDTO(
            report, employees: groups.reduce(0) { $0 + $1.pays.count },
            groups: groups.map {
                .init(occupation: $0.occupationCode, skillLevel: $0.level?.rawValue, annualPayFen: $0.pays)
            })
    }
}

package struct WageYearDTO: Content {
    package var year: Int
    package var publishedAt: Date?
    package var employers: Int
    package var employees: Int

    init(_ record: WageYear) {
        (year, publishedAt, employers, employees) = (
            record.id ?? 0, record.publishedAt, record.employers, record.employees
        )
    }
}

/// An employer's report through the API: its employees by occupation and level, each
/// one's annual pay in fen (the employer's own data, never another employer's).
package struct WageReportDTO: Content {
    package var id: UUID
    package var organizationID: UUID
    package var year: Int
    package var state: String
    package var submittedAt: Date?
    package var employees: Int
    /// Absent in a list.
    package var groups: [Group]?

    init(_ report: WageReport, employees: Int, groups: [Group]?) throws {
        (id, organizationID, year, state, submittedAt) = (
            try report.requireID(), report.$organization.id, report.year, report.state.rawValue, report.submittedAt
        )
        (self.employees, self.groups) = (employees, groups)
    }

    package struct Group: Content {
        package var occupation: String
        package var skillLevel: String?
        package var annualPayFen: [Int64]
    }
}
