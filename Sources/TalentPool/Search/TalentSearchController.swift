import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// Finding talents: the `/talents` page, `GET /api/v1/talents`, and the export of a
/// result set, all within the caller's scope (`Request.talentSearchScope`).
package struct TalentSearchController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.talents.route, use: page)
        pages.get(SiteURL.talentExport.route, use: export)
        let api = routes.grouped("api", "v1", "talents").grouped(RequireSignIn())
        api.get(use: list)
        api.get("export", use: export)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let scope = try req.talentSearchScope()
        let today = req.clock.today
        var query = TalentSearchQuery()
        var error: String?
        var page = TalentSearchQuery.Page(items: [], total: 0, totalIsExact: true, next: nil)
        var number = 1
        do {
            query = try TalentSearchQuery(request: req)
            number = try pageNumber(req, cursor: query.after)
            page = try await query.run(page: number, scope: scope, today: today, on: req.db)
        } catch let abort as Abort where abort.status == .badRequest {
            error = abort.reason
        }
        let (actor, _) = try req.scope(.list, on: .talent)
        // Lists show masked numbers to everyone: a full one is read on its profile.
        let rows = try await TalentListRow.rows(page.items, reveals: false, request: req)
        let lists = try await req.application.referenceChoices.lists(on: req.db, now: req.clock.now)
        let model = TalentSearchPageModel(
            query: query, rows: rows,
            reasons: try await TalentMatchReasons.load(for: rows, query: query, language: req.language, request: req),
            total: page.total, totalIsExact: page.totalIsExact, pageNumber: number, next: page.next,
            exportsInBackground: page.total >= req.application.talentExportsInBackgroundFrom,
            csrf: CSRF.token(for: req),
            districts: lists.districts,
            occupations: try await req.application.referenceChoices.occupations(
                chosen: query.filters.filter { $0.facet == .occupation }.map(\.code), on: req.db, now: req.clock.now),
            chains: lists.chains,
            canAdd: Permissions.scope(for: actor.role, .create, on: .talent) > .own,
            canImport: TalentImportController.mayImport(actor.role), error: error, today: today)
        return htmlResponse(
            model.render(layout: Layout(request: req, policy: try req.policy)),
            status: error == nil ? .ok : .badRequest)
    }

    /// `page`: the page's number. Without a cursor it is a page to jump to (at most
    /// `jumpablePages`); with one it only names the page the cursor reaches.
    private func pageNumber(_ req: Request, cursor: TalentSearchQuery.Cursor?) throws -> Int {
        guard let raw = req.query[String.self, at: "page"], !raw.isEmpty else { return 1 }
        guard let number = Int(raw), number >= 1,
            number <= (cursor == nil ? TalentSearchQuery.jumpablePages : 1_000_000)
        else { throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "page"))) }
        return number
    }

    @Sendable package func list(req: Request) async throws -> TalentListDTO {
        let query = try TalentSearchQuery(request: req)
        let page = try await query.run(scope: try req.talentSearchScope(), today: req.clock.today, on: req.db)
        let rows = try await TalentListRow.rows(page.items, reveals: false, request: req)
        return TalentListDTO(
            items: rows.map(TalentSummaryDTO.init), total: page.total,
            exact: page.totalIsExact, nextCursor: page.next?.text)
    }

    @Sendable package func export(req: Request) async throws -> Response {
        let scope = try req.talentSearchScope()
        guard let format = TalentExport.Format(rawValue: req.query[String.self, at: "format"] ?? "csv") else {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "format")))
        }
        var query = try TalentSearchQuery(request: req)
        query.after = nil
        let today = req.clock.today
        let table = try await TalentExport.table(
            query, scope: scope, reveals: req.revealsIdentifiers, request: req, today: today)
        // Who took which slice of the pool, and how big it was (never the values).
        try await req.audit(
            AuditEntry(
                .talentExport, entityID: nil,
                changedFields: query.parameters.map(\.0) + ["format:\(format.rawValue)", "rows:\(table.count - 1)"]),
            on: req.db)
        return TalentExport.response(table, format: format, today: today)
    }
}

package struct TalentListDTO: Content {
    package var items: [TalentSummaryDTO]
    /// Exact up to `TalentSearchQuery.countCap`; beyond it an estimate, and `exact` false.
    package var total: Int
    package var exact: Bool
    package var nextCursor: String?

    package init(items: [TalentSummaryDTO], total: Int, exact: Bool, nextCursor: String?) {
        (self.items, self.total, self.exact, self.nextCursor) = (items, total, exact, nextCursor)
    }

    /// `!exact`, under the name clients written before estimates read.
    package var totalIsCapped: Bool { !exact }

    private enum CodingKeys: String, CodingKey {
        case items, total, exact, totalIsCapped, nextCursor
    }

    /// Always encode `nextCursor`, as `null` on the last page, so clients can rely on it.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(total, forKey: .total)
        try container.encode(exact, forKey: .exact)
        try container.encode(totalIsCapped, forKey: .totalIsCapped)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}

extension TalentListDTO {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode([TalentSummaryDTO].self, forKey: .items)
        total = try container.decode(Int.self, forKey: .total)
        exact = try container.decode(Bool.self, forKey: .exact)
        nextCursor = try container.decodeIfPresent(String.self, forKey: .nextCursor)
    }
}

/// A talent in a result list: identifiers masked unless the role may see them.
package struct TalentSummaryDTO: Content {
    package var id: UUID?
    package var name: String
    package var gender: String
    package var birthDate: String
    package var residentIDMasked: String?
    package var residentID: String?
    package var districtCode: String
    package var educationLevel: String?
    package var employerID: UUID?
    package var employerName: String?
    package var titleLevel: String?
    package var skillLevel: String?
    package var status: String
    package var updatedAt: Date?

    package init(_ row: TalentListRow) {
        let talent = row.talent
        (id, name, gender, birthDate) = (talent.id, talent.name, talent.gender, talent.birthDate)
        (residentIDMasked, residentID) = (talent.residentIDMasked, row.residentID)
        (districtCode, educationLevel) = (talent.districtCode, talent.educationLevel)
        (employerID, employerName) = (talent.$employer.id, row.employerName)
        (titleLevel, skillLevel, status, updatedAt) = (
            talent.titleLevel, talent.skillLevel, talent.status, talent.updatedAt
        )
    }
}
