import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/api/v1/catalogue-editions` and `/api/v1/catalogue-declarations`: the published
/// catalogue for anyone; declaring for employers; reviewing, compiling and publishing
/// for the catalogue's departments — the same use cases as the pages.
package struct CatalogueController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let editions = routes.grouped("api", "v1", "catalogue-editions")
        editions.get(use: editionsIndex)
        editions.get(":id", "entries", use: entries)
        let staff = editions.grouped(RequireSignIn())
        staff.post(use: compile)
        staff.post(":id", "publish", use: publish)
        staff.delete(":id", use: discard)
        let declarations = routes.grouped("api", "v1", "catalogue-declarations").grouped(RequireSignIn())
        declarations.get(use: declarationsIndex)
        declarations.post(use: open)
        declarations.get(":id", use: declaration)
        declarations.post(":id", "lines", use: addLine)
        declarations.delete(":id", "lines", ":lineID", use: removeLine)
        declarations.post(":id", "submit", use: submit)
        declarations.post(":id", "return", use: returnDeclaration)
    }

    /// Published editions (of `?year=`), latest first; the departments see drafts too.
    @Sendable func editionsIndex(req: Request) async throws -> ItemsDTO<CatalogueEditionDTO> {
        let year = req.query[String.self, at: "year"].trimmedText.flatMap { Int($0) }
        var rows: [CatalogueEdition]
        if try Self.seesDrafts(req) {
            rows = try await CatalogueQuery.all(on: req.db)
        } else {
            rows = try await CatalogueQuery.published(on: req.db)
        }
        if let year { rows = rows.filter { $0.year == year } }
        return ItemsDTO(items: try rows.map(CatalogueEditionDTO.init))
    }

    /// An edition's entries, filtered by `?chain=`, `?occupation=`, `?urgency=`; a draft's
    /// only for the departments' staff (404 for anyone else).
    @Sendable func entries(req: Request) async throws -> ItemsDTO<CatalogueEntryDTO> {
        guard let id = req.parameters.get("id", as: UUID.self),
            let edition = try await CatalogueEdition.find(id, on: req.db),
            try edition.state == .published || Self.seesDrafts(req)
        else { throw Abort(.notFound) }
        let rows = try await CatalogueQuery.rows(of: id, filter: CatalogueRequests.filter(req), on: req.db)
        return ItemsDTO(items: rows.map(CatalogueEntryDTO.init))
    }

    @Sendable func compile(req: Request) async throws -> Response {
        let input = try req.content.decode(ShortageDeclarationInput.self)
        let edition = try await CatalogueRequests.compile(year: input.year, req)
        let response = try await CatalogueEditionDTO(edition).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/catalogue-editions/\(try edition.requireID())")
        return response
    }

    @Sendable func publish(req: Request) async throws -> CatalogueEditionDTO {
        let input = try req.content.decode(CataloguePublishInput.self)
        return try CatalogueEditionDTO(try await CatalogueRequests.publish(note: input.note, req))
    }

    @Sendable func discard(req: Request) async throws -> HTTPStatus {
        try await CatalogueRequests.discard(req)
        return .noContent
    }

    /// The caller's declarations (the departments: every employer's), of `?year=`.
    @Sendable func declarationsIndex(req: Request) async throws -> ItemsDTO<ShortageDeclarationDTO> {
        try CatalogueRequests.requireOfficeUnlessEmployer(req)
        var query = try req.scopedQuery(ShortageDeclaration.self).with(\.$lines)
        if let year = req.query[String.self, at: "year"].trimmedText.flatMap({ Int($0) }) {
            query = query.filter(\.$year == year)
        }
        let rows = try await query.sort(\.$year, .descending).sort(\.$createdAt).limit(1_000).all()
        return ItemsDTO(items: try rows.map { try ShortageDeclarationDTO($0, lines: $0.lines) })
    }

    @Sendable func open(req: Request) async throws -> Response {
        let declaration = try await CatalogueRequests.open(try req.content.decode(ShortageDeclarationInput.self), req)
        let response = try await ShortageDeclarationDTO(declaration, lines: []).encodeResponse(
            status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: "/api/v1/catalogue-declarations/\(try declaration.requireID())")
        return response
    }

    @Sendable func declaration(req: Request) async throws -> ShortageDeclarationDTO {
        try await dto(try await CatalogueRequests.declaration(req, for: .read), req)
    }

    @Sendable func addLine(req: Request) async throws -> Response {
        _ = try await CatalogueRequests.addLine(try req.content.decode(ShortageLineInput.self), req)
        return try await dto(try await CatalogueRequests.declaration(req, for: .read), req)
            .encodeResponse(status: .created, for: req)
    }

    @Sendable func removeLine(req: Request) async throws -> ShortageDeclarationDTO {
        let declaration = try await CatalogueRequests.declaration(req, for: .read)
        guard let lineID = req.parameters.get("lineID", as: UUID.self),
            let line = try await ShortageDeclarationLine.find(lineID, on: req.db),
            line.$declaration.id == declaration.id
        else { throw Abort(.notFound) }
        return try await dto(try await CatalogueRequests.removeLine(lineID, req), req)
    }

    @Sendable func submit(req: Request) async throws -> ShortageDeclarationDTO {
        try await dto(try await CatalogueRequests.submit(req), req)
    }

    @Sendable func returnDeclaration(req: Request) async throws -> ShortageDeclarationDTO {
        let input = try req.content.decode(ShortageReturnInput.self)
        return try await dto(try await CatalogueRequests.returnToEmployer(input, req), req)
    }

    private func dto(_ declaration: ShortageDeclaration, _ req: Request) async throws -> ShortageDeclarationDTO {
        let lines = try await ShortageDeclarationLine.query(on: req.db)
            .filter(\.$declaration.$id == declaration.requireID()).sort(\.$createdAt).all()
        return try ShortageDeclarationDTO(declaration, lines: lines)
    }

    /// Whether the caller is of the catalogue's departments (who see drafts).
    static func seesDrafts(_ req: Request) throws -> Bool {
        CatalogueOffice.includes(req.signedIn?.actor, policy: try req.policy)
    }
}

/// Publishing: what a correction changes (required when it supersedes an edition).
package struct CataloguePublishInput: Content {
    @FormText package var note: String? = nil

    package init(note: String? = nil) { self.note = note }
}
