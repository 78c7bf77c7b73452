import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// 政策模拟 (issue 16), administrators only: the upload of a draft policy, the page that
/// follows its job and shows the report, the report as XLSX; and the same through
/// `/api/v1/policy-simulations`.
package struct PolicySimulationController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.policySimulations.route, use: form)
        pages.on(.POST, SiteURL.policySimulations.route, body: .collect(maxSize: "2mb"), use: upload)
        pages.get(SiteURL.routeByID(SiteURL.policySimulation), use: page)
        pages.get(SiteURL.routeByID(SiteURL.policySimulationWorkbook), use: workbook)

        let api = routes.grouped("api", "v1", "policy-simulations").grouped(RequireSignIn())
        api.get(use: list)
        api.on(.POST, body: .collect(maxSize: "2mb"), use: create)
        api.get(":id", use: read)
    }

    @Sendable func form(req: Request) async throws -> Response {
        try await renderForm(req, error: nil, status: .ok)
    }

    @Sendable func upload(req: Request) async throws -> Response {
        let file = req.multipartForm?.file("file")
        do {
            let run = try await PolicySimulations.start(
                draft: file.map { Array($0.body) } ?? [], fileName: file?.filename ?? "", field: "file", req)
            return req.redirect(to: SiteURL.policySimulation(try run.requireID()).path, redirectType: .normal)
        } catch let errors as FieldErrors {
            return try await renderForm(
                req, error: errors.shown(in: req.messages).messages.first, status: .unprocessableEntity)
        }
    }

    @Sendable func page(req: Request) async throws -> Response {
        let run = try await PolicySimulations.find(req)
        let job = try await run.jobID.asyncFlatMap { try await Job.find($0, on: req.db) }
        let names = try await PolicySimulations.names(for: run.report, req.messages.language, on: req.db)
        let model = PolicySimulationPageModel(
            run: run, progress: job, districtNames: names.districts, occupationNames: names.occupations)
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)))
    }

    @Sendable func workbook(req: Request) async throws -> Response {
        let run = try await PolicySimulations.find(req)
        guard let report = run.report else { throw Abort(.notFound) }
        let names = try await PolicySimulations.names(for: report, req.messages.language, on: req.db)
        let response = Response(
            status: .ok,
            body: .init(
                data: Data(
                    PolicySimulationWorkbook.bytes(
                        report, districtNames: names.districts, occupationNames: names.occupations, req.messages))))
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"policy-simulation.xlsx\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    @Sendable func list(req: Request) async throws -> ItemsDTO<PolicySimulationDTO> {
        ItemsDTO(
            items: try await PolicySimulations.recent(req, limit: 100).map {
                PolicySimulationDTO($0, job: nil, req.messages.language)
            })
    }

    /// The request's body is the draft policy file itself (YAML, UTF-8).
    @Sendable func create(req: Request) async throws -> Response {
        let body = req.body.data.map { Array($0.readableBytesView) } ?? []
        let run = try await PolicySimulations.start(draft: body, fileName: "draft.yaml", field: "body", req)
        let response = try await PolicySimulationDTO(run, job: nil, req.messages.language).encodeResponse(
            status: .accepted, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/policy-simulations/\(try run.requireID())")
        return response
    }

    @Sendable func read(req: Request) async throws -> PolicySimulationDTO {
        let run = try await PolicySimulations.find(req)
        let job = try await run.jobID.asyncFlatMap { try await Job.find($0, on: req.db) }
        return PolicySimulationDTO(run, job: job, req.messages.language)
    }

    private func renderForm(_ req: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let model = PolicySimulationFormPageModel(
            csrf: CSRF.token(for: req), error: error, recent: try await PolicySimulations.recent(req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// A simulation through the API: its state and progress, and its report once done.
package struct PolicySimulationDTO: Content {
    package var id: UUID?
    package var status: String
    package var fileName: String
    package var draftPolicy: String
    package var activePolicy: String
    package var createdAt: Date?
    package var finishedAt: Date?
    /// People judged so far and in all, while it runs.
    package var done: Int?
    package var total: Int?
    package var problem: String?
    package var report: PolicySimulation.Report?

    init(_ run: PolicySimulationRun, job: Job?, _ language: DisplayLanguage) {
        (id, status, fileName) = (run.id, run.status.rawValue, run.fileName)
        (draftPolicy, activePolicy, createdAt, finishedAt) = (
            run.draftLabel, run.activeLabel, run.createdAt, run.finishedAt
        )
        if run.status == .running { (done, total) = (job?.done ?? 0, job?.total ?? 0) }
        problem = run.problemText(language)
        report = run.report
    }
}
