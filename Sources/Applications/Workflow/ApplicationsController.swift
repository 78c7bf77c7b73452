import Certificates
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
        api.post(":id", "revoke-recognition", use: revokeRecognition)
        api.post(":id", "loan-repaid", use: recordRepayment)
    }

    /// The applications in the caller's scope: a talent's own, newest first; a
    /// department's queue, soonest due first, a page at a time (`?cursor=` the
    /// `nextCursor` of the page before). `?state=` and `?kind=` narrow it.
    @Sendable package func list(req: Request) async throws -> ApplicationListDTO {
        var state: ApplicationState?
        if let text = req.query[String.self, at: "state"].trimmedText {
            state = ApplicationState(rawValue: text)
            if state == nil { throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "state"))) }
        }
        let kind = req.query[String.self, at: "kind"].trimmedText
        if let kind, try req.policy.applicationKind(kind) == nil {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "kind")))
        }
        let cursor = try ApplicationRequests.cursor(req)
        let mine = Permissions.scope(for: try req.requireActor().role, .list, on: .application) <= .organization
        let page = QueueCursor.page(
            try await ApplicationRequests.list(req, state: state, kind: kind, after: cursor)
                .limit(Self.pageSize + (mine ? 0 : 1)).all(), size: Self.pageSize)
        return ApplicationListDTO(
            items: try page.rows.map { try ApplicationDTO($0) }, nextCursor: mine ? nil : page.next?.text)
    }

    /// A reviewer's page; a talent's own list is one page of at most as many.
    static let pageSize = 200

    /// A draft for the signed-in talent's own profile.
    @Sendable package func create(req: Request) async throws -> Response {
        let application = try await ApplicationRequests.start(try req.content.decode(ApplicationInput.self), req)
        return try await ApplicationDTO(application, history: [], attachments: []).encodeResponse(
            status: .created, for: req)
    }

    @Sendable package func read(req: Request) async throws -> ApplicationDTO {
        try await full(try await ApplicationRequests.find(req, for: .read, on: req.db), on: req.db)
    }

    /// Revokes the title the application's approval recognised (`reason` required).
    @Sendable package func revokeRecognition(req: Request) async throws -> ApplicationDTO {
        let input = try Self.hasBody(req) ? req.content.decode(RecognitionRevokeInput.self) : RecognitionRevokeInput()
        return try await full(try await ApplicationRequests.revokeRecognition(input, req), on: req.db)
    }

    /// Records the loan the application's approval granted as repaid (`repaidOn`).
    @Sendable package func recordRepayment(req: Request) async throws -> ApplicationDTO {
        let input = try Self.hasBody(req) ? req.content.decode(LoanRepaymentInput.self) : LoanRepaymentInput()
        return try await full(try await ApplicationRequests.recordRepayment(input, req), on: req.db)
    }

    /// One application with its history, attachments, title recognition and loan.
    private func full(_ application: PolicyApplication, on db: any Database) async throws -> ApplicationDTO {
        let id = try application.requireID()
        return try ApplicationDTO(
            application, history: try await ApplicationRequests.history(of: id, on: db),
            attachments: try await ApplicationRequests.attachments(of: id, on: db),
            recognition: try await TitleRecognitions.of(application: id, on: db),
            loan: try await LoanGrant.query(on: db).filter(\.$applicationID == id).first())
    }

    /// The application as the step left it, with the title or the loan an approval granted.
    private func step(_ action: ApplicationAction, _ req: Request) async throws -> ApplicationDTO {
        // A step needs no body; when there is one it is the comment and the amount.
        let input = try Self.hasBody(req) ? req.content.decode(ApplicationStepInput.self) : ApplicationStepInput()
        let application = try await ApplicationRequests.step(action, input, req)
        let id = try application.requireID()
        return try ApplicationDTO(
            application, recognition: try await TitleRecognitions.of(application: id, on: req.db),
            loan: try await LoanGrant.query(on: req.db).filter(\.$applicationID == id).first())
    }

    private static func hasBody(_ req: Request) -> Bool { (req.body.data?.readableBytes ?? 0) > 0 }

    /// Adds one document (multipart: `code`, `file`) to a draft or returned application.
    @Sendable package func attach(req: Request) async throws -> Response {
        try await ApplicationDTO.Attachment(try await ApplicationRequests.attach(req)).encodeResponse(
            status: .created, for: req)
    }

    /// The document's bytes, to those who may read the application; each download audited.
    @Sendable package func download(req: Request) async throws -> Response {
        let application = try await ApplicationRequests.find(req, for: .read, on: req.db)
        guard let attachmentID = req.parameters.get("attachment", as: UUID.self) else { throw Abort(.notFound) }
        return try await ApplicationRequests.download(attachmentID, of: application, req)
    }
}

/// A page of applications and, for a reviewer's queue with more, where the next begins.
package struct ApplicationListDTO: Content {
    package var items: [ApplicationDTO]
    package var nextCursor: String?
}
