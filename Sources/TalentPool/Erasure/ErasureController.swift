import Fluent
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The right to erasure (PIPL art. 47): a talent asks on their profile page, an
/// administrator approves (which erases at once, irreversibly) or rejects.
package struct ErasureController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.myProfile.route, use: myProfile)
        pages.post(SiteURL.erasureRequest.route, use: request)
        pages.get(SiteURL.adminErasures.route, use: list)
        pages.post(SiteURL.routeByID(SiteURL.decideErasure), use: decide)
    }

    /// `/account/profile`: the signed-in talent's own profile.
    @Sendable package func myProfile(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        guard let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first(),
            let id = talent.id
        else { throw Abort(.notFound) }
        return req.redirect(to: SiteURL.talent(id).path, redirectType: .normal)
    }

    @Sendable package func request(req: Request) async throws -> Response {
        try req.authorize(.create, .erasureRequest)
        let actor = try req.requireActor()
        guard let talent = try await Talent.query(on: req.db).filter(\.$user.$id == actor.userID).first(),
            let id = talent.id, talent.status != "erased"
        else { throw Abort(.notFound) }
        guard (try? req.content.get(String.self, at: "confirm")) == "yes" else {
            return req.redirect(to: SiteURL.talent(id).path + "?erasure=unconfirmed#erasure", redirectType: .normal)
        }
        let pending = try await ErasureRequest.query(on: req.db).filter(\.$talent.$id == id).filter(
            \.$status == .pending
        ).first()
        if pending == nil {
            try await req.db.writeTransaction { db in
                let request = ErasureRequest(talentID: id, requestedAt: req.clock.now)
                try await request.create(on: db)
                try await req.audit(
                    AuditEntry(.erasureRequest, entityID: id.uuidString), on: db)
            }
        }
        return req.redirect(to: SiteURL.talent(id).path + "?erasure=requested#erasure", redirectType: .normal)
    }

    @Sendable package func list(req: Request) async throws -> Response {
        let requests = try await req.scopedQuery(ErasureRequest.self).filter(\.$status == .pending)
            .sort(\.$requestedAt).with(\.$talent).limit(200).all()
        return try render(req, requests, notice: nil)
    }

    @Sendable package func decide(req: Request) async throws -> Response {
        guard let id = req.parameters.get("id", as: UUID.self),
            try await req.scopedQuery(ErasureRequest.self, for: .change).filter(\.$id == id).first() != nil
        else { throw Abort(.notFound) }
        let actor = try req.requireActor()
        let approve = (try? req.content.get(String.self, at: "decision")) == "approve"
        let erased = try await req.db.writeTransaction { db -> TalentEraser.Erased? in
            // One conditional update decides: of any number of parallel approvals and
            // rejections, exactly one finds the request still pending.
            guard
                let talentID = try await ErasureStore.decide(
                    id, approve: approve, by: actor.userID, at: req.clock.now, on: db)
            else { return nil }
            let erased =
                approve
                ? try await TalentEraser.erase(talentID, context: req.writeContext, on: db)
                : TalentEraser.Erased(talentID: talentID)
            try await req.audit(
                AuditEntry(
                    approve ? .talentErase : .erasureReject, entityID: talentID.uuidString,
                    changedFields: approve
                        ? [
                            "name", "birth_date", "resident_id", "mobile", "email", "school", "major",
                            "graduation_year", "field_work_since", "skills", "user_id", "status",
                        ] : []), on: db)
            return erased
        }
        if approve, let erased {
            try await TalentEraser.flush(req.db)
            let left = try await TalentEraser.remains(erased, on: req.db)
            if !left.isEmpty {
                // Never report success for a person whose data is still here.
                req.logger.critical(
                    "erasure incomplete", metadata: ["talent": "\(erased.talentID)", "left": "\(left)"])
                throw Abort(.internalServerError)
            }
        }
        let notice =
            erased == nil
            ? req.messages(.erasureAlreadyDecided)
            : req.messages(approve ? .erasureApproved : .erasureRejected)
        let pending = try await req.scopedQuery(ErasureRequest.self).filter(\.$status == .pending)
            .sort(\.$requestedAt).with(\.$talent).limit(200).all()
        return try render(req, pending, notice: notice)
    }

    private func render(_ req: Request, _ requests: [ErasureRequest], notice: String?) throws -> Response {
        let model = ErasureListPageModel(requests: requests, notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }
}

/// `/admin/erasures`: pending requests, each with approve and reject buttons.
package struct ErasureListPageModel {
    package var requests: [ErasureRequest]
    package var notice: String?
    package var csrf: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        return layout.render(
            title: m(.erasuresTitle),
            body: .group(
                .h1(.text(m(.erasuresTitle))),
                .p(.class("lead"), .text(m(.erasuresIntro))),
                FormParts.notice(notice),
                requests.isEmpty
                    ? .p(.class("empty-state"), .text(m(.erasuresNone)))
                    : .div(
                        .class("table-wrap"), .attribute(named: "role", value: "region"),
                        .attribute(named: "aria-label", value: m(.erasuresTitle)),
                        .attribute(named: "tabindex", value: "0"),
                        .table(
                            .class("data-table"),
                            .thead(
                                .tr(
                                    .th(.text(m(.talentName))), .th(.text(m(.columnRequestedAt))),
                                    .th(.text(m(.columnActions))))),
                            .tbody(
                                .forEach(requests) { request in
                                    .tr(
                                        .td(
                                            .a(
                                                .href(SiteURL.talent(request.$talent.id).path),
                                                .text(request.talent.name))),
                                        .td(.text(ZiboTime.timestamp(request.requestedAt))),
                                        .td(
                                            .form(
                                                .method(.post),
                                                .action(SiteURL.decideErasure(request.id ?? UUID()).path),
                                                .class("inline-form"),
                                                FormParts.csrf(csrf),
                                                .button(
                                                    .type(.submit), .name("decision"), .value("approve"),
                                                    .class("button button--danger"),
                                                    .text(m(.erasureApprove))),
                                                .button(
                                                    .type(.submit), .name("decision"), .value("reject"),
                                                    .class("button button--secondary"),
                                                    .text(m(.erasureReject))))))
                                })
                        )
                    )
            ))
    }
}
