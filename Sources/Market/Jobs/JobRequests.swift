import Fluent
import Foundation
import Organizations
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The job zone's use cases as a request asks for them — its actor's scope, its
/// transaction, its context — shared by the pages and the API.
enum JobRequests {
    // MARK: - Reading

    /// The post of the path as the caller may see it: a published or closed post for
    /// anyone; a draft or a taken-down post for its employer and officers only (404 for
    /// anyone else, as for a post that does not exist).
    static func visiblePost(_ req: Request, on db: (any Database)? = nil) async throws -> JobPost {
        guard let id = req.parameters.get("id", as: UUID.self),
            let post = try await JobPost.find(id, on: db ?? req.db)
        else { throw Abort(.notFound) }
        if post.state == .published || post.state == .closed { return post }
        guard let actor = req.signedIn?.actor,
            Permissions.allows(actor, .read, on: .jobPost, owner: post.owner)
        else { throw Abort(.notFound) }
        return post
    }

    /// The post of the path if the actor may `action` it; 404 otherwise.
    static func post(_ req: Request, for action: Action, on db: (any Database)? = nil) async throws -> JobPost {
        guard let id = req.parameters.get("id", as: UUID.self),
            let row = try await req.scopedQuery(JobPost.self, for: action, on: db).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return row
    }

    static func campaign(_ req: Request, on db: (any Database)? = nil) async throws -> JobCampaign {
        guard let id = req.parameters.get("id", as: UUID.self),
            let row = try await JobCampaign.find(id, on: db ?? req.db)
        else { throw Abort(.notFound) }
        return row
    }

    static func application(_ req: Request, for action: Action, on db: (any Database)? = nil) async throws
        -> JobApplication
    {
        guard let id = req.parameters.get("id", as: UUID.self),
            let row = try await req.scopedQuery(JobApplication.self, for: action, on: db).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return row
    }

    /// The signed-in talent's own profile, or 403 for anyone without one.
    static func ownTalent(_ req: Request, on db: (any Database)? = nil) async throws -> Talent {
        _ = try req.requireActor()
        guard let talent = try await profile(req, on: db) else {
            throw Abort(.forbidden, reason: req.messages(.jobTalentsOnly))
        }
        return talent
    }

    /// The signed-in talent's profile; nil for anyone else or a talent without one.
    static func profile(_ req: Request, on db: (any Database)? = nil) async throws -> Talent? {
        guard let actor = req.signedIn?.actor, actor.role == .talent else { return nil }
        return try await Talent.query(on: db ?? req.db).filter(\.$user.$id == actor.userID).filter(
            \.$status != "erased"
        )
        .first()
    }

    // MARK: - Campaigns

    static func createCampaign(_ input: JobCampaignInput, _ req: Request) async throws -> JobCampaign {
        try req.authorize(.create, .jobCampaign)
        try requireOffice(req)
        let context = req.writeContext
        let valid = try input.validate(today: context.today).get()
        return try await req.db.writeTransaction { db in
            try await JobPostStore.createCampaign(valid, context: context, on: db)
        }
    }

    static func updateCampaign(_ input: JobCampaignInput, _ req: Request) async throws -> JobCampaign {
        try req.authorize(.change, .jobCampaign)
        try requireOffice(req)
        let context = req.writeContext
        let valid = try input.validate(today: context.today).get()
        return try await req.db.writeTransaction { db in
            let campaign = try await Self.campaign(req, on: db)
            try await JobPostStore.updateCampaign(campaign, valid, context: context, on: db)
            return campaign
        }
    }

    // MARK: - Posts

    static func createPost(_ input: JobPostInput, _ req: Request) async throws -> JobPost {
        try req.authorize(.create, .jobPost)
        let (rules, context) = (try req.policy.marketRules, req.writeContext)
        return try await req.db.writeTransaction { db in
            let chain = try await employerChain(context, on: db)
            let draft = try await input.validate(rules: rules, today: context.today, employerChain: chain, on: db).get()
            return try await JobPostStore.create(draft, context: context, on: db)
        }
    }

    static func updatePost(_ input: JobPostInput, _ req: Request) async throws -> JobPost {
        let (rules, context) = (try req.policy.marketRules, req.writeContext)
        return try await req.db.writeTransaction { db in
            let post = try await Self.post(req, for: .change, on: db)
            try requireEmployer(req)
            let chain = try await employerChain(context, on: db)
            let draft = try await input.validate(rules: rules, today: context.today, employerChain: chain, on: db).get()
            try await JobPostStore.update(post, draft, context: context, on: db)
            return post
        }
    }

