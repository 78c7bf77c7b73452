import Fluent
import Foundation
import SiteKit
import Spreadsheet
import TalentDomain
import TalentPool
import Vapor

/// The catalogue's departments import collected declarations: the page with its form and
/// result (`/catalogue/declarations/import`), the template, and the API (the file as the
/// request body). The file is small (at most `ShortageImporter.maxRows` rows), so it is
/// read and written in the request, not in a job.
package struct ShortageImportController: RouteCollection {
    package static let maxUploadMB = 5

    package func boot(routes: any RoutesBuilder) throws {
        let body = HTTPBodyStreamStrategy.collect(maxSize: ByteCount(value: Self.maxUploadMB << 20))
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.catalogueDeclarationsImport.route, use: page)
        pages.on(.POST, SiteURL.catalogueDeclarationsImport.route, body: body, use: uploadPage)
        pages.get(SiteURL.catalogueImportTemplate.route, use: template)
        routes.grouped("api", "v1", "catalogue-declarations").grouped(RequireSignIn())
            .on(.POST, "import", body: body, use: uploadAPI)
    }

    @Sendable func page(req: Request) async throws -> Response {
        try requireOffice(req)
        return try await render(req, year: "\(req.clock.today.year)")
    }

    @Sendable func uploadPage(req: Request) async throws -> Response {
        try requireOffice(req)
        guard (req.body.data?.readableBytes ?? 0) <= Self.maxUploadMB << 20 else {
            throw Abort(.payloadTooLarge, reason: req.messages(.catalogueImportTooLarge(max: Self.maxUploadMB)))
        }
        let form = req.multipartForm
        let year = form?.text("year")
        let partial = form?.text("partial") == "yes"
        do {
            let result = try await run(form?.file("file")?.body ?? [], year: year, partial: partial, req)
            return try await render(
                req, year: year, partial: partial, result: result, status: result.written ? .ok : .unprocessableEntity)
        } catch let errors as FieldErrors {
            return try await render(
                req, year: year, partial: partial, errors: errors.shown(in: req.messages),
                status: .unprocessableEntity)
        }
    }

    /// `?year=2026&partial=true`, the file as the body: the summary, 422 when nothing was
    /// written because rows were refused.
    @Sendable func uploadAPI(req: Request) async throws -> Response {
        try requireOffice(req)
        let result = try await run(
            req.body.data.map { [UInt8]($0.readableBytesView) } ?? [], year: req.query[String.self, at: "year"],
            partial: req.query[String.self, at: "partial"] == "true", req)
        return try await ShortageImportDTO(result, messages: req.messages).encodeResponse(
            status: result.written ? .ok : .unprocessableEntity, for: req)
    }

    /// A workbook with the columns and one example row.
    @Sendable func template(req: Request) async throws -> Response {
        try requireOffice(req)
        let header = ShortageImportColumn.allCases.map(\.header)
        let example = [
            "91370303MA3C8X2K5P", "淄博数智科技有限公司", "2-02-38-03", "新一代信息技术", "5", "急需", "本科及以上", "2", "9000",
            "18000", "Python、数据治理",
        ]
        return SpreadsheetDownload.response(
            [header, example], format: .xlsx, sheetName: "needs", filename: "shortage-declarations-template")
    }

    private func run(_ bytes: [UInt8], year text: String?, partial: Bool, _ req: Request) async throws
        -> ShortageImporter.Result
    {
        var read = FieldReader()
        let today = req.clock.today
        let year = read.integer(text, "year", .catalogueYear, in: 2025...(today.year + 1))
        if bytes.isEmpty { read.fail("file", .importFileMissing, .required) }
        guard read.errors.isEmpty, let year else { throw read.errors }
        let (rules, context) = (try req.policy.marketRules, req.writeContext)
        return try await req.db.writeTransaction { db in
            try await ShortageImporter.run(bytes, year: year, partial: partial, rules: rules, context: context, on: db)
        }
    }

    private func requireOffice(_ req: Request) throws {
        guard CatalogueOffice.includes(try req.requireActor(), policy: try req.policy) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    private func render(
        _ req: Request, year: String?, partial: Bool = false, result: ShortageImporter.Result? = nil,
        errors: FieldErrors.Shown? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let today = req.clock.today
        let model = ShortageImportPageModel(
            years: Array((2025...(today.year + 1)).reversed()), year: year, partial: partial, result: result,
            errors: errors, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }
}

/// The answer of `POST /api/v1/catalogue-declarations/import`.
package struct ShortageImportDTO: Content {
    package var written: Bool
    package var rows: Int
    package var declarations: Int
    package var lines: Int
    package var rejected: Int
    package var problems: [Problem]
    /// The file's columns the import did not read (`ImportHeader.ignored`).
    package var ignoredColumns: [String]

    package struct Problem: Content {
        package var row: Int
        package var column: String
        package var message: String
    }

    init(_ result: ShortageImporter.Result, messages m: Messages) {
        (written, rows, declarations, lines, rejected) = (
            result.written, result.rows, result.declarations, result.lines, result.rejected
        )
        problems = result.problems.map {
            Problem(row: $0.row, column: $0.column, message: m.language == .zh ? $0.zh : $0.en)
        }
        ignoredColumns = result.ignored
    }
}
