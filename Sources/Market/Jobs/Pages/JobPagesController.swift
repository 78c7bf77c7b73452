import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The job zone's pages for everyone and for talents: the board, a post, applying, and a
/// talent's own applications, matches and consent. The same use cases as the API
/// (`JobRequests`); a refused step shows the page again with the reasons.
package struct JobPagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.jobs.route, use: board)
        routes.get(SiteURL.routeByID(SiteURL.jobPost), use: post)
        let signed = routes.grouped(RequireSignIn())
        signed.post(SiteURL.routeByID(SiteURL.jobPostApply), use: apply)
        signed.get(SiteURL.myJobs.route, use: mine)
        signed.post(SiteURL.jobSeeking.route, use: seeking)
        signed.post(SiteURL.routeByID(SiteURL.jobApplicationWithdraw), use: withdraw)
        signed.post(SiteURL.routeByID(SiteURL.jobApplicationDecline), use: decline)
    }

    @Sendable func board(req: Request) async throws -> Response {
        let search = try JobPostSearch(request: req)
        let sql = req.db as! any SQLDatabase
        let page = try await search.run(today: req.clock.today, on: sql)
        let today = req.clock.today.description
        let hires = try await JobHires.byCampaign(on: sql)
        let campaigns = try await JobCampaign.query(on: req.db).filter(\.$endsOn >= today).sort(\.$startsOn).all()
        let role = req.signedIn?.actor.role
        let model = JobBoardPageModel(
            search: search, page: page, names: try await JobNames.load(req, posts: page.items),
            campaigns: campaigns.map { ($0, hires[$0.id ?? UUID()] ?? 0) }, isTalent: role == .talent,
            isStaff: role == .employer || role == .officer || role == .admin)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable func post(req: Request) async throws -> Response {
        try await render(try await JobRequests.visiblePost(req), req, notice: Self.notice(req))
    }

    @Sendable func apply(req: Request) async throws -> Response {
        let input = try req.content.decode(JobApplyInput.self)
        do {
            _ = try await JobRequests.apply(input, req)
            return req.redirect(to: SiteURL.jobPost(try Self.id(req)).path + "?notice=applied")
        } catch let errors as FieldErrors {
            return try await render(
                try await JobRequests.visiblePost(req), req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func mine(req: Request) async throws -> Response {
        let talent = try await JobRequests.ownTalent(req)
        let talentID = try talent.requireID()
        let applications = try await req.scopedQuery(JobApplication.self).with(\.$post)
            .sort(\.$updatedAt, .descending).limit(500).all()
        let view = try await JobMatchView.posts(for: talent, req)
        // Posts already applied to are in the list of applications above the matches.
        let applied = Set(applications.map(\.$post.id))
        let matches = view.rows.filter { $0.post.id.map { !applied.contains($0) } ?? true }
        let posts = applications.map(\.post) + matches.map(\.post)
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "on": .jobSeekingOnNotice
            case "off": .jobSeekingOffNotice
            case "withdrawn": .jobWithdrawnNotice
            case "declined": .jobDeclinedNotice
            default: nil
            }
        let model = MyJobsPageModel(
            findable: try await JobSeekerStore.isFindable(talentID, on: req.db),
            applications: applications.map { ($0, $0.post) }, matches: matches,
            occupationNames: view.occupationNames, names: try await JobNames.load(req, posts: posts),
            notice: notice.map { req.messages($0) }, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable func seeking(req: Request) async throws -> Response {
        let findable = try await JobRequests.setFindable(try req.content.decode(JobSeekerInput.self), req)
        return req.redirect(to: SiteURL.myJobs.path + "?notice=" + (findable ? "on" : "off"))
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        _ = try await JobRequests.withdraw(req)
        return req.redirect(to: SiteURL.myJobs.path + "?notice=withdrawn")
    }

    @Sendable func decline(req: Request) async throws -> Response {
        _ = try await JobRequests.decline(req)
        return req.redirect(to: SiteURL.myJobs.path + "?notice=declined")
    }

    private func render(
        _ post: JobPost, _ req: Request, errors: FieldErrors? = nil, notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = req.signedIn?.actor
        let postID = try post.requireID()
        let viewer: JobPostPageModel.Viewer
        if let talent = try await JobRequests.profile(req) {
            let application = try await JobApplication.query(on: req.db).filter(\.$post.$id == postID)
                .filter(\.$talent.$id == talent.requireID()).first()
            let seeker = try await JobMatchQuery.seeker(talent, today: req.clock.today, on: req.db)
            let match = JobMatching.match(post.need, seeker, weights: try req.policy.marketRules.matching)
            viewer = .talent(
                application: application, match: match,
                occupationNames: try await JobMatchView.names(match.reasons, req))
        } else if let actor, actor.role == .employer,
            Permissions.allows(actor, .read, on: .jobPost, owner: post.owner)
        {
            let count = try await JobApplication.query(on: req.db).filter(\.$post.$id == postID).count()
            viewer = .owner(applicants: count)
        } else if JobZoneOffice.includes(actor, policy: try req.policy) {
            viewer = .officer
        } else {
            viewer = .visitor
        }
        let model = JobPostPageModel(
            post: post, campaign: try await JobCampaign.find(post.$campaign.id, on: req.db),
            names: try await JobNames.load(req, posts: [post]), viewer: viewer, today: req.clock.today,
            errors: errors?.shown(in: req.messages), notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    /// The confirmation a redirect asks for.
    static func notice(_ req: Request) -> String? {
        let message: Message? =
            switch req.query[String.self, at: "notice"] {
            case "applied": .jobAppliedNotice
            case "published": .jobPublishedNotice
            case "closed": .jobClosedNotice
            case "saved": .jobSavedNotice
            case "taken-down": .jobTakenDownNotice
            case "created": .jobCreatedNotice
            default: nil
            }
        return message.map { req.messages($0) }
    }

    static func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }
}
