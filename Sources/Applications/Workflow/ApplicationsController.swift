import Fluent
import Foundation
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// The application workflow's API (issue 16): a talent starts, fills and submits or
/// withdraws their applications; the department the policy routes a kind to returns,
/// approves or rejects them. Each step one write transaction; every refusal a 4xx
/// naming the field or the state.
package struct ApplicationsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1", "applications").grouped(RequireSignIn())
        api.get(use: list)
        api.post(use: create)
        api.get(":id", use: read)
        for action in ApplicationAction.allCases {
            api.post(":id", PathComponent(stringLiteral: action.rawValue)) { req in
                try await step(action, req)
            }
        }
        // An attachment is at most 10 MB; the multipart envelope adds a little.
        api.on(.POST, ":id", "attachments", body: .collect(maxSize: "11mb"), use: attach)
        api.get(":id", "attachments", ":attachment", use: download)
    }

    /// The applications in the caller's scope: a talent's own, newest first; a
    /// department's queue, soonest due first. `?state=` and `?kind=` narrow it.
    @Sendable package func list(req: Request) async throws -> ItemsDTO<ApplicationDTO> {
        let (actor, scope) = try req.scope(.list, on: .application)
        let query = try req.scopedQuery(PolicyApplication.self)
        if let text = req.query[String.self, at: "state"].trimmedText {
            guard let state = ApplicationState(rawValue: text) else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "state")))
            }
            query.filter(\.$state == state)
        }
        if let kind = req.query[String.self, at: "kind"].trimmedText {
            guard try req.policy.applicationKind(kind) != nil else {
                throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "kind")))
            }
            query.filter(\.$kind == kind)
        }
        if actor.role == .talent || scope == .own {
            query.sort(\.$createdAt, .descending)
        } else {
            query.sort(\.$dueOn, .ascending).sort(\.$createdAt, .ascending)
        }
        return ItemsDTO(items: try await query.limit(500).all().map { try ApplicationDTO($0) })
    }

    /// A draft for the signed-in talent's own profile.
    @Sendable package func create(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        try req.authorize(.create, .application)
        let input = try req.content.decode(ApplicationInput.self)
        let policy = try req.policy
        let context = req.writeContext
        let application = try await req.db.writeTransaction { db in
            guard let talent = try await Talent.query(on: db).filter(\.$user.$id == actor.userID).first() else {
                throw FieldErrors("talentID", .eligibilityNoProfile, .required)
            }
            return try await ApplicationWorkflow.start(input, for: talent, policy: policy, context: context, on: db)
        }
        return try await ApplicationDTO(application, history: [], attachments: []).encodeResponse(
            status: .created, for: req)
    }

    @Sendable package func read(req: Request) async throws -> ApplicationDTO {
        let application = try await find(req, for: .read, on: req.db)
        let id = try application.requireID()
        let history = try await ApplicationEvent.query(on: req.db).filter(\.$application.$id == id)
            .sort(\.$at).sort(\.$id).all()
        let attachments = try await ApplicationAttachment.query(on: req.db).filter(\.$application.$id == id)
            .field(\.$id).field(\.$application.$id).field(\.$code).field(\.$fileName).field(\.$fileType)
            .field(\.$byteCount).field(\.$sha256).field(\.$uploadedBy).field(\.$createdAt)
            .sort(\.$createdAt).all()
        return try ApplicationDTO(application, history: history, attachments: attachments)
    }

    private func step(_ action: ApplicationAction, _ req: Request) async throws -> ApplicationDTO {
        let actor = try req.requireActor()
        let input = try Self.stepInput(req)
        let policy = try req.policy
        let context = req.writeContext
        let application = try await req.db.writeTransaction { db in
            let application = try await find(req, for: .change, on: db)
            try await Self.mayDo(action, on: application, actor, on: db, req)
            try await ApplicationWorkflow.step(action, application, input, policy: policy, context: context, on: db)
            return application
        }
        return try ApplicationDTO(application)
    }

    /// A step needs no body; when there is one it is the comment and the amount.
    private static func stepInput(_ req: Request) throws -> ApplicationStepInput {
        guard let body = req.body.data, body.readableBytes > 0 else { return ApplicationStepInput() }
        return try req.content.decode(ApplicationStepInput.self)
    }

    /// The applicant submits and withdraws; a reviewer of the department (never the
    /// applicant) returns, approves and rejects.
    private static func mayDo(
        _ action: ApplicationAction, on application: PolicyApplication, _ actor: Actor, on db: any Database,
        _ req: Request
    ) async throws {
        let applicant = try await application.$talent.get(on: db).$user.id == actor.userID
        let reviews = Permissions.scope(for: actor.role, .change, on: .application) >= .department
        guard action.byReviewer ? reviews && !applicant : applicant else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    /// Adds one document (multipart: `code`, `file`) to a draft or returned application.
    @Sendable package func attach(req: Request) async throws -> Response {
        let actor = try req.requireActor()
        guard let form = req.multipartForm, let file = form.file("file") else {
            throw FieldErrors("file", .attachmentEmpty, .required)
        }
        let policy = try req.policy
        let context = req.writeContext
        let attachment = try await req.db.writeTransaction { db in
            let application = try await find(req, for: .change, on: db)
            guard try await application.$talent.get(on: db).$user.id == actor.userID else {
                throw Abort(.forbidden, reason: req.messages(.errorForbidden))
            }
            return try await ApplicationAttachments.add(
                file.body, fileName: file.filename ?? "", code: form.text("code"), to: application, policy: policy,
                context: context, on: db)
        }
        return try await ApplicationDTO.Attachment(attachment).encodeResponse(status: .created, for: req)
    }

    /// The document's bytes, to those who may read the application; each download audited.
    @Sendable package func download(req: Request) async throws -> Response {
        let application = try await find(req, for: .read, on: req.db)
        guard let attachmentID = req.parameters.get("attachment", as: UUID.self),
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

    /// The application of the path within the actor's scope for `action`; 404 otherwise.
    private func find(_ req: Request, for action: Action, on db: any Database) async throws -> PolicyApplication {
        guard let id = req.parameters.get("id", as: UUID.self),
            let application = try await req.scopedQuery(PolicyApplication.self, for: action, on: db)
                .filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return application
    }
}
