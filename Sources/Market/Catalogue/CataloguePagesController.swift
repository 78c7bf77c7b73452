import Fluent
import Foundation
import Reference
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Vapor

/// The public catalogue: `/catalogue` (the latest year with a published edition),
/// `/catalogue/{year}` and its download as XLSX or CSV, filtered like the page.
package struct CataloguePagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.catalogue.route, use: latest)
        routes.get(SiteURL.routeByYear(SiteURL.catalogueYear), use: year)
        routes.get(SiteURL.routeByYear(SiteURL.catalogueDownload), use: download)
    }

    @Sendable func latest(req: Request) async throws -> Response {
        let years = try await CatalogueQuery.publishedYears(on: req.db)
        return try await render(req, year: years.first, years: years)
    }

    @Sendable func year(req: Request) async throws -> Response {
        let year = try Self.year(req)
        return try await render(req, year: year, years: try await CatalogueQuery.publishedYears(on: req.db))
    }

    /// The year's current edition as a spreadsheet: a header row and one row per entry,
    /// every cell a spreadsheet could run as a formula neutralised.
    @Sendable func download(req: Request) async throws -> Response {
        let year = try Self.year(req)
        guard let edition = try await CatalogueQuery.current(year: year, on: req.db) else { throw Abort(.notFound) }
        let format = SpreadsheetDownload.Format(rawValue: req.query[String.self, at: "format"] ?? "") ?? .xlsx
        let rows = try await CatalogueQuery.rows(
            of: try edition.requireID(), filter: CatalogueRequests.filter(req), on: req.db)
        let m = req.messages
        let header = [
            m(.catalogueChain), m(.catalogueOccupationCode), m(.catalogueOccupation), m(.catalogueHeadcount),
            m(.catalogueUrgency), m(.catalogueEducation), m(.catalogueExperience), m(.cataloguePayMin),
            m(.cataloguePayMax), m(.catalogueSkills), m(.catalogueEmployers),
        ]
        let table =
            [header]
            + rows.map { row in
                let entry = row.entry
                return [
                    row.chainName.text(m.language), entry.key.occupationCode, row.occupationName.text(m.language),
                    String(entry.headcount), m.urgency(entry.urgency), entry.education.map { m.education($0) } ?? "",
                    entry.experienceYears.map(String.init) ?? "", entry.payMin.yuanText, entry.payMax.yuanText,
                    entry.skills.joined(separator: "、"), String(entry.employerCount),
                ].map(SpreadsheetCell.neutralized)
            }
        return SpreadsheetDownload.response(
            table, format: format, sheetName: "catalogue", filename: "catalogue-\(year)-\(edition.number)")
    }

    private func render(_ req: Request, year: Int?, years: [Int]) async throws -> Response {
        let edition = try await year.asyncFlatMap { try await CatalogueQuery.current(year: $0, on: req.db) }
        let filter = CatalogueRequests.filter(req)
        var all: [CatalogueQuery.Row] = []
        var correction: CatalogueCorrection?
        if let edition {
            all = try await CatalogueQuery.rows(of: try edition.requireID(), on: req.db)
            correction = try await CatalogueQuery.correction(of: edition, on: req.db)
        }
        let chains = try await IndustryChain.query(on: req.db).sort(\.$id).all().map {
            (code: $0.id ?? "", name: LocalizedText(zh: $0.nameZh, en: $0.nameEn))
        }
        let model = CataloguePageModel(
            year: year, edition: edition, correction: correction, all: all,
            shown: all.filter(filter.admits), filter: filter, chains: chains, years: years)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    /// The year of the path: a four-digit year, else 404.
    private static func year(_ req: Request) throws -> Int {
        guard let year = req.parameters.get("year", as: Int.self), (2000...2100).contains(year) else {
            throw Abort(.notFound)
        }
        return year
    }
}
