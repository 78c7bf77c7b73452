import Fluent
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// An organisation's "我能申报什么" (issue 16, M4): the page with its declared figures, the
/// form that declares them, and the API. Whoever may read the organisation (its own
/// staff, officers, administrators) sees its eligibility; whoever may change it declares.
package struct OrganizationEligibilityController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.routeByID(SiteURL.organizationEligibility), use: page)
        pages.post(SiteURL.routeByID(SiteURL.organizationFacts), use: declare)
        routes.grouped("api", "v1", "organizations").grouped(RequireSignIn()).get(":id", "eligibility", use: read)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let notice: String? =
            switch req.query[String.self, at: "notice"] {
            case "facts": req.messages(.organizationFactsSaved)
            case "chain": req.messages(.organizationChainSaved)
            default: nil
            }
        return try await Self.render(try await Self.find(req), req, notice: notice)
    }

    @Sendable package func declare(req: Request) async throws -> Response {
        let input = try req.content.decode(OrganizationFactsInput.self)
        do {
            let organization = try await OrganizationFacts.declare(input, req)
            return req.redirect(
                to: SiteURL.organizationEligibility(try organization.requireID()).path + "?notice=facts")
        } catch let errors as FieldErrors {
            return try await Self.render(
                try await Self.find(req), req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable package func read(req: Request) async throws -> OrganizationEligibilityDTO {
        let organization = try await Self.find(req)
        let policy = try req.policy
        return OrganizationEligibilityDTO(
            try await OrganizationEligibility.decide(
                for: organization, policy: policy, today: req.clock.today, on: req.db),
            organization: organization, messages: req.messages, policy: policy)
    }

    /// The employer's own organisation's page again, with the start the workflow refused
    /// shown in its card.
    static func ownPage(_ req: Request, failed: EligibilityPageModel.FailedStart) async throws -> Response? {
        let actor = try req.requireActor()
        guard actor.role == .employer, let id = actor.organizationID,
            let organization = try await Organization.find(id, on: req.db)
        else { return nil }
        return try await render(organization, req, failed: failed, status: .unprocessableEntity)
    }

    private static func render(
        _ organization: Organization, _ req: Request, input: OrganizationFactsInput? = nil,
        errors: FieldErrors = FieldErrors(), notice: String? = nil, failed: EligibilityPageModel.FailedStart? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = try req.requireActor()
        let policy = try req.policy
        let id = try organization.requireID()
        // The form only for those the permission table lets change it.
        let declares =
            try await (try? req.scopedQuery(Organization.self, for: .change))?.filter(\.$id == id)
            .first() != nil
        // The start buttons for its own employer accounts: they apply for it.
        let applies = actor.role == .employer && actor.organizationID == id
        let open = applies ? try await ApplicationRequests.open(of: .organization(id), on: req.db) : [:]
        let model = OrganizationEligibilityPageModel(
            organization: organization,
            eligibility: try await OrganizationEligibility.decide(
                for: organization, policy: policy, today: req.clock.today, on: req.db),
            csrf: declares ? CSRF.token(for: req) : nil, input: input, errors: errors, notice: notice,
            applyCSRF: applies ? CSRF.token(for: req) : nil, openApplications: open, failedStart: failed,
            chains: try await IndustryChain.query(on: req.db).sort(\.$id).all().map {
                (code: $0.id ?? "", name: req.messages.language == .zh ? $0.nameZh : $0.nameEn)
            })
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    /// The organisation of the path in the actor's reach; 404 otherwise.
    static func find(_ req: Request) async throws -> Organization {
        guard let id = req.parameters.get("id", as: UUID.self),
            let organization = try await req.scopedQuery(Organization.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return organization
    }
}

/// `GET /api/v1/organizations/{id}/eligibility`: the enterprise loans' outcomes for one
/// organisation, from the figures it declared.
package struct OrganizationEligibilityDTO: Content {
    package var organizationID: UUID
    package var asOf: String
    package var facts: OrganizationDTO.Facts?
    package var rules: [EligibilityDTO.Rule]

    package init(
        _ eligibility: OrganizationEligibility, organization: Organization, messages m: Messages,
        policy: PolicyDocument
    ) {
        organizationID = eligibility.organizationID
        asOf = eligibility.asOf.description
        facts = (try? OrganizationDTO(organization))?.facts
        rules = EligibilityDTO.loanRules(eligibility.loans, m, policy)
    }
}
