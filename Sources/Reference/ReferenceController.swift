import Fluent
import SiteKit
import TalentDomain
import Vapor

/// The occupation catalogue page and the reference-data API (occupations, districts,
/// industry chains).
package struct ReferenceController: RouteCollection {
    package init() {}

    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.occupations.route, use: occupationsPage)
        let api = routes.grouped("api", "v1")
        api.get("occupations", use: listOccupations)
        api.get("districts", use: listDistricts)
        api.get("industry-chains", use: listIndustryChains)
    }

    @Sendable package func occupationsPage(req: Request) async throws -> Response {
        let policy = try req.policy
        let query = try OccupationQuery(request: req)
        let page = try await query.run(on: req.db)
        let model = OccupationsPageModel(query: query, page: page, edition: OccupationEdition.shipped)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    @Sendable package func listOccupations(req: Request) async throws -> OccupationPageDTO {
        let page = try await OccupationQuery(request: req).run(on: req.db)
        return OccupationPageDTO(
            items: page.items.map(OccupationDTO.init), total: page.total,
            nextCursor: page.next?.text)
    }

    @Sendable package func listDistricts(req: Request) async throws -> ItemsDTO<DistrictDTO> {
        let rows = try await District.query(on: req.db).sort(\.$id).all()
        return ItemsDTO(items: rows.map(DistrictDTO.init))
    }

    @Sendable package func listIndustryChains(req: Request) async throws -> ItemsDTO<IndustryChainDTO> {
        let rows = try await IndustryChain.query(on: req.db).sort(\.$id).all()
        return ItemsDTO(items: rows.map(IndustryChainDTO.init))
    }
}

/// The classification edition of the shipped catalogue, shown on the page.
package enum OccupationEdition {
    package static let shipped = "2022"
}

package struct OccupationDTO: Content {
    package var code: String
    package var name: LocalizedText
    package var kind: String
    package var isDigital: Bool
    package var aliases: [String]
    package var verified: Bool

    package init(_ row: Occupation) {
        code = row.id ?? ""
        name = LocalizedText(zh: row.nameZh, en: row.nameEn)
        kind = row.kind
        isDigital = row.isDigital
        aliases = row.aliasList
        verified = row.verified
    }
}

package struct OccupationPageDTO: Content {
    package var items: [OccupationDTO]
    package var total: Int
    /// Always present: `null` on the last page tells a client to stop.
    package var nextCursor: String?

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(total, forKey: .total)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}

package struct DistrictDTO: Content {
    package var code: String
    package var name: LocalizedText
    package var kind: String

    package init(_ row: District) {
        code = row.id ?? ""
        name = LocalizedText(zh: row.nameZh, en: row.nameEn)
        kind = row.kind
    }
}

package struct IndustryChainDTO: Content {
    package var code: String
    package var name: LocalizedText
    package var source: String

    package init(_ row: IndustryChain) {
        code = row.id ?? ""
        name = LocalizedText(zh: row.nameZh, en: row.nameEn)
        source = row.source
    }
}
