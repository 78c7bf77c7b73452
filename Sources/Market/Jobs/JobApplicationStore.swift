import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The use cases of applications (M3 job zone), each in the caller's write transaction
/// and audited; the other side hears of each step (`Notifier`): the talent when the
/// employer invites or moves them, the employer's accounts when a talent applies.
package enum JobApplicationStore {
    /// The talent applies to an open post, or accepts the invitation they have to it.
    /// Once withdrawn or declined, they may apply again; otherwise once.
    package static func apply(
        to post: JobPost, talent: Talent, _ input: JobApplyInput, context: WriteContext, on db: any Database
    ) async throws -> JobApplication {
        guard post.takesApplications(on: context.today) else { throw WriteConflict.jobPost(in: post.state) }
        var read = FieldReader()
        let message = read.text(input.message, "message", .jobApplyNote, required: false, max: 500, multiline: true)
        guard read.errors.isEmpty else { throw read.errors }
        guard let userID = talent.$user.id else { throw Abort(.forbidden) }
        let talentID = try talent.requireID()
        let application: JobApplication
        if let existing = try await JobApplication.query(on: db).filter(\.$post.$id == post.requireID())
            .filter(\.$talent.$id == talentID).first()
        {
            try await move(existing, from: [.invited, .declined, .withdrawn], to: .received, on: db)
            application = existing
        } else {
            application = try JobApplication(post: post, talentID: talentID, userID: userID, state: .received)
        }
        (application.message, application.appliedAt, application.decidedAt) = (message, context.now, nil)
        try await application.save(on: db)
        try await context.record(
            AuditEntry(.jobApply, entityID: application.id?.uuidString, changedFields: ["state"]), on: db)
        let users = try await JobNotifications.employerUsers(post, on: db)
        let title = post.title
        try await Notifier.notify(
            users, kind: "jobs.applied", Message { m in m(.jobNotifyApplied(title: title)) },
            link: .jobApplicants(try post.requireID()), at: context.now, on: db)
        return application
    }

    /// The employer invites a talent matching found: only one who opted in to be found,
    /// only to an open post, and only once.
    package static func invite(
        _ talentID: UUID, to post: JobPost, context: WriteContext, on db: any Database
    ) async throws -> JobApplication {
        guard post.takesApplications(on: context.today) else { throw WriteConflict.jobPost(in: post.state) }
        guard try await JobSeekerStore.isFindable(talentID, on: db),
            let talent = try await Talent.find(talentID, on: db), talent.status != "erased",
            let userID = talent.$user.id
        else { throw FieldErrors("talent", .jobInviteNotFindable, .notAllowed) }
        if try await JobApplication.query(on: db).filter(\.$post.$id == post.requireID())
            .filter(\.$talent.$id == talentID).first() != nil
        {
            throw FieldErrors("talent", .jobInviteExists, .taken)
        }
        let application = try JobApplication(post: post, talentID: talentID, userID: userID, state: .invited)
        try await application.create(on: db)
        try await context.record(
            AuditEntry(.jobInvite, entityID: application.id?.uuidString, changedFields: ["state"]), on: db)
        let title = post.title
        try await Notifier.notify(
            [userID], kind: "jobs.invited", Message { m in m(.jobNotifyInvited(title: title)) },
            link: .jobPost(try post.requireID()), at: context.now, on: db)
        return application
    }

    /// The talent turns an invitation down; the employer still sees nothing of them.
    package static func decline(_ application: JobApplication, context: WriteContext, on db: any Database)
        async throws
    {
        try await move(application, from: [.invited], to: .declined, on: db)
        try await context.record(
            AuditEntry(.jobDecline, entityID: application.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// The talent takes their application back before it is decided.
    package static func withdraw(_ application: JobApplication, context: WriteContext, on db: any Database)
        async throws
    {
        try await move(application, from: [.received, .interview, .offer], to: .withdrawn, on: db)
        application.decidedAt = context.now
        try await application.save(on: db)
        try await context.record(
            AuditEntry(.jobWithdraw, entityID: application.id?.uuidString, changedFields: ["state"]), on: db)
    }

    /// The employer moves an application along its pipeline, with an optional note the
    /// talent reads; the talent is notified.
    package static func move(
        _ application: JobApplication, _ input: JobMoveInput, context: WriteContext, on db: any Database
    ) async throws {
        var read = FieldReader()
        let target = read.choice(input.state, "state", .jobApplicationStateField, as: JobApplicationState.self)
        let note = read.text(input.note, "note", .jobMoveNote, required: false, max: 500, multiline: true)
        guard read.errors.isEmpty, let target else { throw read.errors }
        guard application.state.employerMoves.contains(target) else {
            if application.state.employerMoves.isEmpty { throw WriteConflict.jobApplication(in: application.state) }
            throw FieldErrors(
                "state",
                Message { m in
                    m(
                        .jobMoveNotAllowed(
                            from: m(.jobApplicationState(application.state)),
                            allowed: application.state.employerMoves.map { m(.jobApplicationState($0)) }.joined(
                                separator: m.language == .zh ? "、" : ", ")))
                }, .notAllowed)
        }
        try await move(application, from: [application.state], to: target, on: db)
        application.employerNote = note
        if target == .hired || target == .notSelected { application.decidedAt = context.now }
        try await application.save(on: db)
        try await context.record(
            AuditEntry(.jobMove, entityID: application.id?.uuidString, changedFields: ["state"]), on: db)
        guard let post = try await JobPost.find(application.$post.id, on: db) else { return }
        let title = post.title
        try await Notifier.notify(
            [application.applicantUserID], kind: "jobs.moved",
            Message { m in m(.jobNotifyMoved(title: title, state: m(.jobApplicationState(target)))) },
            link: .myJobs, at: context.now, on: db)
    }

    private static func move(
        _ application: JobApplication, from states: [JobApplicationState], to state: JobApplicationState,
        on db: any Database
    ) async throws {
        let moved = try await (db as! any SQLDatabase).raw(
            """
            UPDATE job_applications SET state = \(bind: state.rawValue) WHERE id = \(bind: application.requireID()) \
            AND state IN (\(SQLList(states.map { SQLBind($0.rawValue) }))) RETURNING id
            """
        ).first()
        guard moved != nil else { throw WriteConflict.jobApplication(in: application.state) }
        application.state = state
    }
}
