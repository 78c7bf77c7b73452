import Fluent
import SiteKit
import TalentDomain
import Vapor

/// `GET /api/v1/targets?year=&district=`: every yearly target with its actual figure
/// computed from the platform's records, where it computes one. Public, like the
/// measure pages that show the same figures.
struct TargetsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("targets", use: list)
    }

    @Sendable func list(req: Request) async throws -> TargetProgressListDTO {
        var year = req.clock.year
        if let text = req.query[String.self, at: "year"].trimmedText {
            guard let parsed = Int(text), (2000...2100).contains(parsed) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter, ["name": "year"]))
            }
            year = parsed
        }
        let district = req.query[String.self, at: "district"].trimmedText
        if let district, try await District.find(district, on: req.db) == nil {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter, ["name": "district"]))
        }
        let rows = try await TargetQuery.rows(policy: try req.policy, year: year, district: district, on: req.db)
        return TargetProgressListDTO(year: year, district: district, items: rows.map(TargetProgressDTO.init))
    }
}

struct TargetProgressListDTO: Content {
    var year: Int
    var district: String?
    var items: [TargetProgressDTO]
}

/// A target with its actual figure: `actual`, `percent` and `met` are absent for a
/// target the platform does not compute from records yet.
struct TargetProgressDTO: Content {
    var target: TargetDTO
    var actual: Int?
    var percent: Int?
    var met: Bool?
    /// Whether the figure is computed from the platform's records.
    var tracked: Bool

    init(_ row: TargetQuery.Row) {
        target = TargetDTO(row.target)
        actual = row.actual
        percent = row.percent
        met = row.met
        tracked = row.actual != nil
    }
}
