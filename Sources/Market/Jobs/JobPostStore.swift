import Fluent
import Foundation
import Organizations
import Reference
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// The use cases of campaigns and posts, each in the caller's write transaction and
/// audited. A step the post's state does not allow is a 409 naming the state; each
/// state change is a conditional UPDATE, so two at the same moment cannot both pass.
package enum JobPostStore {
    package static func createCampaign(
        _ valid: JobCampaignInput.Valid, context: WriteContext, on db: any Database
    ) async throws -> JobCampaign {
        guard let actor = context.actor else { throw WriteConflict() }
        let campaign = JobCampaign()
        apply(valid, to: campaign)
        campaign.createdBy = actor.userID
        try await campaign.create(on: db)
        try await context.record(
            AuditEntry(.jobCampaignCreate, entityID: campaign.id?.uuidString, changedFields: ["name"]), on: db)
        return campaign
    }

    package static func updateCampaign(
        _ campaign: JobCampaign, _ valid: JobCampaignInput.Valid, context: WriteContext, on db: any Database
    ) async throws {
        apply(valid, to: campaign)
        try await campaign.save(on: db)
        try await context.record(
            AuditEntry(.jobCampaignUpdate, entityID: campaign.id?.uuidString, changedFields: ["campaign"]), on: db)
    }

    private static func apply(_ valid: JobCampaignInput.Valid, to campaign: JobCampaign) {
        (campaign.name, campaign.description) = (valid.name, valid.description)
        (campaign.startsOn, campaign.endsOn) = (valid.startsOn.description, valid.endsOn.description)
    }

    /// A new draft of the actor's employer.
    package static func create(_ draft: JobPostDraft, context: WriteContext, on db: any Database) async throws
        -> JobPost
    {
        guard let actor = context.actor, let organizationID = actor.organizationID else { throw WriteConflict() }
        let post = JobPost()
        draft.apply(to: post)
        post.$organization.id = organizationID
        (post.state, post.createdBy) = (.draft, actor.userID)
        post.searchKey = try await JobPostSearchIndex.nextKey(on: db as! any SQLDatabase)
        try await post.create(on: db)
        try await context.record(
            AuditEntry(.jobPostCreate, entityID: post.id?.uuidString, changedFields: ["post"]), on: db)
        return post
    }

    /// A draft changed; a published post is closed and posted anew instead.
    package static func update(_ post: JobPost, _ draft: JobPostDraft, context: WriteContext, on db: any Database)
        async throws
    {
        try await move(post, from: [.draft], to: .draft, on: db)
        draft.apply(to: post)
        try await post.save(on: db)
        try await context.record(
            AuditEntry(.jobPostUpdate, entityID: post.id?.uuidString, changedFields: ["post"]), on: db)
    }

    /// Published: talents find it and apply. Its campaign must be open today and its
    /// deadline not passed. It takes a fresh key, so it lists first among the open posts.
    package static func publish(_ post: JobPost, context: WriteContext, on db: any Database) async throws {
        guard let campaign = try await JobCampaign.find(post.$campaign.id, on: db) else { throw Abort(.notFound) }
        guard campaign.isOpen(on: context.today) else {
            throw FieldErrors("campaign", .jobCampaignNotOpen(starts: campaign.startsOn, ends: campaign.endsOn))
        }
        guard post.deadline >= context.today.description else { throw FieldErrors("deadline", .jobPostDeadlinePast) }
        let sql = db as! any SQLDatabase
        try await move(post, from: [.draft], to: .published, on: db)
        post.searchKey = try await JobPostSearchIndex.nextKey(on: sql)
        post.publishedAt = context.now
        try await post.save(on: db)
        try await reindex(post, on: db)
        try await context.record(
            AuditEntry(.jobPostPublish, entityID: post.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// Closed by its employer: no more applications; those it has stay.
    package static func close(_ post: JobPost, context: WriteContext, on db: any Database) async throws {
        try await move(post, from: [.published], to: .closed, on: db)
        try await JobPostSearchIndex.remove(post, on: db as! any SQLDatabase)
        try await context.record(
            AuditEntry(.jobPostClose, entityID: post.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// Taken down by an officer with a reason the employer reads.
    package static func takeDown(
        _ post: JobPost, _ input: JobReasonInput, context: WriteContext, on db: any Database
    ) async throws {
        var read = FieldReader()
        let reason = read.text(input.reason, "reason", .jobTakedownReason, max: 500, multiline: true)
        guard read.errors.isEmpty, let reason else { throw read.errors }
        try await move(post, from: [.published], to: .takenDown, on: db)
        post.takedownReason = reason
        try await post.save(on: db)
        try await JobPostSearchIndex.remove(post, on: db as! any SQLDatabase)
        try await context.record(
            AuditEntry(.jobPostTakeDown, entityID: post.id?.uuidString, changedFields: ["state", "takedown_reason"]),
            on: db)
        let users = try await JobNotifications.employerUsers(post, on: db)
        let title = post.title
        try await Notifier.notify(
            users, kind: "jobs.post_taken_down",
            Message { m in m(.jobNotifyTakenDown(title: title, reason: reason)) },
            link: .jobPost(try post.requireID()), at: context.now, on: db)
    }

    /// A draft discarded; a post that was ever published stays.
    package static func discard(_ post: JobPost, context: WriteContext, on db: any Database) async throws {
        try await move(post, from: [.draft], to: .draft, on: db)
        try await post.delete(on: db)
        try await context.record(
            AuditEntry(.jobPostDiscard, entityID: post.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// Writes the post's tokens from its current values.
    static func reindex(_ post: JobPost, on db: any Database) async throws {
        let occupation = try await Occupation.find(post.occupationCode, on: db)
        let employer = try await Organization.find(post.$organization.id, on: db)
        try await JobPostSearchIndex.write(
            .init(
                post, occupationNames: [occupation?.nameZh, occupation?.nameEn].compactMap { $0 },
                employerName: employer?.name ?? ""),
            post: post, on: db as! any SQLDatabase)
    }

    /// Moves the row from one of `states` to `state`, or 409 naming the state it is in.
    private static func move(
        _ post: JobPost, from states: [JobPostState], to state: JobPostState, on db: any Database
    ) async throws {
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE job_posts SET state = \(bind: state.rawValue) WHERE id = \(bind: post.requireID()) \
            AND state IN (\(SQLList(states.map { SQLBind($0.rawValue) }))) RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.jobPost(in: post.state) }
        post.state = state
    }
}

extension WriteConflict {
    /// A step the post's state does not allow: a 409 naming the state it is in.
    static func jobPost(in state: JobPostState) -> WriteConflict {
        WriteConflict(Message { m in m(.jobPostStateConflict(state: m(.jobPostState(state)))) })
    }

    /// A step the application's state does not allow.
    static func jobApplication(in state: JobApplicationState) -> WriteConflict {
        WriteConflict(Message { m in m(.jobApplicationStateConflict(state: m(.jobApplicationState(state)))) })
    }
}
