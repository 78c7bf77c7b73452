import Accounts
import Foundation
import SiteKit
import Spreadsheet
import Vapor

/// A signed-in person's own data (PIPL art. 45, right of access), as JSON or as a
/// workbook with a sheet for each kind of record, headed in the page's language.
package struct PersonalDataController: RouteCollection {
    /// The capabilities above the pool that hold records of a talent, in the order shown.
    package let sources: [any PersonalDataSource]

    package func boot(routes: any RoutesBuilder) throws {
        let own = routes.grouped(RequireSignIn())
        own.get(SiteURL.myData.route, use: json)
        own.get(SiteURL.myDataWorkbook.route, use: workbook)
    }

    @Sendable package func json(req: Request) async throws -> Response {
        let download = try await load(req, format: "json")
        let response = try await download.export.encodeResponse(for: req)
        return Self.attachment(response, name: "my-data.json")
    }

    @Sendable package func workbook(req: Request) async throws -> Response {
        let download = try await load(req, format: "xlsx")
        let response = Response(status: .ok)
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        let sheets = download.sheets.map { sheet in
            (
                name: sheet.title,
                rows: [sheet.columns.map(\.heading)] + sheet.rows.map { $0.map(SpreadsheetCell.neutralized) }
            )
        }
        response.body = .init(data: Data(XLSXWriter.workbook(sheets: sheets)))
        return Self.attachment(response, name: "my-data-\(req.clock.today.description).xlsx")
    }

    /// Loads the download and records that the person took it (which format, how many
    /// records of each kind; never the values).
    private func load(_ req: Request, format: String) async throws -> PersonalDataDownload {
        let user = try req.auth.require(User.self)
        let download = try await PersonalDataDownload.load(for: user, sources: sources, request: req)
        let entry = AuditEntry(
            .talentOwnDataExport, entityID: download.export.talent?.id.uuidString,
            changedFields: ["format:\(format)"]
                + download.sheets.map { "\($0.key):\($0.rows.count)" })
        try await req.auditAlone(entry)
        return download
    }

    private static func attachment(_ response: Response, name: String) -> Response {
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
