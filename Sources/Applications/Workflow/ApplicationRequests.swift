import Certificates
import Fluent
import Foundation
import SQLKit
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// What the API and the pages do alike with an application, each in one write
/// transaction: find it in the caller's scope, check the caller may take the step, run
/// the use case. The edges differ only in how they read the input and answer.
enum ApplicationRequests {
    /// The application of the path (`:id`) within the actor's scope for `action`; 404 otherwise.
    static func find(_ req: Request, for action: Action, on db: any Database) async throws -> PolicyApplication {
        guard let id = req.parameters.get("id", as: UUID.self),
            let application = try await req.scopedQuery(PolicyApplication.self, for: action, on: db)
                .filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return application
    }

    /// The applications in the caller's scope, narrowed to `state` and `kind`: a talent's
    /// own newest first; a reviewer's queue soonest due first, from `after` on. The queue
    /// holds what was submitted at least once (a draft is its applicant's alone), and
    /// pages by due date and id, which an index serves: no page costs more than the first.
    static func list(_ req: Request, state: ApplicationState?, kind: String?, after: QueueCursor? = nil) throws
        -> QueryBuilder<PolicyApplication>
    {
        let query = try req.scopedQuery(PolicyApplication.self)
        if let state { query.filter(\.$state == state) }
        if let kind { query.filter(\.$kind == kind) }
        // An applicant's own, newest first: a person's, or an employer's organisation's.
        if Permissions.scope(for: try req.requireActor().role, .list, on: .application) <= .organization {
            return query.sort(\.$createdAt, .descending)
        }
        query.filter(\.$dueOn != nil)
        if let after {
            query.group(.or) { or in
                or.filter(\.$dueOn > after.dueOn)
                or.group(.and) { same in same.filter(\.$dueOn == after.dueOn).filter(\.$id > after.id) }
            }
        }
        return query.sort(\.$dueOn, .ascending).sort(\.$id, .ascending)
    }

    /// Counted to at most this many: past it a count says "more than" (a count costs what
    /// it counts: 80,000 waiting took 30 ms on PostgreSQL, a sequential scan).
    static let countCap = 10_000

    /// How many wait in a reviewer's queue, how many of them are overdue, how many are due
    /// by `soon` — each to at most `countCap` + 1, three bounded index scans in one round
    /// trip. `department`: the queue of one department (an officer's scope), nil for all
    /// (an administrator's) — as `PolicyApplication.restrict` scopes the list.
    static func queueCounts(department: String?, today: CalendarDate, soon: CalendarDate, on db: any SQLDatabase)
        async throws -> (waiting: Int, overdue: Int, soon: Int)
    {
        let scope: SQLQueryString = department.map { "AND department_code = \(bind: $0)" } ?? ""
        let bounded = { (condition: SQLQueryString) -> SQLQueryString in
            """
            (SELECT COUNT(*) FROM (SELECT 1 AS one FROM applications WHERE state = 'submitted' \(scope) \(condition) \
            LIMIT \(unsafeRaw: String(countCap + 1))) AS bounded)
            """
        }
        let row = try await db.raw(
            """
            SELECT \(bounded("")) AS waiting, \(bounded("AND due_on < \(bind: today.description)")) AS overdue,
            \(bounded("AND due_on >= \(bind: today.description) AND due_on <= \(bind: soon.description)")) AS soon
            """
        ).first()
        return (
            try row?.decode(column: "waiting", as: Int.self) ?? 0,
            try row?.decode(column: "overdue", as: Int.self) ?? 0,
            try row?.decode(column: "soon", as: Int.self) ?? 0
        )
    }

