import Fluent
import Foundation
import SQLKit
import SiteKit
import Spreadsheet
import TalentDomain
import Vapor

/// The supply–demand map (供需图谱, issue 18) for the HR bureau's and the departments'
/// staff: `/market/map` with its detail, recount and downloads, and
/// `GET /api/v1/supply-demand`.
package struct SupplyDemandController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.supplyDemand.route, use: page)
        pages.post(SiteURL.supplyDemandRecount.route, use: recount)
        pages.get(SiteURL.supplyDemandDownload.route, use: download)
        routes.grouped("api", "v1", "supply-demand").grouped(RequireSignIn()).get(use: api)
    }

    @Sendable func page(req: Request) async throws -> Response {
        try Self.requireStaff(req)
        let year = try Self.year(req)
        let map = try await SupplyDemandQuery.map(year: year, today: req.clock.today, on: req.db)
        let order = req.query[String.self, at: "sort"].flatMap(SupplyDemand.Order.init(rawValue:)) ?? .gap
        var detail: SupplyDemandPageModel.Detail?
        if let code = req.query[String.self, at: "occupation"].trimmedText {
            guard let row = map.rows.first(where: { $0.occupationCode == code }) else { throw Abort(.notFound) }
            detail = try await Self.detail(row, req)
        }
        let names = try await SupplyDemandNames.load(req, occupations: map.rows.map(\.occupationCode))
        let model = SupplyDemandPageModel(
            map: map, order: order, names: names, years: Array((2025...(req.clock.today.year + 1)).reversed()),
            detail: detail,
            notice: req.query[String.self, at: "notice"] == "counted" ? req.messages(.mapCountedNotice) : nil,
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    /// Counts the pool now instead of waiting for the next sweep.
    @Sendable func recount(req: Request) async throws -> Response {
        try Self.requireStaff(req)
        try await SupplyTallies.recount(req.application, at: req.clock.now)
        return req.redirect(to: SiteURL.supplyDemand.path + "?notice=counted")
    }

    @Sendable func download(req: Request) async throws -> Response {
        try Self.requireStaff(req)
        let year = try Self.year(req)
        guard let format = SpreadsheetDownload.Format(rawValue: req.query[String.self, at: "format"] ?? "xlsx") else {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "format")))
        }
        let map = try await SupplyDemandQuery.map(year: year, today: req.clock.today, on: req.db)
        let names = try await SupplyDemandNames.load(req, occupations: map.rows.map(\.occupationCode))
        let m = req.messages
        let header = [
            m(.catalogueOccupationCode), m(.catalogueOccupation), m(.catalogueChain), m(.mapCatalogue), m(.mapPosts),
            m(.mapDemand), m(.mapSupply), m(.mapQualified), m(.mapInTraining), m(.mapTrained), m(.mapOpenPrograms),
            m(.mapGap),
        ]
        var table = [header]
        for row in SupplyDemand.sorted(map.rows, by: .occupation) {
            let name = names.occupations[row.occupationCode] ?? ""
            table.append(
                [row.occupationCode, name, m(.mapAllChains)]
                    + [
                        row.catalogue, row.posts, row.demand, row.supply, row.qualified, row.inTraining, row.trained,
                        row.openPrograms, row.gap,
                    ].map(String.init))
            for cell in row.cells {
                table.append(
                    [row.occupationCode, name, names.chain(cell.chainCode, m)]
                        + [cell.catalogue, cell.posts, cell.demand, cell.talents, cell.qualified].map(String.init)
                        + ["", "", "", String(cell.gap)])
            }
        }
        return SpreadsheetDownload.response(
            // Texts are neutralised against formulas; the figures stay numbers (a gap may be -6).
            table.map { $0.enumerated().map { $0.offset < 3 ? SpreadsheetCell.neutralized($0.element) : $0.element } },
            format: format, sheetName: m(.mapSheet),
            filename: "supply-demand-\(year)")
    }

    @Sendable func api(req: Request) async throws -> SupplyDemandDTO {
        try Self.requireStaff(req)
        let map = try await SupplyDemandQuery.map(year: try Self.year(req), today: req.clock.today, on: req.db)
        return SupplyDemandDTO(map)
    }

    /// The officers of every department and the administrators: the map is planning data
    /// of the whole city, with no person in it.
    static func requireStaff(_ req: Request) throws {
        let role = try req.requireActor().role
        guard role == .admin || role == .officer else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
    }

    static func year(_ req: Request) throws -> Int {
        guard let text = req.query[String.self, at: "year"].trimmedText else { return req.clock.today.year }
        guard let year = Int(text), (2025...(req.clock.today.year + 1)).contains(year) else {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "year")))
        }
        return year
    }

    /// What is behind one occupation's numbers: its programmes and its open posts.
    static func detail(_ row: SupplyDemand.Row, _ req: Request) async throws -> SupplyDemandPageModel.Detail {
        let code = row.occupationCode
        let programs = try await (req.db as! any SQLDatabase).raw(
            """
            SELECT id, title, status, ends_on FROM programs WHERE occupation_code = \(bind: code) \
            AND status <> 'archived' ORDER BY ends_on DESC LIMIT 50
            """
        ).all().map {
            (
                id: try $0.decode(column: "id", as: UUID.self), title: try $0.decode(column: "title", as: String.self),
                status: ProgramStatus(rawValue: try $0.decode(column: "status", as: String.self)),
                endsOn: try $0.decode(column: "ends_on", as: String.self)
            )
        }
        let posts = try await JobPost.query(on: req.db).filter(\.$occupationCode == code).filter(\.$state == .published)
            .filter(\.$deadline >= req.clock.today.description).sort(\.$searchKey, .descending).limit(20).all()
        return .init(row: row, posts: posts, programs: programs)
    }
}

/// The map through the API: per occupation its totals, pipeline and chains.
package struct SupplyDemandDTO: Content {
    package var year: Int
    package var countedAt: Date?
    package var occupations: [Occupation]

    package struct Occupation: Content {
        package var occupation: String
        package var catalogue: Int
        package var posts: Int
        package var demand: Int
        package var supply: Int
        package var qualified: Int
        package var unattached: Int
        package var inTraining: Int
        package var trained: Int
        package var openPrograms: Int
        package var gap: Int
        package var chains: [Chain]
    }

    package struct Chain: Content {
        package var chain: String?
        package var catalogue: Int
        package var posts: Int
        package var talents: Int
        package var qualified: Int
        package var gap: Int
    }

    init(_ map: SupplyDemandQuery.Map) {
        (year, countedAt) = (map.year, map.countedAt)
        occupations = map.rows.map { row in
            Occupation(
                occupation: row.occupationCode, catalogue: row.catalogue, posts: row.posts, demand: row.demand,
                supply: row.supply, qualified: row.qualified, unattached: row.unattached, inTraining: row.inTraining,
                trained: row.trained, openPrograms: row.openPrograms, gap: row.gap,
                chains: row.cells.map {
                    Chain(
                        chain: $0.chainCode.isEmpty ? nil : $0.chainCode, catalogue: $0.catalogue, posts: $0.posts,
                        talents: $0.talents, qualified: $0.qualified, gap: $0.gap)
                })
        }
    }
}
