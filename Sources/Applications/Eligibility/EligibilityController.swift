import Fluent
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// "我能申报什么" (issue 16): the talent's own page, the same page for an officer on any
/// profile they may read, and the API. Who sees a talent's eligibility is the
/// `.eligibility` row of the permission table; the profile must also be readable.
package struct EligibilityController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.myEligibility.route, use: ownPage)
        pages.get(SiteURL.routeByID(SiteURL.talentEligibility), use: talentPage)
        routes.grouped("api", "v1", "talents").grouped(RequireSignIn()).get(":id", "eligibility", use: read)
    }

    /// A talent's own page; an employer's is its organisation's.
    @Sendable package func ownPage(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        if actor.role == .employer, let organization = actor.organizationID {
            return req.redirect(to: SiteURL.organizationEligibility(organization).path)
        }
        guard actor.role == .talent else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        let layout = Layout(request: req, policy: try req.policy)
        guard let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first() else {
            let m = layout.messages
            return htmlResponse(
                layout.render(
                    title: m(.eligibilityTitle),
                    body: .group(
                        .h1(.text(m(.eligibilityTitle))), .p(.class("empty-state"), .text(m(.eligibilityNoProfile))))))
        }
        return try await Self.page(talent, own: true, req)
    }

    /// The talent's own page again, with the start the workflow refused shown in its card.
    static func ownPage(_ req: Request, failed: EligibilityPageModel.FailedStart) async throws -> Response? {
        let actor = try req.requireActor()
        guard actor.role == .talent,
            let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first()
        else { return nil }
        return try await page(talent, own: true, failed: failed, status: .unprocessableEntity, req)
    }

    @Sendable package func talentPage(req: Request) async throws -> Response {
        let talent = try await find(req)
        return try await Self.page(talent, own: talent.$user.id == req.requireActor().userID, req)
    }

    @Sendable package func read(req: Request) async throws -> EligibilityDTO {
        let talent = try await find(req)
        let policy = try req.policy
        let eligibility = try await TalentEligibility.decide(
            for: talent, policy: policy, today: req.clock.today, on: req.db)
        return EligibilityDTO(eligibility, messages: req.messages, policy: policy)
    }

    private static func page(
        _ talent: Talent, own: Bool, failed: EligibilityPageModel.FailedStart? = nil, status: HTTPStatus = .ok,
        _ req: Request
    ) async throws -> Response {
        let policy = try req.policy
        let eligibility = try await TalentEligibility.decide(
            for: talent, policy: policy, today: req.clock.today, on: req.db)
        let codes = Set(
            eligibility.subsidies.compactMap { ruling -> String? in
                switch ruling.basis {
                case let .certificate(certificate)?: certificate.occupationCode
                case let .training(training)?: training.occupationCode
                case nil: nil
                }
            })
        let occupations = try await Occupation.query(on: req.db).filter(\.$id ~~ Array(codes)).all()
        let id = try talent.requireID()
        let editable = try await req.scopedQuery(Talent.self, for: .change).filter(\.$id == id).first() != nil
        let open = own ? try await ApplicationRequests.open(of: .talent(id), on: req.db) : [:]
        let model = EligibilityPageModel(
            talentName: talent.name, own: own, eligibility: eligibility,
            occupations: Dictionary(occupations.compactMap { o in o.id.map { ($0, o) } }) { first, _ in first },
            editProfile: editable && talent.status != "erased" ? .editTalent(id) : nil,
            csrf: own ? CSRF.token(for: req) : nil, openApplications: open, failedStart: failed)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    /// The talent of the path, when the actor may read both the profile and its
    /// eligibility; 404 when the profile is out of reach, 403 when only its eligibility is.
    private func find(_ req: Request) async throws -> Talent {
        guard let id = req.parameters.get("id", as: UUID.self),
            let talent = try await req.scopedQuery(Talent.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        guard Permissions.allows(try req.requireActor(), .read, on: .eligibility, owner: talent.owner) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
        return talent
    }
}
