import Fluent
import Foundation
import Organizations
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The working pages of the catalogue: employers' declarations and the departments'
/// review, compilation and publishing. The same use cases as the API
/// (`CatalogueRequests`); a refused step shows the page again with the reasons.
package struct CatalogueWorkPagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.catalogueDeclarations.route, use: declarations)
        pages.post(SiteURL.catalogueDeclarations.route, use: open)
        pages.get(SiteURL.routeByID(SiteURL.catalogueDeclaration), use: declaration)
        pages.post(SiteURL.routeByID(SiteURL.catalogueDeclarationLines), use: addLine)
        pages.post(SiteURL.routeByID(SiteURL.catalogueLineDelete), use: removeLine)
        pages.post(SiteURL.routeByID(SiteURL.catalogueDeclarationSubmit), use: submit)
        pages.post(SiteURL.routeByID(SiteURL.catalogueDeclarationReturn), use: returnDeclaration)
        pages.get(SiteURL.catalogueEditions.route, use: editions)
        pages.post(SiteURL.catalogueEditions.route, use: compile)
        pages.get(SiteURL.routeByID(SiteURL.catalogueEdition), use: edition)
        pages.post(SiteURL.routeByID(SiteURL.catalogueEditionPublish), use: publish)
        pages.post(SiteURL.routeByID(SiteURL.catalogueEditionDiscard), use: discard)
    }

    // MARK: - Declarations

    @Sendable func declarations(req: Request) async throws -> Response {
        try await renderDeclarations(req)
    }

    @Sendable func open(req: Request) async throws -> Response {
        let input = try req.content.decode(ShortageDeclarationInput.self)
        do {
            let declaration = try await CatalogueRequests.open(input, req)
            return req.redirect(to: SiteURL.catalogueDeclaration(try declaration.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderDeclarations(
                req, input: input, errors: errors.shown(in: req.messages), status: .unprocessableEntity)
        }
    }

    @Sendable func declaration(req: Request) async throws -> Response {
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "added": .catalogueLineAddedNotice
            case "removed": .catalogueLineRemovedNotice
            case "submitted": .catalogueSubmittedNotice
            case "returned": .catalogueReturnedNotice
            default: nil
            }
        return try await render(
            try await CatalogueRequests.declaration(req, for: .read), req, notice: notice.map { req.messages($0) })
    }

    @Sendable func addLine(req: Request) async throws -> Response {
        let input = try req.content.decode(ShortageLineInput.self)
        do {
            _ = try await CatalogueRequests.addLine(input, req)
            return req.redirect(to: SiteURL.catalogueDeclaration(try Self.id(req)).path + "?notice=added")
        } catch let errors as FieldErrors {
            return try await render(
                try await CatalogueRequests.declaration(req, for: .read), req, input: input, errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func removeLine(req: Request) async throws -> Response {
        let declaration = try await CatalogueRequests.removeLine(req.parameters.get("id", as: UUID.self), req)
        return req.redirect(to: SiteURL.catalogueDeclaration(try declaration.requireID()).path + "?notice=removed")
    }

    @Sendable func submit(req: Request) async throws -> Response {
        do {
            let declaration = try await CatalogueRequests.submit(req)
            return req.redirect(
                to: SiteURL.catalogueDeclaration(try declaration.requireID()).path + "?notice=submitted")
        } catch let errors as FieldErrors {
            return try await render(
                try await CatalogueRequests.declaration(req, for: .read), req, errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func returnDeclaration(req: Request) async throws -> Response {
        let input = try req.content.decode(ShortageReturnInput.self)
        do {
            let declaration = try await CatalogueRequests.returnToEmployer(input, req)
            return req.redirect(
                to: SiteURL.catalogueDeclaration(try declaration.requireID()).path + "?notice=returned")
        } catch let errors as FieldErrors {
            return try await render(
                try await CatalogueRequests.declaration(req, for: .read), req, errors: errors,
                status: .unprocessableEntity)
        }
    }

    private func renderDeclarations(
        _ req: Request, input: ShortageDeclarationInput = .init(), errors: FieldErrors.Shown? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        try CatalogueRequests.requireOfficeUnlessEmployer(req)
        let actor = try req.requireActor()
        let isEmployer = actor.role == .employer
        let year = req.query[String.self, at: "year"].trimmedText.flatMap { Int($0) }
        var query = try req.scopedQuery(ShortageDeclaration.self).with(\.$lines).with(\.$organization)
        if let year { query = query.filter(\.$year == year) }
        let rows = try await query.sort(\.$year, .descending).sort(\.$submittedAt, .descending).limit(500).all()
        let today = req.clock.today
        let model = ShortageDeclarationsPageModel(
            rows: rows.map {
                .init(
                    declaration: $0, employer: $0.organization.name, lines: $0.lines.count,
                    people: $0.lines.reduce(0) { $0 + $1.headcount })
            },
            isEmployer: isEmployer, year: year,
            years: isEmployer ? [today.year, today.year + 1] : Array((2025...(today.year + 1)).reversed()),
            input: input, errors: errors, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func render(
        _ declaration: ShortageDeclaration, _ req: Request, input: ShortageLineInput = .init(),
        errors: FieldErrors? = nil, notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let actor = try req.requireActor()
        let policy = try req.policy
        let language = req.messages.language
        let lines = try await ShortageDeclarationLine.query(on: req.db)
            .filter(\.$declaration.$id == declaration.requireID()).sort(\.$createdAt).all()
        let named = try await CatalogueQuery.named(
            lines.map { $0.catalogueLine(employer: declaration.$organization.id) }.map(CatalogueCompilation.single),
            on: req.db)
        let employer = try await Organization.find(declaration.$organization.id, on: req.db)?.name ?? ""
        let occupations = try await Occupation.query(on: req.db).filter(\.$isDigital == true)
            .filter(\.$kind == "occupation").sort(\.$id).all().map { $0.codedName(language) }
        let chains = try await IndustryChain.query(on: req.db).sort(\.$id).all().map {
            (code: $0.id ?? "", name: language == .zh ? $0.nameZh : $0.nameEn)
        }
        let model = ShortageDeclarationPageModel(
            declaration: declaration, employer: employer,
            lines: zip(lines, named).map {
                (
                    $0, "\($1.occupationName.text(language)) \($0.occupationCode)",
                    $1.chainName.text(language)
                )
            },
            isEmployer: actor.role == .employer, isOffice: CatalogueOffice.includes(actor, policy: policy),
            occupations: occupations, chains: chains, input: input, errors: errors?.shown(in: req.messages),
            notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    // MARK: - Editions

    @Sendable func editions(req: Request) async throws -> Response {
        let notice = req.query[String.self, at: "notice"] == "discarded" ? req.messages(.catalogueDiscardedNotice) : nil
        return try await renderEditions(req, notice: notice)
    }

    @Sendable func compile(req: Request) async throws -> Response {
        let input = try req.content.decode(ShortageDeclarationInput.self)
        do {
            let edition = try await CatalogueRequests.compile(year: input.year, req)
            return req.redirect(to: SiteURL.catalogueEdition(try edition.requireID()).path + "?notice=compiled")
        } catch let errors as FieldErrors {
            return try await renderEditions(
                req, year: input.year, errors: errors.shown(in: req.messages), status: .unprocessableEntity)
        }
    }

    @Sendable func edition(req: Request) async throws -> Response {
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "compiled": .catalogueCompiledNotice
            case "published": .cataloguePublishedNotice
            default: nil
            }
        return try await render(
            try await CatalogueRequests.edition(req, for: .read), req, notice: notice.map { req.messages($0) })
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let input = try req.content.decode(CataloguePublishInput.self)
        do {
            let edition = try await CatalogueRequests.publish(note: input.note, req)
            return req.redirect(to: SiteURL.catalogueEdition(try edition.requireID()).path + "?notice=published")
        } catch let errors as FieldErrors {
            return try await render(
                try await CatalogueRequests.edition(req, for: .read), req, note: input.note, errors: errors,
                status: .unprocessableEntity)
        }
    }

    @Sendable func discard(req: Request) async throws -> Response {
        try await CatalogueRequests.discard(req)
        return req.redirect(to: SiteURL.catalogueEditions.path + "?notice=discarded")
    }

    private func renderEditions(
        _ req: Request, year: String? = nil, errors: FieldErrors.Shown? = nil, notice: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        try req.authorize(.list, .catalogueEdition)
        let editions = try await CatalogueQuery.all(on: req.db)
        var entries: [UUID: Int] = [:]
        for edition in editions {
            entries[try edition.requireID()] = try await CatalogueEntry.query(on: req.db)
                .filter(\.$edition.$id == edition.requireID()).count()
        }
        let today = req.clock.today
        let waiting = try await ShortageDeclaration.query(on: req.db).filter(\.$state == .submitted)
            .filter(\.$year >= 2025).all(\.$year)
        let model = CatalogueEditionsPageModel(
            rows: editions.map { .init(edition: $0, entries: entries[$0.id ?? UUID()] ?? 0) },
            mayCompile: CatalogueOffice.includes(req.signedIn?.actor, policy: try req.policy),
            years: Array((2025...(today.year + 1)).reversed()),
            submitted: Dictionary(grouping: waiting, by: { $0 }).mapValues(\.count),
            year: year ?? String(today.year), errors: errors, notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: try req.policy)), status: status)
    }

    private func render(
        _ edition: CatalogueEdition, _ req: Request, note: String? = nil, errors: FieldErrors? = nil,
        notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let policy = try req.policy
        let current = edition.state == .draft ? try await CatalogueQuery.current(year: edition.year, on: req.db) : nil
        let model = CatalogueEditionPageModel(
            edition: edition, rows: try await CatalogueQuery.rows(of: try edition.requireID(), on: req.db),
            correction: try await CatalogueQuery.correction(of: edition, on: req.db),
            mayPublish: CatalogueOffice.includes(req.signedIn?.actor, policy: policy), supersedes: current?.number,
            note: note, errors: errors?.shown(in: req.messages), notice: notice, csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    private static func id(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }
}
