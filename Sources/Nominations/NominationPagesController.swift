import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The nomination pages: the lists with the form for a new one, one list with its share,
/// candidates and search, and the forms behind them. The same use cases as the API
/// (`NominationRequests`); a refused step shows the page again with the reasons.
package struct NominationPagesController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.nominations.route, use: index)
        pages.post(SiteURL.nominations.route, use: create)
        pages.get(SiteURL.routeByID(SiteURL.nomination), use: show)
        pages.post(SiteURL.routeByID(SiteURL.nominationCandidates), use: add)
        pages.post(SiteURL.routeByID(SiteURL.nominationSubmit), use: submit)
        pages.post(SiteURL.routeByID(SiteURL.nominationDiscard), use: discard)
        pages.post(SiteURL.routeByID(SiteURL.nominationCandidateRemove), use: remove)
        pages.post(SiteURL.routeByID(SiteURL.nominationCandidateOutcome), use: outcome)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let notice =
            req.query[String.self, at: "notice"] == "discarded" ? req.messages(.nominationDiscardedNotice) : nil
        return try await renderIndex(req, notice: notice)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let input = try req.content.decode(NominationListInput.self)
        do {
            let list = try await NominationRequests.create(input, req)
            return req.redirect(to: SiteURL.nomination(try list.requireID()).path + "?notice=created")
        } catch let errors as FieldErrors {
            return try await renderIndex(
                req, input: input, errors: errors.shown(in: req.messages), status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let list = try await NominationRequests.list(req, for: .read)
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "created": .nominationCreatedNotice
            case "added": .nominationAddedNotice
            case "removed": .nominationRemovedNotice
            case "submitted": .nominationSubmittedNotice
            case "outcome": .nominationOutcomeNotice
            default: nil
            }
        return try await render(list, req, notice: notice.map { req.messages($0) })
    }

    @Sendable func add(req: Request) async throws -> Response {
        let input = try req.content.decode(NominationCandidateInput.self)
        do {
            _ = try await NominationRequests.add(input, req)
            return req.redirect(to: SiteURL.nomination(try Self.listID(req)).path + "?notice=added")
        } catch let errors as FieldErrors {
            return try await render(
                try await NominationRequests.list(req, for: .read), req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        do {
            let list = try await NominationRequests.submit(req)
            return req.redirect(to: SiteURL.nomination(try list.requireID()).path + "?notice=submitted")
        } catch let errors as FieldErrors {
            return try await render(
                try await NominationRequests.list(req, for: .read), req, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func discard(req: Request) async throws -> Response {
        try await NominationRequests.discard(req)
        return req.redirect(to: SiteURL.nominations.path + "?notice=discarded")
    }

    @Sendable func remove(req: Request) async throws -> Response {
        let list = try await NominationRequests.remove(req.parameters.get("id", as: UUID.self), req)
        return req.redirect(to: SiteURL.nomination(try list.requireID()).path + "?notice=removed")
    }

    @Sendable func outcome(req: Request) async throws -> Response {
        let input = try req.content.decode(NominationOutcomeInput.self)
        let candidateID = req.parameters.get("id", as: UUID.self)
        do {
            let list = try await NominationRequests.recordOutcome(input, candidateID, req)
            return req.redirect(to: SiteURL.nomination(try list.requireID()).path + "?notice=outcome")
        } catch let errors as FieldErrors {
            let (_, list) = try await NominationRequests.candidate(req, candidateID, for: .read, on: req.db)
            return try await render(list, req, errors: errors, status: .unprocessableEntity)
        }
    }

    private static func listID(_ req: Request) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    private func renderIndex(
        _ req: Request, input: NominationListInput = .init(), errors: FieldErrors.Shown? = nil, notice: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let (actor, _) = try req.scope(.list, on: .nomination)
        let policy = try req.policy
        let filter = NominationRequests.filters(req, policy)
        let lists = try await NominationQuery.lists(
            try req.scopedQuery(NominationList.self), programme: filter.programme, year: filter.year, on: req.db)
        let programmes = (policy.nominationProgrammes ?? []).filter {
            actor.role == .admin || $0.department == actor.departmentCode
        }
        let model = NominationListsPageModel(
            lists: lists, programmes: programmes, districts: try await Self.districts(req),
            filter: filter, thisYear: req.clock.today.year, csrf: CSRF.token(for: req), input: input, errors: errors,
            notice: notice)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    private func render(
        _ list: NominationList, _ req: Request, errors: FieldErrors? = nil, notice: String? = nil,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let policy = try req.policy
        let programme = try NominationStore.programme(of: list, policy)
        let candidates = try await NominationQuery.candidates(of: try list.requireID(), on: req.db)
        let share = NominationShare(
            digital: candidates.filter(\.digital).count, total: candidates.count, rule: policy.nominationRule)
        let query = req.query[String.self, at: "q"].trimmedText.map { String($0.prefix(100)) }
        var matches: [NominationMatch]?
        if let query, list.state == .draft {
            matches =
                programme.candidates == .talent
                ? try await NominationMatch.talents(
                    query, on: list, programme: programme, onList: Set(candidates.compactMap(\.talentID)),
                    cipher: req.application.personalData, today: req.clock.today, on: req.db)
                : try await NominationMatch.organizations(query, programme: programme, on: req.db)
        }
        let districts = try await Self.districts(req)
        let model = NominationPageModel(
            list: list, programme: programme,
            districtName: list.districtCode.map { code in districts.first { $0.code == code }?.name ?? code },
            candidates: candidates, share: share, query: query, matches: matches, csrf: CSRF.token(for: req),
            today: req.clock.today, errors: errors?.shown(in: req.messages), notice: notice)
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    private static func districts(_ req: Request) async throws -> [(code: String, name: String)] {
        try await District.query(on: req.db).sort(\.$id).all().map {
            ($0.id ?? "", req.messages.language == .zh ? $0.nameZh : $0.nameEn)
        }
    }
}
