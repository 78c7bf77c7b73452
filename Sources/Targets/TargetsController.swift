import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// `GET /api/v1/targets?year=&district=`: every yearly target with its actual figure
/// computed from the platform's records, where it computes one. Public, like the
/// measure pages that show the same figures.
package struct TargetsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("targets", use: list)
    }

    @Sendable package func list(req: Request) async throws -> TargetProgressListDTO {
        var year = req.clock.year
        if let text = req.query[String.self, at: "year"].trimmedText {
            guard let parsed = Int(text), (2000...2100).contains(parsed) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "year")))
            }
            year = parsed
        }
        let district = req.query[String.self, at: "district"].trimmedText
        if let district, try await District.find(district, on: req.db) == nil {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "district")))
        }
        let rows = try await TargetQuery.rows(policy: try req.policy, year: year, district: district, on: req.db)
        return TargetProgressListDTO(year: year, district: district, items: rows.map(TargetProgressDTO.init))
    }
}

package struct TargetProgressListDTO: Content {
    package var year: Int
    package var district: String?
    package var items: [TargetProgressDTO]
}

/// A target with its actual figure: `actual`, `percent` and `met` are absent for a
/// target the platform does not compute from records yet.
package struct TargetProgressDTO: Content {
    package var target: TargetDTO
    package var actual: Int?
    package var percent: Int?
    package var met: Bool?
    /// Whether the figure is computed from the platform's records.
    package var tracked: Bool

    package init(_ row: TargetQuery.Row) {
        target = TargetDTO(row.target)
        actual = row.actual
        percent = row.percent
        met = row.met
        tracked = row.actual != nil
    }
}