    static func publish(_ req: Request) async throws -> JobPost {
        try await employerStep(req) { post, context, db in
            try await JobPostStore.publish(post, context: context, on: db)
        }
    }

    static func close(_ req: Request) async throws -> JobPost {
        try await employerStep(req) { post, context, db in try await JobPostStore.close(post, context: context, on: db)
        }
    }

    static func discard(_ req: Request) async throws {
        _ = try await employerStep(req, action: .delete) { post, context, db in
            try await JobPostStore.discard(post, context: context, on: db)
        }
    }

    static func takeDown(_ input: JobReasonInput, _ req: Request) async throws -> JobPost {
        try requireOffice(req)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let post = try await Self.post(req, for: .change, on: db)
            try await JobPostStore.takeDown(post, input, context: context, on: db)
            return post
        }
    }

    /// A step on the employer's own post (officers change posts only by taking them down).
    private static func employerStep(
        _ req: Request, action: Action = .change,
        _ step: @escaping @Sendable (JobPost, WriteContext, any Database) async throws -> Void
    ) async throws -> JobPost {
        try requireEmployer(req)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let post = try await Self.post(req, for: action, on: db)
            try await step(post, context, db)
            return post
        }
    }

    /// Campaigns and takedowns are the job zone's departments' (policy data).
    private static func requireOffice(_ req: Request) throws {
        guard JobZoneOffice.includes(try req.requireActor(), policy: try req.policy) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    private static func requireEmployer(_ req: Request) throws {
        guard try req.requireActor().role == .employer else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    private static func employerChain(_ context: WriteContext, on db: any Database) async throws -> String? {
        guard let id = context.actor?.organizationID else { return nil }
        return try await Organization.find(id, on: db)?.chainCode
    }

    // MARK: - Applications

    static func apply(_ input: JobApplyInput, _ req: Request) async throws -> JobApplication {
        try req.authorize(.create, .jobApplication)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let talent = try await ownTalent(req, on: db)
            let post = try await visiblePost(req, on: db)
            return try await JobApplicationStore.apply(to: post, talent: talent, input, context: context, on: db)
        }
    }

    static func invite(_ input: JobInviteInput, _ req: Request) async throws -> JobApplication {
        try req.authorize(.create, .jobApplication)
        try requireEmployer(req)
        var read = FieldReader()
        guard let talentID = read.id(input.talent, "talent", .jobInviteTalent), read.errors.isEmpty else {
            throw read.errors
        }
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let post = try await Self.post(req, for: .change, on: db)
            return try await JobApplicationStore.invite(talentID, to: post, context: context, on: db)
        }
    }

    static func move(_ input: JobMoveInput, _ req: Request) async throws -> JobApplication {
        try requireEmployer(req)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let application = try await Self.application(req, for: .change, on: db)
            try await JobApplicationStore.move(application, input, context: context, on: db)
            return application
        }
    }

    static func withdraw(_ req: Request) async throws -> JobApplication {
        try await talentStep(req) { application, context, db in
            try await JobApplicationStore.withdraw(application, context: context, on: db)
        }
    }

    static func decline(_ req: Request) async throws -> JobApplication {
        try await talentStep(req) { application, context, db in
            try await JobApplicationStore.decline(application, context: context, on: db)
        }
    }

    private static func talentStep(
        _ req: Request, _ step: @escaping @Sendable (JobApplication, WriteContext, any Database) async throws -> Void
    ) async throws -> JobApplication {
        guard try req.requireActor().role == .talent else {
            throw Abort(.forbidden, reason: req.messages(.jobTalentsOnly))
        }
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let application = try await Self.application(req, for: .change, on: db)
            try await step(application, context, db)
            return application
        }
    }

    // MARK: - Consent

    static func setFindable(_ input: JobSeekerInput, _ req: Request) async throws -> Bool {
        var read = FieldReader()
        let findable = read.flag(input.findable, "findable", .jobSeekerFindable)
        guard read.errors.isEmpty else { throw read.errors }
        let context = req.writeContext
        try await req.db.writeTransaction { db in
            let talent = try await ownTalent(req, on: db)
            try await JobSeekerStore.setFindable(findable, talent: talent, context: context, on: db)
        }
        return findable
    }
}
