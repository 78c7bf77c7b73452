import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// `/api/v1/job-campaigns`, `/api/v1/job-posts`, `/api/v1/job-applications`,
/// `/api/v1/job-matches` and `/api/v1/job-seeker`: the job zone (M3) — the same use
/// cases as the pages (`JobRequests`).
package struct JobsAPIController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let campaigns = routes.grouped("api", "v1", "job-campaigns")
        campaigns.get(use: campaignsIndex)
        campaigns.get(":id", use: campaign)
        campaigns.grouped(RequireSignIn()).post(use: createCampaign)
        campaigns.grouped(RequireSignIn()).patch(":id", use: updateCampaign)
        let posts = routes.grouped("api", "v1", "job-posts")
        posts.get(use: search)
        posts.get(":id", use: post)
        let signed = posts.grouped(RequireSignIn())
        signed.get("mine", use: mine)
        signed.post(use: createPost)
        signed.patch(":id", use: updatePost)
        signed.delete(":id", use: discard)
        signed.post(":id", "publish", use: publish)
        signed.post(":id", "close", use: close)
        signed.post(":id", "take-down", use: takeDown)
        signed.get(":id", "matches", use: matches)
        signed.get(":id", "applications", use: applicants)
        signed.post(":id", "applications", use: apply)
        signed.post(":id", "invitations", use: invite)
        let applications = routes.grouped("api", "v1", "job-applications").grouped(RequireSignIn())
        applications.get(use: applicationsIndex)
        applications.get(":id", use: application)
        applications.post(":id", "move", use: move)
        applications.post(":id", "withdraw", use: withdraw)
        applications.post(":id", "decline", use: decline)
        routes.grouped("api", "v1", "job-matches").grouped(RequireSignIn()).get(use: postMatches)
        let seeker = routes.grouped("api", "v1", "job-seeker").grouped(RequireSignIn())
        seeker.get(use: seekerState)
        seeker.put(use: setSeeker)
    }

    // MARK: - Campaigns

    @Sendable func campaignsIndex(req: Request) async throws -> ItemsDTO<JobCampaignDTO> {
        let hires = try await JobHires.byCampaign(on: req.db as! any SQLDatabase)
        let rows = try await JobCampaign.query(on: req.db).sort(\.$startsOn, .descending).limit(500).all()
        return ItemsDTO(items: try rows.map { try JobCampaignDTO($0, hires: hires[try $0.requireID()] ?? 0) })
    }

    @Sendable func campaign(req: Request) async throws -> JobCampaignDTO {
        let row = try await JobRequests.campaign(req)
        let hires = try await JobHires.byCampaign(on: req.db as! any SQLDatabase)
        return try JobCampaignDTO(row, hires: hires[try row.requireID()] ?? 0)
    }

    @Sendable func createCampaign(req: Request) async throws -> Response {
        let row = try await JobRequests.createCampaign(try req.content.decode(JobCampaignInput.self), req)
        return try await created(JobCampaignDTO(row, hires: 0), "/api/v1/job-campaigns/\(try row.requireID())", req)
    }

    @Sendable func updateCampaign(req: Request) async throws -> JobCampaignDTO {
        try JobCampaignDTO(try await JobRequests.updateCampaign(try req.content.decode(JobCampaignInput.self), req))
    }

    // MARK: - Posts

    /// Open posts by keyword and filters, newest first.
    @Sendable func search(req: Request) async throws -> JobPostPageDTO {
        let page = try await JobPostSearch(request: req).run(
            today: req.clock.today, on: req.db as! any SQLDatabase)
        return JobPostPageDTO(
            items: try page.items.map { try JobPostDTO($0) }, total: page.total, totalIsCapped: page.totalIsCapped,
            next: page.next.map(String.init))
    }

    /// The employer's own posts in every state (officers: every post), newest first.
    @Sendable func mine(req: Request) async throws -> ItemsDTO<JobPostDTO> {
        let rows = try await req.scopedQuery(JobPost.self).sort(\.$createdAt, .descending).limit(1_000).all()
        return ItemsDTO(items: try rows.map { try JobPostDTO($0, showsReason: true) })
    }

    @Sendable func post(req: Request) async throws -> JobPostDTO {
        let post = try await JobRequests.visiblePost(req)
        let owns = req.signedIn.map { Permissions.allows($0.actor, .read, on: .jobPost, owner: post.owner) } ?? false
        return try JobPostDTO(post, showsReason: owns)
    }

    @Sendable func createPost(req: Request) async throws -> Response {
        let post = try await JobRequests.createPost(try req.content.decode(JobPostInput.self), req)
        return try await created(JobPostDTO(post, showsReason: true), "/api/v1/job-posts/\(try post.requireID())", req)
    }

    @Sendable func updatePost(req: Request) async throws -> JobPostDTO {
        try JobPostDTO(
            try await JobRequests.updatePost(try req.content.decode(JobPostInput.self), req), showsReason: true)
    }

    @Sendable func discard(req: Request) async throws -> HTTPStatus {
        try await JobRequests.discard(req)
        return .noContent
    }

    @Sendable func publish(req: Request) async throws -> JobPostDTO {
        try JobPostDTO(try await JobRequests.publish(req), showsReason: true)
    }

    @Sendable func close(req: Request) async throws -> JobPostDTO {
        try JobPostDTO(try await JobRequests.close(req), showsReason: true)
    }

    @Sendable func takeDown(req: Request) async throws -> JobPostDTO {
        try JobPostDTO(
            try await JobRequests.takeDown(try req.content.decode(JobReasonInput.self), req), showsReason: true)
    }

    /// The best-fitting opted-in talents for the employer's post, masked, with reasons.
    @Sendable func matches(req: Request) async throws -> ItemsDTO<TalentMatchDTO> {
        let post = try await JobRequests.post(req, for: .change)
        let view = try await JobMatchView.talents(for: post, req)
        let m = req.messages
        return ItemsDTO(
            items: view.rows.map { row in
                TalentMatchDTO(
                    talent: row.talentID, maskedName: row.talent.maskedName, district: row.talent.districtCode,
                    education: row.talent.education?.rawValue, skillLevel: row.talent.skillLevel?.rawValue,
                    titleLevel: row.talent.titleLevel?.rawValue, skills: row.talent.skills, score: row.match.score,
                    reasons: m.matchReasons(row.match, occupationNames: view.occupationNames),
                    application: row.application?.rawValue)
            })
    }

    /// The post's applications; an open invitation shows no applicant.
    @Sendable func applicants(req: Request) async throws -> ItemsDTO<JobApplicationDTO> {
        let post = try await JobRequests.post(req, for: .read)
        let rows = try await JobApplicantsQuery.rows(of: try post.requireID(), req)
        return ItemsDTO(items: try rows.map { try $0.dto })
    }

    @Sendable func apply(req: Request) async throws -> Response {
        let application = try await JobRequests.apply(try req.content.decode(JobApplyInput.self), req)
        return try await created(
            JobApplicationDTO(application), "/api/v1/job-applications/\(try application.requireID())", req)
    }

    @Sendable func invite(req: Request) async throws -> Response {
        let application = try await JobRequests.invite(try req.content.decode(JobInviteInput.self), req)
        return try await created(
            JobApplicationDTO(application), "/api/v1/job-applications/\(try application.requireID())", req)
    }

    // MARK: - Applications

    /// The caller's applications: a talent's own; an employer's applicants (open
    /// invitations without the person); officers every one.
    @Sendable func applicationsIndex(req: Request) async throws -> ItemsDTO<JobApplicationDTO> {
        let actor = try req.requireActor()
        let rows = try await req.scopedQuery(JobApplication.self).sort(\.$updatedAt, .descending).limit(1_000).all()
        if actor.role == .talent { return ItemsDTO(items: try rows.map { try JobApplicationDTO($0) }) }
        return ItemsDTO(items: try await JobApplicantsQuery.dtos(rows, on: req.db))
    }

    /// One application: the talent's own, or one of the employer's applicants (the
    /// person shown once they applied or accepted).
    @Sendable func application(req: Request) async throws -> JobApplicationDTO {
        let row = try await JobRequests.application(req, for: .read)
        if try req.requireActor().role == .talent { return try JobApplicationDTO(row) }
        return try await JobApplicantsQuery.dtos([row], on: req.db)[0]
    }

    @Sendable func move(req: Request) async throws -> JobApplicationDTO {
        try JobApplicationDTO(try await JobRequests.move(try req.content.decode(JobMoveInput.self), req))
    }

    @Sendable func withdraw(req: Request) async throws -> JobApplicationDTO {
        try JobApplicationDTO(try await JobRequests.withdraw(req))
    }

    @Sendable func decline(req: Request) async throws -> JobApplicationDTO {
        try JobApplicationDTO(try await JobRequests.decline(req))
    }

    // MARK: - The talent's side

    /// The open posts that best fit the signed-in talent, with reasons.
    @Sendable func postMatches(req: Request) async throws -> ItemsDTO<PostMatchDTO> {
        let talent = try await JobRequests.ownTalent(req)
        let view = try await JobMatchView.posts(for: talent, req)
        let m = req.messages
        return ItemsDTO(
            items: try view.rows.map {
                PostMatchDTO(
                    post: try JobPostDTO($0.post), score: $0.match.score,
                    reasons: m.matchReasons($0.match, occupationNames: view.occupationNames))
            })
    }

    @Sendable func seekerState(req: Request) async throws -> JobSeekerDTO {
        let talent = try await JobRequests.ownTalent(req)
        return JobSeekerDTO(findable: try await JobSeekerStore.isFindable(try talent.requireID(), on: req.db))
    }

    @Sendable func setSeeker(req: Request) async throws -> JobSeekerDTO {
        JobSeekerDTO(findable: try await JobRequests.setFindable(try req.content.decode(JobSeekerInput.self), req))
    }

    private func created<T: Content>(_ body: T, _ location: String, _ req: Request) async throws -> Response {
        let response = try await body.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
