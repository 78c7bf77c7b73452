import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import TalentPool
import Vapor

/// A provider's enrolment file for one cohort: the upload from the cohort page, the
/// result page with the refused rows, the downloadable report, and the same under
/// `/api/v1` (the file as the request body).
package struct EnrollmentImportController: RouteCollection {
    /// 200,000 rows of ID numbers and names fit with room to spare.
    package static let maxUploadMB = 20

    package func boot(routes: any RoutesBuilder) throws {
        let body = HTTPBodyStreamStrategy.collect(maxSize: ByteCount(value: Self.maxUploadMB << 20))
        let pages = routes.grouped(RequireSignIn())
        pages.on(.POST, SiteURL.routeByID(SiteURL.cohortImports), body: body, use: uploadPage)
        pages.get(SiteURL.routeByID(SiteURL.enrollmentImport), use: show)
        pages.get(SiteURL.routeByID(SiteURL.enrollmentImportReport), use: report)

        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.on(.POST, "cohorts", ":id", "enrollments", "import", body: body, use: uploadAPI)
        api.get("enrollment-imports", ":id", use: showJSON)
        api.get("enrollment-imports", ":id", "report.csv", use: report)
    }

    /// The form on the cohort page: the file as a multipart part, `partial=yes`.
    @Sendable package func uploadPage(req: Request) async throws -> Response {
        let (cohort, program) = try await findCohort(req)
        // The CSRF check collected the body within the site's largest upload; this import
        // takes less.
        guard (req.body.data?.readableBytes ?? 0) <= Self.maxUploadMB << 20 else {
            throw Abort(
                .payloadTooLarge, reason: req.messages(.importFileTooLarge(max: String(Self.maxUploadMB))))
        }
        let form = req.multipartForm
        let record: EnrollmentImport
        do {
            record = try await start(
                form?.file("file")?.body ?? [], named: form?.file("file")?.filename ?? "",
                partial: form?.text("partial") == "yes", into: cohort, of: program, req)
        } catch let errors as FieldErrors {
            return try await EnrollmentsController().renderCohort(
                req, cohort: cohort, program: program, errors: errors, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.enrollmentImport(try record.requireID()).path, redirectType: .normal)
    }

    /// The file as the request body, `?partial=true&fileName=…`: 202 with the record to poll.
    @Sendable package func uploadAPI(req: Request) async throws -> Response {
        let (cohort, program) = try await findCohort(req)
        let record = try await start(
            req.body.data.map { [UInt8]($0.readableBytesView) } ?? [],
            named: req.query[String.self, at: "fileName"] ?? "api",
            partial: req.query[String.self, at: "partial"] == "true", into: cohort, of: program, req)
        let response = try await EnrollmentImportDTO(record, messages: req.messages).encodeResponse(
            status: .accepted, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: "/api/v1/enrollment-imports/\(try record.requireID().uuidString)")
        return response
    }

    /// Judges the file itself (encoding, columns) and the cohort now, and leaves the rows
    /// to a job (a file of 100,000 takes about 7 s). A file refused whole is a
    /// `FieldErrors` on `file`, with nothing written.
    private func start(
        _ bytes: [UInt8], named fileName: String, partial: Bool, into cohort: Cohort, of program: Program,
        _ req: Request
    ) async throws -> EnrollmentImport {
        guard !bytes.isEmpty else { throw FieldErrors("file", .importFileMissing, .required) }
        do { _ = try ImportSource<EnrollmentImportColumn>(bytes: bytes) } catch {
            throw FieldErrors("file", Message { error.message($0) })
        }
        try EnrollmentImporter.checkCohort(cohort, of: program, today: req.clock.today)
        let record = EnrollmentImport()
        record.$cohort.id = try cohort.requireID()
        (record.providerID, record.createdBy) = (program.$provider.id, try req.requireActor().userID)
        (record.fileName, record.partial, record.status) = (String(fileName.prefix(200)), partial, .running)
        (record.rows, record.enrolledCount, record.waitlistedCount, record.rejectedCount) = (0, 0, 0, 0)
        try await req.db.writeTransaction { [cipher = req.application.personalData, requestID = req.requestID] db in
            try await record.create(on: db)
            record.jobID = try await JobQueue.enqueue(
                kind: EnrollmentImportHandler.kind,
                payload: ImportJobPayload(importID: try record.requireID(), requestID: requestID),
                file: bytes, createdBy: record.createdBy, cipher: cipher, on: db)
            try await record.save(on: db)
        }
        return record
    }

    @Sendable package func show(req: Request) async throws -> Response {
        let record = try await findRecord(req)
        guard let cohort = try await Cohort.find(record.$cohort.id, on: req.db),
            let program = try await Program.find(cohort.$program.id, on: req.db)
        else { throw Abort(.notFound) }
        let model = EnrollmentImportPageModel(record: record, cohort: cohort, program: program)
        return htmlResponse(
            model.render(layout: Layout(request: req, policy: try req.policy)),
            status: [.done, .running].contains(record.status) ? .ok : .unprocessableEntity)
    }

    @Sendable package func showJSON(req: Request) async throws -> EnrollmentImportDTO {
        try EnrollmentImportDTO(try await findRecord(req), messages: req.messages)
    }

    @Sendable package func report(req: Request) async throws -> Response {
        guard
            let report = try await findRecord(req).report.flatMap({
                ImportReports.open($0, cipher: req.application.personalData)
            })
        else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(data: Data(report)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"enrollment-import-report.csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The cohort named by `:id` with its program, if the actor may import into it; 404
    /// otherwise, as for a cohort that does not exist.
    private func findCohort(_ req: Request) async throws -> (Cohort, Program) {
        guard let id = req.parameters.get("id", as: UUID.self), let cohort = try await Cohort.find(id, on: req.db),
            let program = try await Program.query(on: req.db).with(\.$provider).filter(\.$id == cohort.$program.id)
                .first(),
            Permissions.allows(try req.requireActor(), .create, on: .enrollmentImport, owner: program.owner)
        else { throw Abort(.notFound) }
        return (cohort, program)
    }

    private func findRecord(_ req: Request) async throws -> EnrollmentImport {
        guard let id = req.parameters.get("id", as: UUID.self),
            let record = try await req.scopedQuery(EnrollmentImport.self, for: .read).filter(\.$id == id).first()
        else { throw Abort(.notFound, reason: req.messages(.importJobMissing)) }
        return record
    }
}

/// `/api/v1/enrollment-imports/{id}` and the answer to an upload. Refused rows: the first
/// 200, with reasons in the caller's language; `report` downloads all of them.
package struct EnrollmentImportDTO: Content {
    package var id: UUID
    package var cohortID: UUID
    package var fileName: String
    package var partial: Bool
    /// `running` (the job has not finished: ask again), `done` (written), `rejected`
    /// (refused rows, nothing written) or `failed` (`problem` says why).
    package var status: String
    /// Why a `failed` import could not be done.
    package var problem: String?
    package var rows: Int
    package var enrolled: Int
    package var waitlisted: Int
    package var rejected: Int
    package var problems: [Problem]
    /// The file's columns the import did not read (`ImportHeader.ignored`).
    package var ignoredColumns: [String]
    package var report: String?
    package var createdAt: Date?

    package struct Problem: Content {
        package var row: Int
        package var column: String
        package var reason: String
    }

    package init(_ record: EnrollmentImport, messages m: Messages) throws {
        id = try record.requireID()
        cohortID = record.$cohort.id
        fileName = record.fileName
        partial = record.partial
        status = record.status.rawValue
        problem = record.problemText(m.language)
        rows = record.rows
        (enrolled, waitlisted, rejected) = (record.enrolledCount, record.waitlistedCount, record.rejectedCount)
        problems = record.shownProblems.map {
            Problem(row: $0.row, column: $0.column, reason: m.language == .zh ? $0.zh : $0.en)
        }
        ignoredColumns = ImportIgnoredColumns.decode(record.ignoredColumns)
        report = record.report == nil ? nil : "/api/v1/enrollment-imports/\(id.uuidString)/report.csv"
        createdAt = record.createdAt
    }
}