    /// Reads `?cursor=`: nil when absent, a 400 naming it when it is not one this server wrote.
    static func cursor(_ req: Request) throws -> QueueCursor? {
        guard let text = req.query[String.self, at: "cursor"].trimmedText else { return nil }
        guard let cursor = QueueCursor(text) else {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "cursor")))
        }
        return cursor
    }

    /// A draft for the signed-in talent's own profile, or an employer's organisation.
    static func start(_ input: ApplicationInput, _ req: Request) async throws -> PolicyApplication {
        let actor = try req.requireActor()
        try req.authorize(.create, .application)
        let policy = try req.policy
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let applicant: Applicant
            if actor.role == .employer, let organization = actor.organizationID {
                applicant = .organization(organization)
            } else if let talent = try await Talent.query(on: db).filter(\.$user.$id == actor.userID).first() {
                applicant = .talent(try talent.requireID())
            } else {
                throw FieldErrors("talentID", .eligibilityNoProfile, .required)
            }
            return try await ApplicationWorkflow.start(input, for: applicant, policy: policy, context: context, on: db)
        }
    }

    /// `action` on the application of the path.
    static func step(_ action: ApplicationAction, _ input: ApplicationStepInput, _ req: Request) async throws
        -> PolicyApplication
    {
        let actor = try req.requireActor()
        let policy = try req.policy
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let application = try await find(req, for: .change, on: db)
            try await mayDo(action, on: application, actor, on: db, req)
            try await ApplicationWorkflow.step(action, application, input, policy: policy, context: context, on: db)
            return application
        }
    }

    /// Revokes the title the approval of the path's application recognised: a reviewer
    /// of its department (never the applicant), with a reason. The profile's title level
    /// is derived again from what still stands.
    static func revokeRecognition(_ input: RecognitionRevokeInput, _ req: Request) async throws -> PolicyApplication {
        let policy = try req.policy
        let context = req.writeContext
        return try await asReviewer(req) { application, db in
            guard let recognition = try await TitleRecognitions.of(application: try application.requireID(), on: db)
            else { throw FieldErrors("reason", .applicationNoRecognition, .notAllowed) }
            var read = FieldReader()
            guard let reason = read.text(input.reason, "reason", .applicationRevokeReason, max: 500, multiline: true)
            else { throw read.errors }
            try await TitleRecognitions.revoke(recognition, reason: reason, policy: policy, context: context, on: db)
        }
    }

    /// Records the loan of the path's application repaid: a reviewer of its department.
    static func recordRepayment(_ input: LoanRepaymentInput, _ req: Request) async throws -> PolicyApplication {
        let context = req.writeContext
        return try await asReviewer(req) { application, db in
            _ = try await LoanRepayment.record(input, for: application, context: context, on: db)
        }
    }

    /// `work` on the path's application in one write transaction, for a reviewer of its
    /// department (never its applicant); 404 out of scope, 403 for anyone else.
    private static func asReviewer(
        _ req: Request, _ work: @escaping @Sendable (PolicyApplication, any Database) async throws -> Void
    ) async throws -> PolicyApplication {
        let actor = try req.requireActor()
        return try await req.db.writeTransaction { db in
            let application = try await find(req, for: .change, on: db)
            let reviews = Permissions.scope(for: actor.role, .change, on: .application) >= .department
            guard reviews, try await !isApplicant(actor, application, on: db) else {
                throw Abort(.forbidden, reason: req.messages(.errorForbidden))
            }
            try await work(application, db)
            return application
        }
    }

    /// The applicant submits and withdraws; a reviewer of the department (never the
    /// applicant) returns, approves and rejects.
    static func mayDo(
        _ action: ApplicationAction, on application: PolicyApplication, _ actor: Actor, on db: any Database,
        _ req: Request
    ) async throws {
        let applicant = try await isApplicant(actor, application, on: db)
        let reviews = Permissions.scope(for: actor.role, .change, on: .application) >= .department
        guard action.byReviewer ? reviews && !applicant : applicant else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    /// The applicant's applications still open, by `kind|basis`: the eligibility pages link
    /// to one instead of offering a second start.
    static func open(of applicant: Applicant, on db: any Database) async throws -> [String: UUID] {
        var open: [String: UUID] = [:]
        for application in try await PolicyApplication.query(on: db).of(applicant)
            .filter(\.$state ~~ [.draft, .submitted, .returned]).all()
        {
            open["\(application.kind)|\(application.basisID ?? "")"] = application.id
        }
        return open
    }

    /// The applicant's name: the person's, or the organisation's.
    static func applicantName(_ application: PolicyApplication, on db: any Database) async throws -> String {
        switch application.applicant {
        case .talent: try await application.$talent.get(on: db)?.name ?? ""
        case .organization: try await application.$organization.get(on: db)?.name ?? ""
        }
    }

    /// The person whose profile applied, or an employer's account of the organisation that did.
    static func isApplicant(_ actor: Actor, _ application: PolicyApplication, on db: any Database) async throws
        -> Bool
    {
        switch application.applicant {
        case .talent: try await application.$talent.get(on: db)?.$user.id == actor.userID
        case let .organization(id): actor.role == .employer && actor.organizationID == id
        }
    }

    /// One document from a `multipart/form-data` body (`code`, `file`), by the applicant.
    static func attach(_ req: Request) async throws -> ApplicationAttachment {
        let actor = try req.requireActor()
        guard let form = req.multipartForm, let file = form.file("file") else {
            throw FieldErrors("file", .attachmentEmpty, .required)
        }
        let policy = try req.policy
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let application = try await find(req, for: .change, on: db)
            guard try await isApplicant(actor, application, on: db) else {
                throw Abort(.forbidden, reason: req.messages(.errorForbidden))
            }
            return try await ApplicationAttachments.add(
                file.body, fileName: file.filename ?? "", code: form.text("code"), to: application, policy: policy,
                context: context, on: db)
        }
    }

    /// Every move of the application, oldest first.
    static func history(of id: UUID, on db: any Database) async throws -> [ApplicationEvent] {
        try await ApplicationEvent.query(on: db).filter(\.$application.$id == id).sort(\.$at).sort(\.$id).all()
    }

    /// Its documents without their bytes.
    static func attachments(of id: UUID, on db: any Database) async throws -> [ApplicationAttachment] {
        try await ApplicationAttachment.query(on: db).filter(\.$application.$id == id)
            .field(\.$id).field(\.$application.$id).field(\.$code).field(\.$fileName).field(\.$fileType)
            .field(\.$byteCount).field(\.$sha256).field(\.$uploadedBy).field(\.$createdAt)
            .sort(\.$createdAt).all()
    }

    /// The document's bytes, to those who may read `application`; each download audited.
    static func download(_ attachmentID: UUID, of application: PolicyApplication, _ req: Request) async throws
        -> Response
    {
        guard
            let attachment = try await ApplicationAttachment.query(on: req.db)
                .filter(\.$id == attachmentID).filter(\.$application.$id == application.requireID()).first()
        else { throw Abort(.notFound) }
        let context = req.writeContext
        let id = try application.requireID().uuidString
        try await req.db.writeTransaction { db in
            try await context.record(
                AuditEntry(.applicationAttachmentRead, entityID: id, changedFields: ["attachment:\(attachment.code)"]),
                on: db)
        }
        let response = Response(status: .ok, body: .init(data: attachment.data))
        response.headers.replaceOrAdd(name: .contentType, value: attachment.fileType.rawValue)
        let ascii = attachment.fileName.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" }
        let encoded = attachment.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "attachment"
        response.headers.replaceOrAdd(
            name: .contentDisposition,
            value: "attachment; filename=\"\(ascii ? attachment.fileName : "attachment")\"; filename*=UTF-8''\(encoded)"
        )
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return response
    }
}

/// Where a page of a reviewer's queue begins: after the application due on `dueOn` with
/// `id`, written `2026-12-01_7C9E6679-…`.
struct QueueCursor: Equatable {
    var dueOn: String
    var id: UUID

    init(dueOn: String, id: UUID) {
        (self.dueOn, self.id) = (dueOn, id)
    }

    init?(_ text: String) {
        let parts = text.split(separator: "_", maxSplits: 1).map(String.init)
        guard parts.count == 2, CalendarDate(parts[0]) != nil, let id = UUID(uuidString: parts[1]) else { return nil }
        (dueOn, self.id) = (parts[0], id)
    }

    /// A page of `size` from `rows`, read with a limit of `size + 1`, and where the next
    /// begins: only when that one more row came back, so 下一页 never leads to an empty page.
    static func page(_ rows: [PolicyApplication], size: Int) -> (rows: [PolicyApplication], next: QueueCursor?) {
        guard rows.count > size, let due = rows[size - 1].dueOn, let id = rows[size - 1].id else { return (rows, nil) }
        return (Array(rows.prefix(size)), QueueCursor(dueOn: due, id: id))
    }

    var text: String { "\(dueOn)_\(id.uuidString)" }
}
