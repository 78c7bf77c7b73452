import Fluent
import Foundation
import TalentDomain
import Vapor

/// The web upload of a talent file (officers and administrators): the form, the
/// progress page that follows the import as it runs, and the report of refused rows.
struct TalentImportController: RouteCollection {
    /// Larger files go through `talent import` on the server.
    static let maxUploadMB = 50

    static func mayImport(_ role: Role) -> Bool {
        Permissions.scope(for: role, .create, on: .talentImport) != .none
    }

    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.talentImports.route, use: form)
        pages.on(
            .POST, SiteURL.talentImports.route, body: .collect(maxSize: ByteCount(value: Self.maxUploadMB << 20)),
            use: upload)
        pages.get(SiteURL.talentImport(UUID()).route, use: status)
        pages.get(SiteURL.talentImportReport(UUID()).route, use: report)
    }

    struct UploadForm: Content {
        var file: File?
        var partial: String?
        var upsert: String?
        var consent: String?
    }

    @Sendable func form(req: Request) async throws -> Response {
        let user = try requireImporter(req)
        return try await renderForm(req, user: user, error: nil, status: .ok)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let user = try requireImporter(req)
        let m = req.messages
        guard let form = try? req.content.decode(UploadForm.self), let file = form.file, file.data.readableBytes > 0
        else {
            return try await renderForm(req, user: user, error: m(.importFileMissing), status: .unprocessableEntity)
        }
        guard form.consent == "yes" else {
            return try await renderForm(req, user: user, error: m(.importFileConsent), status: .unprocessableEntity)
        }
        let bytes = [UInt8](file.data.readableBytesView)
        let source: TalentImportSource
        do { source = try TalentImportSource(bytes: bytes) } catch {
            return try await renderForm(req, user: user, error: error.message(m), status: .unprocessableEntity)
        }
        let job = TalentImportJob(
            createdBy: try user.requireID(), fileName: String(file.filename.prefix(200)),
            partial: form.partial == "yes", upsert: form.upsert == "yes",
            estimatedRows: max(1, bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } - 1))
        (job.leaseOwner, job.leaseExpiresAt) = (
            req.application.instanceID, Date().addingTimeInterval(ImportLease.duration)
        )
        try await job.create(on: req.db)
        let id = try job.requireID()
        let importer = TalentImporter(
            options: .init(partial: job.partial, upsert: job.upsert), cipher: req.application.personalData,
            policy: try req.policy, today: ZiboTime.today())
        TalentImportRunner(app: req.application, jobID: id, actor: try req.requireActor(), requestID: req.requestID)
            .start(importer, source)
        return req.redirect(to: SiteURL.talentImport(id).path, redirectType: .normal)
    }

    @Sendable func status(req: Request) async throws -> Response {
        let job = try await findJob(req)
        let model = TalentImportStatusPageModel(job: job)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable func report(req: Request) async throws -> Response {
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
    private func findJob(_ req: Request) async throws -> TalentImportJob {
        guard let id = req.parameters.get("id", as: UUID.self),
            let job = try await req.scopedQuery(TalentImportJob.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound, reason: req.messages(.importJobMissing)) }
        return job
    }

    private func requireImporter(_ req: Request) throws -> User {
        let user = try req.auth.require(User.self)
        guard Self.mayImport(user.role) else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        return user
    }

    private func renderForm(_ req: Request, user: User, error: String?, status: HTTPStatus) async throws -> Response {
        let recent = try await req.scopedQuery(TalentImportJob.self).filter(\.$createdBy == user.requireID())
            .sort(\.$createdAt, .descending).limit(10).all()
        let model = TalentImportFormPageModel(
            csrf: CSRF.token(for: req), error: error, recent: recent,
            maxMB: Self.maxUploadMB)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// Runs an uploaded import after the response has gone out (`TalentImporter.runInBatches`),
/// keeps its progress and lease on its row — so every instance shows how far it is and
/// can tell it is alive — and records how it ended.
struct TalentImportRunner: Sendable {
    let app: Application
    let jobID: UUID
    let actor: Actor
    let requestID: String?

    func start(_ importer: TalentImporter, _ source: TalentImportSource) {
        Task {
            let outcome: Result<TalentImporter.Summary, any Error>
            do {
                outcome = .success(
                    try await importer.runInBatches(
                        source, importID: jobID, on: app.db(.bulk),
                        audit: { [app, actor, requestID] entry, db in
                            try await AuditLog.append(
                                entry, actor: actor, requestID: requestID, key: app.secrets.audit, on: db)
                        },
                        progress: { [jobID, owner = app.instanceID] progress, db in
                            try await ImportLease.renew(jobID, owner: owner, progress: progress, on: db)
                        }))
            } catch {
                outcome = .failure(error)
            }
            do {
                try await record(outcome, cipher: importer.cipher)
            } catch {
                app.logger.error(
                    "import \(jobID): could not record the outcome: \(String(reflecting: type(of: error)))")
            }
        }
    }

    private func record(_ outcome: Result<TalentImporter.Summary, any Error>, cipher: PersonalDataCipher) async throws {
        try await app.db.writeTransaction { [app, jobID] db in
            // An import whose lease another instance took has been taken back there.
            guard let job = try await TalentImportJob.find(jobID, on: db), job.status == .running,
                job.leaseOwner == app.instanceID
            else { return }
            job.finishedAt = Date()
            (job.leaseOwner, job.leaseExpiresAt) = (nil, nil)
            switch outcome {
            case let .success(summary):
                job.rows = summary.rows
                (job.createdCount, job.updatedCount, job.rejectedCount) = (
                    summary.created, summary.updated, summary.rejected
                )
                job.writtenRows = summary.created + summary.updated
                job.status = summary.problems.isEmpty || job.partial ? .done : .rejected
                if !summary.problems.isEmpty {
                    try await TalentImportReport.store(summary, in: job, cipher: cipher, on: db)
                }
            case let .failure(error):
                job.status = .failed
                // A file problem found while reading on (a broken line far down); anything
                // else is ours, and the log has it without personal data. Either way what
                // the import had written was taken back.
                let problem = error as? ImportFileProblem
                if problem == nil { app.logger.error("import \(jobID) failed: \(String(reflecting: type(of: error)))") }
                job.problem = try ImportLease.problemText { m in problem.map { $0.message(m) } ?? m(.errorServerTitle) }
            }
            try await job.save(on: db)
        }
    }
}
