import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// A large search's export made in the background: the search page's 生成导出文件 form
/// starts it, its page shows the progress and then the file, for the person who asked
/// only.
package struct TalentExportController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.post(SiteURL.talentExports.route, use: start)
        pages.get(SiteURL.routeByID(SiteURL.talentExportRun), use: page)
        pages.get(SiteURL.routeByID(SiteURL.talentExportFile), use: file)
    }

    /// The form sends the search's parameters and the format; a bad one is a 400 naming it.
    @Sendable package func start(req: Request) async throws -> Response {
        let scope = try req.talentSearchScope()
        let actor = try req.requireActor()
        let fields = try req.content.decode([String: String].self)
        guard let format = fields["format"].flatMap(TalentExport.Format.init(rawValue:)) else {
            throw Abort(.badRequest, reason: req.messages(.errorInvalidParameter(name: "format")))
        }
        let query = try TalentSearchQuery(
            parameters: fields.filter { $0.key != "format" && $0.key != CSRF.fieldName }.sorted { $0.key < $1.key }
                .map { ($0.key, $0.value) }, messages: req.messages)
        let run = TalentExportRun(requestedBy: actor.userID, parameters: query.parameters, format: format)
        let (reveals, language, requestID) = (req.revealsIdentifiers, req.messages.language, req.requestID)
        try await req.db.writeTransaction { [cipher = req.application.personalData] db in
            try await run.create(on: db)
            run.jobID = try await JobQueue.enqueue(
                kind: TalentExportHandler.kind,
                payload: TalentExportHandler.Payload(
                    exportID: try run.requireID(), scope: scope, reveals: reveals, language: language,
                    requestID: requestID),
                createdBy: actor.userID, cipher: cipher, on: db)
            try await run.save(on: db)
        }
        return req.redirect(to: SiteURL.talentExportRun(try run.requireID()).path, redirectType: .normal)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let run = try await find(req)
        let job = try await run.jobID.asyncFlatMap { try await Job.find($0, on: req.db) }
        let model = TalentExportPageModel(run: run, progress: job)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func file(req: Request) async throws -> Response {
        let run = try await find(req)
        guard run.status == .done, let bytes = run.sealed.flatMap(req.application.personalData.openBox) else {
            throw Abort(.notFound)
        }
        return TalentExport.response(
            [UInt8](bytes), format: run.format, day: run.createdAt.map(ZiboTime.day) ?? req.clock.today.description)
    }

    /// The asker's own export, still kept; anyone else's is not found.
    private func find(_ req: Request) async throws -> TalentExportRun {
        let actor = try req.requireActor()
        guard let id = req.parameters.get("id", as: UUID.self),
            let run = try await TalentExportRun.find(id, on: req.db), run.requestedBy == actor.userID
        else { throw Abort(.notFound) }
        return run
    }
}
