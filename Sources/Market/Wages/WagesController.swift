import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Vapor

/// Wage price information (工资价位, M9): the public `/wages` pages and downloads, the
/// employers' reports and the wage departments' publishing — pages and `/api/v1` alike.
package struct WagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.wages.route, use: latest)
        routes.get(SiteURL.routeByYear(SiteURL.wageYear), use: year)
        routes.get(SiteURL.routeByYear(SiteURL.wageDownload), use: download)
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.wageReports.route, use: reports)
        pages.post(SiteURL.wageReports.route, use: open)
        pages.get(SiteURL.routeByID(SiteURL.wageReport), use: report)
        pages.post(SiteURL.routeByID(SiteURL.wageReportEmployees), use: addEmployees)
        pages.post(SiteURL.routeByID(SiteURL.wageReportGroupDelete), use: removeGroup)
        pages.post(SiteURL.routeByID(SiteURL.wageReportSubmit), use: submit)
        pages.post(SiteURL.routeByID(SiteURL.wageReportWithdraw), use: withdraw)
        pages.get(SiteURL.wageYears.route, use: years)
        pages.post(SiteURL.wageYears.route, use: publish)
    }

    // MARK: - Public

    @Sendable func latest(req: Request) async throws -> Response {
        let years = try await WageQuery.publishedYears(on: req.db)
        return try await render(req, year: years.first?.id, years: years.compactMap(\.id))
    }

    @Sendable func year(req: Request) async throws -> Response {
        let years = try await WageQuery.publishedYears(on: req.db)
        return try await render(req, year: try Self.year(req), years: years.compactMap(\.id))
    }

    /// Every shown figure of the year — never a suppressed one — as CSV, XLSX or JSON.
    @Sendable func download(req: Request) async throws -> Response {
        let year = try Self.year(req)
        guard try await WageYear.find(year, on: req.db)?.publishedAt != nil else { throw Abort(.notFound) }
        let format = req.query[String.self, at: "format"]
        if format == "json" {
            return try await WageDownload.json(year: year, messages: req.messages, on: req.db).encodeResponse(for: req)
        }
        return SpreadsheetDownload.response(
            try await WageDownload.table(year: year, messages: req.messages, on: req.db),
            format: format == "csv" ? .csv : .xlsx, sheetName: "wages", filename: "wages-\(year)")
    }

    private func render(_ req: Request, year: Int?, years: [Int]) async throws -> Response {
        let record = try await year.asyncFlatMap { try await WageYear.find($0, on: req.db) }
        let published = record?.publishedAt != nil ? record : nil
        let selected = req.query[String.self, at: "occupation"].trimmedText.map { String($0.prefix(20)) }
        let occupations =
            try await published.asyncFlatMap {
                try await WageQuery.occupations(year: $0.id ?? 0, detail: selected, on: req.db)
            } ?? []
        let model = WagePageModel(
            year: year, record: published, occupations: occupations, selected: selected, years: years)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    static func year(_ req: Request) throws -> Int {
        guard let year = req.parameters.get("year", as: Int.self), (2000...2100).contains(year) else {
            throw Abort(.notFound)
        }
        return year
    }

    // MARK: - Reports

    @Sendable func reports(req: Request) async throws -> Response { try await renderReports(req) }

    @Sendable func open(req: Request) async throws -> Response {
        let input = try req.content.decode(WageReportInput.self)
        do {
            let report = try await WageRequests.open(input, req)
            return req.redirect(to: SiteURL.wageReport(try report.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderReports(
                req, input: input, errors: errors.shown(in: req.messages), status: .unprocessableEntity)
        }
    }

    @Sendable func report(req: Request) async throws -> Response {
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "added": .wageAddedNotice
            case "removed": .catalogueLineRemovedNotice
            case "submitted": .wageSubmittedNotice
            case "withdrawn": .wageWithdrawnNotice
            default: nil
            }
        return try await renderReport(
            try await WageRequests.report(req, for: .read), req, notice: notice.map { req.messages($0) })
    }

    @Sendable func addEmployees(req: Request) async throws -> Response {
        let input = try req.content.decode(WageEmployeesInput.self)
        do {
            let report = try await WageRequests.addEmployees(input, req)
            return req.redirect(to: SiteURL.wageReport(try report.requireID()).path + "?notice=added")
        } catch let errors as FieldErrors {
            return try await renderReport(
                try await WageRequests.report(req, for: .read), req, input: input, errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func removeGroup(req: Request) async throws -> Response {
        let form = try req.content.decode(WageEmployeesInput.self)
        let report = try await WageRequests.removeGroup(occupation: form.occupation, level: form.skillLevel, req)
        return req.redirect(to: SiteURL.wageReport(try report.requireID()).path + "?notice=removed")
    }

    @Sendable func submit(req: Request) async throws -> Response {
        do {
            let report = try await WageRequests.submit(req)
            return req.redirect(to: SiteURL.wageReport(try report.requireID()).path + "?notice=submitted")
        } catch let errors as FieldErrors {
            return try await renderReport(
                try await WageRequests.report(req, for: .read), req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        let report = try await WageRequests.withdraw(req)
        return req.redirect(to: SiteURL.wageReport(try report.requireID()).path + "?notice=withdrawn")
    }

    private func renderReports(
        _ req: Request, input: WageReportInput = .init(), errors: FieldErrors.Shown? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        try WageRequests.requireOfficeUnlessEmployer(req)
        let actor = try req.requireActor()
        let reports = try await req.scopedQuery(WageReport.self).with(\.$organization).sort(\.$year, .descending)
            .limit(1_000).all()
        let counts = try await WageQuery.employeeCounts(of: reports, on: req.db)
        let today = req.clock.today
        let model = WageReportsPageModel(
            rows: reports.map {
                .init(report: $0, employer: $0.organization.name, employees: counts[$0.id ?? UUID()] ?? 0)
            },
            isEmployer: actor.role == .employer, years: [today.year - 1, today.year],
            input: input.year == nil ? WageReportInput(year: "\(today.year - 1)") : input, errors: errors,
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func renderReport(
        _ report: WageReport, _ req: Request, input: WageEmployeesInput = .init(), errors: FieldErrors? = nil,
        notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let language = req.messages.language
        let occupations = try await Reference.Occupation.query(on: req.db).filter(\.$isDigital == true)
            .filter(\.$kind == "occupation").sort(\.$id).all().map { $0.codedName(language) }
        let model = WageReportPageModel(
            report: report,
            employer: try await Organization.find(report.$organization.id, on: req.db)?.name ?? "",
            groups: try await WageRequests.groups(of: report, language: language, on: req.db),
            isEmployer: try req.requireActor().role == .employer,
            closed: try await WageYear.find(report.year, on: req.db) != nil, occupations: occupations, input: input,
            errors: errors?.shown(in: req.messages), notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    // MARK: - Years

    @Sendable func years(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "notice"] == "published" ? req.messages(.wagePublishedNotice) : nil
        return try await renderYears(req, notice: notice)
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let input = try req.content.decode(WageReportInput.self)
        do {
            _ = try await WageRequests.publish(year: input.year, req)
            return req.redirect(to: SiteURL.wageYears.path + "?notice=published")
        } catch let errors as FieldErrors {
            return try await renderYears(req, errors: errors.shown(in: req.messages), status: .unprocessableEntity)
        }
    }

    private func renderYears(
        _ req: Request, errors: FieldErrors.Shown? = nil, notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        // Every department's staff see the years; the wage departments publish them.
        let (policy, actor) = (try req.policy, try req.requireActor())
        guard actor.role == .admin || actor.role == .officer else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
        let today = req.clock.today
        let reports = try await WageReport.query(on: req.db).all()
        let published = Dictionary(
            try await WageYear.query(on: req.db).all().map { ($0.id ?? 0, $0) }, uniquingKeysWith: { a, _ in a })
        let years = Set(reports.map(\.year) + Array(published.keys) + [today.year - 1]).sorted(by: >)
        let model = WageYearsPageModel(
            rows: years.map { year in
                let of = reports.filter { $0.year == year }
                return .init(
                    year: year, submitted: of.filter { $0.state == .submitted }.count,
                    drafts: of.filter { $0.state == .draft }.count, published: published[year])
            },
            mayPublish: WageOffice.includes(actor, policy: policy), errors: errors, notice: notice,
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }
}
