import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The organisation register: administrators add organisations; employers and providers
/// see their own; officers see all. Pages under `/admin`, JSON under `/api/v1`.
package struct OrganizationsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.adminOrganizations.route, use: page)
        pages.post(SiteURL.adminOrganizations.route, use: createFromForm)
        let api = routes.grouped("api", "v1", "organizations").grouped(RequireSignIn())
        api.get(use: list)
        api.post(use: createFromAPI)
        api.put(":id", "facts", use: declareFacts)
        api.put(":id", "chain", use: setChain)
        pages.post(SiteURL.routeByID(SiteURL.organizationChain), use: setChainFromForm)
    }

    /// `PUT /api/v1/organizations/{id}/chain`: the key industry chain it belongs to.
    @Sendable package func setChain(req: Request) async throws -> OrganizationDTO {
        try OrganizationDTO(try await OrganizationChain.set(try req.content.decode(OrganizationChainInput.self), req))
    }

    /// The chain form of the organisation's page: back to the page with a notice.
    @Sendable package func setChainFromForm(req: Request) async throws -> Response {
        let organization = try await OrganizationChain.set(try req.content.decode(OrganizationChainInput.self), req)
        return req.redirect(to: SiteURL.organizationEligibility(try organization.requireID()).path + "?notice=chain")
    }

    /// `PUT /api/v1/organizations/{id}/facts`: what the organisation declares for the M4 loans.
    @Sendable package func declareFacts(req: Request) async throws -> OrganizationDTO {
        try OrganizationDTO(
            try await OrganizationFacts.declare(try req.content.decode(OrganizationFactsInput.self), req))
    }

    @Sendable package func page(req: Request) async throws -> Response {
        try await render(req, form: OrganizationInput(), errors: FieldErrors(), status: .ok)
    }

    @Sendable package func createFromForm(req: Request) async throws -> Response {
        try req.authorize(.create, .organization)
        let input = try req.content.decode(OrganizationInput.self)
        switch try await input.validate(on: req.db) {
        case let .failure(errors):
            return try await render(req, form: input, errors: errors, status: .unprocessableEntity)
        case let .success(valid):
            let organization = try await create(valid, req)
            return req.redirect(
                to: SiteURL.adminOrganizations.path + "?created=\(organization.id?.uuidString ?? "")",
                redirectType: .normal)
        }
    }

    @Sendable package func list(req: Request) async throws -> ItemsDTO<OrganizationDTO> {
        let rows = try await req.scopedQuery(Organization.self).sort(\.$name).limit(500).all()
        return ItemsDTO(items: try rows.map { try OrganizationDTO($0) })
    }

    @Sendable package func createFromAPI(req: Request) async throws -> Response {
        try req.authorize(.create, .organization)
        let input = try req.content.decode(OrganizationInput.self)
        switch try await input.validate(on: req.db) {
        case let .failure(errors): throw errors
        case let .success(valid):
            return try await OrganizationDTO(try await create(valid, req)).encodeResponse(status: .created, for: req)
        }
    }

    private func create(_ valid: OrganizationInput.Valid, _ req: Request) async throws -> Organization {
        let organization = Organization(
            name: valid.name, kind: valid.kind, creditCode: valid.creditCode.value,
            districtCode: valid.districtCode)
        try await req.db.writeTransaction { db in
            try await organization.create(on: db)
            try await req.audit(
                AuditEntry(
                    .organizationCreate, entityID: organization.id?.uuidString,
                    changedFields: ["name", "kind", "credit_code", "district_code"]), on: db)
        }
        return organization
    }

    private func render(
        _ req: Request, form: OrganizationInput, errors: FieldErrors,
        status: HTTPStatus
    ) async throws -> Response {
        let rows = try await req.scopedQuery(Organization.self).sort(\.$name).limit(500).all()
        let districts = try await District.query(on: req.db).sort(\.$id).all()
        let canCreate = (try? req.authorize(.create, .organization)) != nil
        let model = OrganizationsPageModel(
            organizations: rows, districts: districts,
            chains: try await IndustryChain.query(on: req.db).all(), form: form, errors: errors, canCreate: canCreate,
            created: req.query[String.self, at: "created"] != nil, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

package struct OrganizationDTO: Content {
    package var id: UUID
    package var name: String
    package var kind: String
    package var creditCode: String
    package var districtCode: String
    /// The key industry chain it belongs to; absent until set.
    package var chainCode: String?
    /// What it declared for the M4 loans; absent until declared.
    package var facts: Facts?

    package struct Facts: Content {
        package var year: Int
        package var staffCount: Int?
        package var revenueFen: Int64?
        package var newHireKeyGroupPercent: Int?
        package var declaredAt: Date?
    }

    package init(_ row: Organization) throws {
        id = try row.requireID()
        name = row.name
        kind = row.kind.rawValue
        creditCode = row.creditCode
        districtCode = row.districtCode
        chainCode = row.chainCode
        facts = row.factsYear.map {
            Facts(
                year: $0, staffCount: row.staffCount, revenueFen: row.revenueFen,
                newHireKeyGroupPercent: row.newHireKeyGroupPercent, declaredAt: row.factsDeclaredAt)
        }
    }
}
