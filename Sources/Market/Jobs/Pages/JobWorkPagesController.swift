import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The job zone's working pages: an employer's posts, their form, applicants and
/// matches; officers' campaigns and takedowns. The same use cases as the API
/// (`JobRequests`); a refused step shows the page again with the reasons.
package struct JobWorkPagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.jobCampaigns.route, use: campaigns)
        routes.get(SiteURL.routeByID(SiteURL.jobCampaign), use: campaign)
        let pages = routes.grouped(RequireSignIn())
        pages.post(SiteURL.jobCampaigns.route, use: createCampaign)
        pages.post(SiteURL.routeByID(SiteURL.jobCampaign), use: updateCampaign)
        pages.get(SiteURL.jobPosts.route, use: posts)
        pages.post(SiteURL.jobPosts.route, use: createPost)
        pages.get(SiteURL.routeByID(SiteURL.jobPostEdit), use: edit)
        pages.post(SiteURL.routeByID(SiteURL.jobPostEdit), use: update)
        pages.post(SiteURL.routeByID(SiteURL.jobPostPublish), use: publish)
        pages.post(SiteURL.routeByID(SiteURL.jobPostClose), use: close)
        pages.post(SiteURL.routeByID(SiteURL.jobPostDiscard), use: discard)
        pages.post(SiteURL.routeByID(SiteURL.jobPostTakeDown), use: takeDown)
        pages.get(SiteURL.routeByID(SiteURL.jobApplicants), use: applicants)
        pages.post(SiteURL.routeByID(SiteURL.jobInvite), use: invite)
        pages.post(SiteURL.routeByID(SiteURL.jobApplicationMove), use: move)
    }

    // MARK: - Campaigns

    @Sendable func campaigns(req: Request) async throws -> Response {
        try await renderCampaigns(req)
    }

    @Sendable func createCampaign(req: Request) async throws -> Response {
        let input = try req.content.decode(JobCampaignInput.self)
        do {
            let row = try await JobRequests.createCampaign(input, req)
            return req.redirect(to: SiteURL.jobCampaign(try row.requireID()).path + "?notice=created")
        } catch let errors as FieldErrors {
            return try await renderCampaigns(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func campaign(req: Request) async throws -> Response {
        let row = try await JobRequests.campaign(req)
        return try await renderCampaign(
            row, req,
            input: JobCampaignInput(
                name: row.name, description: row.description, startsOn: row.startsOn, endsOn: row.endsOn),
            notice: JobPagesController.notice(req))
    }

    @Sendable func updateCampaign(req: Request) async throws -> Response {
        let input = try req.content.decode(JobCampaignInput.self)
        do {
            let row = try await JobRequests.updateCampaign(input, req)
            return req.redirect(to: SiteURL.jobCampaign(try row.requireID()).path + "?notice=saved")
        } catch let errors as FieldErrors {
            return try await renderCampaign(
                try await JobRequests.campaign(req), req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    private func renderCampaigns(
        _ req: Request, input: JobCampaignInput = .init(), errors: FieldErrors? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let hires = try await JobHires.byCampaign(on: req.db as! any SQLDatabase)
        let rows = try await JobCampaign.query(on: req.db).sort(\.$startsOn, .descending).limit(500).all()
        let canCreate = JobZoneOffice.includes(req.signedIn?.actor, policy: try req.policy)
        let model = JobCampaignsPageModel(
            campaigns: rows.map { ($0, hires[$0.id ?? UUID()] ?? 0) }, canCreate: canCreate, input: input,
            errors: errors?.shown(in: req.messages), csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func renderCampaign(
        _ campaign: JobCampaign, _ req: Request, input: JobCampaignInput, errors: FieldErrors? = nil,
        notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let id = try campaign.requireID()
        let sql = req.db as! any SQLDatabase
        let byChain = try await JobHires.breakdown(of: id, by: .chain, on: sql)
        let byOccupation = try await JobHires.breakdown(of: id, by: .occupation, on: sql)
        let openPosts = try await JobPost.query(on: req.db).filter(\.$campaign.$id == id)
            .filter(\.$state == .published).count()
        var names = try await JobNames.load(req, posts: [])
        names.occupations = try await JobMatchView.names(
            byOccupation.compactMap(\.code).map { JobMatching.Scored(reason: .sameOccupation($0), points: 0) }, req)
        let canEdit = JobZoneOffice.includes(req.signedIn?.actor, policy: try req.policy)
        let model = JobCampaignPageModel(
            campaign: campaign, posts: openPosts, hires: byChain.reduce(0) { $0 + $1.hires }, byChain: byChain,
            byOccupation: byOccupation, names: names, canEdit: canEdit, input: input,
            errors: errors?.shown(in: req.messages), notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    // MARK: - Posts

    @Sendable func posts(req: Request) async throws -> Response {
        try await renderPosts(req)
    }

    @Sendable func createPost(req: Request) async throws -> Response {
        let input = try req.content.decode(JobPostInput.self)
        do {
            let post = try await JobRequests.createPost(input, req)
            return req.redirect(to: SiteURL.jobPost(try post.requireID()).path + "?notice=saved")
        } catch let errors as FieldErrors {
            return try await renderPosts(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func edit(req: Request) async throws -> Response {
        let post = try await JobRequests.post(req, for: .change)
        return try await renderEdit(post, req, input: JobPostInput(post))
    }

    @Sendable func update(req: Request) async throws -> Response {
        let input = try req.content.decode(JobPostInput.self)
        do {
            let post = try await JobRequests.updatePost(input, req)
            return req.redirect(to: SiteURL.jobPost(try post.requireID()).path + "?notice=saved")
        } catch let errors as FieldErrors {
            return try await renderEdit(
                try await JobRequests.post(req, for: .change), req, input: input, errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        do {
            let post = try await JobRequests.publish(req)
            return req.redirect(to: SiteURL.jobPost(try post.requireID()).path + "?notice=published")
        } catch let errors as FieldErrors {
            return try await renderEdit(
                try await JobRequests.post(req, for: .change), req,
                input: JobPostInput(try await JobRequests.post(req, for: .change)), errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func close(req: Request) async throws -> Response {
        let post = try await JobRequests.close(req)
        return req.redirect(to: SiteURL.jobPost(try post.requireID()).path + "?notice=closed")
    }

    @Sendable func discard(req: Request) async throws -> Response {
        try await JobRequests.discard(req)
        return req.redirect(to: SiteURL.jobPosts.path)
    }

    @Sendable func takeDown(req: Request) async throws -> Response {
        let input = try req.content.decode(JobReasonInput.self)
        do {
            let post = try await JobRequests.takeDown(input, req)
            return req.redirect(to: SiteURL.jobPost(try post.requireID()).path + "?notice=taken-down")
        } catch let errors as FieldErrors {
            let post = try await JobRequests.post(req, for: .read)
            let model = JobPostPageModel(
                post: post, campaign: try await JobCampaign.find(post.$campaign.id, on: req.db),
                names: try await JobNames.load(req, posts: [post]), viewer: .officer, today: req.clock.today,
                errors: errors.shown(in: req.messages), notice: nil, csrf: CSRF.token(for: req))
            return htmlResponse(
                model.render(layout: Layout(request: req, policy: try req.policy)), status: .unprocessableEntity)
        }
    }

    private func renderPosts(
        _ req: Request, input: JobPostInput = .init(), errors: FieldErrors? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = try req.requireActor()
        let rows = try await req.scopedQuery(JobPost.self).sort(\.$createdAt, .descending).limit(500).all()
        let ids = rows.compactMap(\.id)
        var applicants: [UUID: Int] = [:]
        if !ids.isEmpty {
            for row in try await JobApplication.query(on: req.db).filter(\.$post.$id ~~ ids).all() {
                applicants[row.$post.id, default: 0] += 1
            }
        }
        let isEmployer = actor.role == .employer
        let names = try await JobNames.load(req, posts: rows, forForm: isEmployer)
        let model = JobPostsPageModel(
            posts: rows, applicants: applicants, names: names, isEmployer: isEmployer,
            form: isEmployer
                ? JobPostForm(
                    action: SiteURL.jobPosts.path, input: input, campaigns: try await openCampaigns(req), names: names,
                    errors: errors?.shown(in: req.messages), csrf: CSRF.token(for: req),
                    submit: req.messages(.jobSaveDraft))
                : nil)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func renderEdit(
        _ post: JobPost, _ req: Request, input: JobPostInput, errors: FieldErrors? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = try await JobNames.load(req, posts: [post], forForm: true)
        let model = JobPostEditPageModel(
            post: post,
            form: JobPostForm(
                action: SiteURL.jobPostEdit(try post.requireID()).path, input: input,
                campaigns: try await openCampaigns(req), names: names, errors: errors?.shown(in: req.messages),
                csrf: CSRF.token(for: req), submit: req.messages(.jobSaveDraft)))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    /// Campaigns a post may go into: those not yet ended.
    private func openCampaigns(_ req: Request) async throws -> [JobCampaign] {
        try await JobCampaign.query(on: req.db).filter(\.$endsOn >= req.clock.today.description)
            .sort(\.$startsOn).all()
    }

    // MARK: - Applicants

    @Sendable func applicants(req: Request) async throws -> Response {
        try await renderApplicants(req, post: try await JobRequests.post(req, for: .read), notice: Self.notice(req))
    }

    @Sendable func invite(req: Request) async throws -> Response {
        let input = try req.content.decode(JobInviteInput.self)
        do {
            _ = try await JobRequests.invite(input, req)
            return req.redirect(to: SiteURL.jobApplicants(try JobPagesController.id(req)).path + "?notice=invited")
        } catch let errors as FieldErrors {
            return try await renderApplicants(
                req, post: try await JobRequests.post(req, for: .read), errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func move(req: Request) async throws -> Response {
        let input = try req.content.decode(JobMoveInput.self)
        let application = try await JobRequests.application(req, for: .change)
        do {
            _ = try await JobRequests.move(input, req)
            return req.redirect(to: SiteURL.jobApplicants(application.$post.id).path + "?notice=moved")
        } catch let errors as FieldErrors {
            guard let post = try await JobPost.find(application.$post.id, on: req.db) else { throw Abort(.notFound) }
            return try await renderApplicants(req, post: post, errors: errors, status: .unprocessableEntity)
        }
    }

    private func renderApplicants(
        _ req: Request, post: JobPost, errors: FieldErrors? = nil, notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = try req.requireActor()
        let rows = try await JobApplicantsQuery.rows(of: try post.requireID(), req)
        let isEmployer = actor.role == .employer
        let view = isEmployer ? try await JobMatchView.talents(for: post, req) : (rows: [], occupationNames: [:])
        let model = JobApplicantsPageModel(
            post: post, rows: rows, matches: view.rows, occupationNames: view.occupationNames,
            names: try await JobNames.load(req, posts: [post]), canAct: isEmployer,
            errors: errors?.shown(in: req.messages), notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private static func notice(_ req: Request) -> String? {
        let message: Message? =
            switch req.query[String.self, at: "notice"] {
            case "invited": .jobInvitedNotice
            case "moved": .jobMovedNotice
            default: nil
            }
        return message.map { req.messages($0) }
    }
}
