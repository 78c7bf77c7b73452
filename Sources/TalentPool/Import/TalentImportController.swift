import Accounts
import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The web upload of a talent file (officers and administrators): the form, the
/// progress page that follows the import as it runs, and the report of refused rows.
package struct TalentImportController: RouteCollection {
    /// Larger files go through `talent import` on the server.
    package static let maxUploadMB = 50

    package static func mayImport(_ role: Role) -> Bool {
        Permissions.scope(for: role, .create, on: .talentImport) != .none
    }

    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.talentImports.route, use: form)
        pages.get(SiteURL.talentImportTemplate.route, use: template)
        pages.on(
            .POST, SiteURL.talentImports.route, body: .collect(maxSize: ByteCount(value: Self.maxUploadMB << 20)),
            use: upload)
        pages.get(SiteURL.routeByID(SiteURL.talentImport), use: status)
        pages.get(SiteURL.routeByID(SiteURL.talentImportReport), use: report)
    }

    @Sendable package func form(req: Request) async throws -> Response {
        let user = try requireImporter(req)
        return try await renderForm(req, user: user, error: nil, status: .ok)
    }

    @Sendable package func upload(req: Request) async throws -> Response {
        let user = try requireImporter(req)
        let m = req.messages
        guard let form = req.multipartForm, let file = form.file("file") else {
            return try await renderForm(req, user: user, error: m(.importFileMissing), status: .unprocessableEntity)
        }
        guard form.text("consent") == "yes" else {
            return try await renderForm(req, user: user, error: m(.importFileConsent), status: .unprocessableEntity)
        }
        let bytes = file.body
        // The file itself (encoding, header) is judged now; its rows by the job.
        do { _ = try TalentImportSource(bytes: bytes) } catch {
            return try await renderForm(req, user: user, error: error.message(m), status: .unprocessableEntity)
        }
        let record = TalentImport(
            createdBy: try user.requireID(), fileName: String((file.filename ?? "").prefix(200)),
            partial: form.text("partial") == "yes", upsert: form.text("upsert") == "yes",
            estimatedRows: max(1, bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } - 1))
        let id = try await req.db.writeTransaction {
            [cipher = req.application.personalData, requestID = req.requestID] db in
            try await record.create(on: db)
            let id = try record.requireID()
            record.jobID = try await JobQueue.enqueue(
                kind: TalentImportHandler.kind,
                payload: ImportJobPayload(importID: id, requestID: requestID),
                file: bytes, createdBy: record.createdBy, cipher: cipher, on: db)
            try await record.save(on: db)
            return id
        }
        return req.redirect(to: SiteURL.talentImport(id).path, redirectType: .normal)
    }

    @Sendable package func status(req: Request) async throws -> Response {
        let record = try await findJob(req)
        let job = try await record.jobID.asyncFlatMap { try await Job.find($0, on: req.db) }
        let model = TalentImportStatusPageModel(job: record, progress: job)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable package func report(req: Request) async throws -> Response {
        let job = try await findJob(req)
        guard let report = job.report.flatMap({ ImportReports.open($0, cipher: req.application.personalData) })
        else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: Data(report)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"import-report.csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The job named by `:id` if the actor may read it (their own; any for an
    /// administrator); 404 otherwise.
    private func findJob(_ req: Request) async throws -> TalentImport {
        guard let id = req.parameters.get("id", as: UUID.self),
            let job = try await req.scopedQuery(TalentImport.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound, reason: req.messages(.importJobMissing)) }
        return job
    }

    func requireImporter(_ req: Request) throws -> User {
        let user = try req.auth.require(User.self)
        guard Self.mayImport(user.role) else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        return user
    }

    private func renderForm(_ req: Request, user: User, error: String?, status: HTTPStatus) async throws -> Response {
        let recent = try await req.scopedQuery(TalentImport.self).filter(\.$createdBy == user.requireID())
            .sort(\.$createdAt, .descending).limit(10).all()
        let model = TalentImportFormPageModel(
            csrf: CSRF.token(for: req), error: error, recent: recent,
            maxMB: Self.maxUploadMB)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}
