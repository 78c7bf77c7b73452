import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/api/v1/nominations`: the lists in the caller's scope, a new list, one list with its
/// candidates and share, adding and removing candidates, submitting, discarding a draft,
/// and recording outcomes — the same use cases as the pages.
package struct NominationsController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1", "nominations").grouped(RequireSignIn())
        api.get(use: index)
        api.post(use: create)
        api.get(":id", use: read)
        api.delete(":id", use: discard)
        api.post(":id", "submit", use: submit)
        api.post(":id", "candidates", use: add)
        api.delete(":id", "candidates", ":candidateID", use: remove)
        api.post(":id", "candidates", ":candidateID", "outcome", use: outcome)
    }

    @Sendable func index(req: Request) async throws -> ItemsDTO<NominationListDTO> {
        let policy = try req.policy
        let (programme, year) = NominationRequests.filters(req, policy)
        let lists = try await NominationQuery.lists(
            try req.scopedQuery(NominationList.self), programme: programme, year: year, on: req.db)
        return ItemsDTO(
            items: lists.map {
                NominationListDTO(
                    $0.list, policy: policy, language: req.messages.language, candidateCount: $0.candidates)
            })
    }

    @Sendable func create(req: Request) async throws -> Response {
        let list = try await NominationRequests.create(try req.content.decode(NominationListInput.self), req)
        let response = try await dto(list, req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/nominations/\(try list.requireID())")
        return response
    }

    @Sendable func read(req: Request) async throws -> NominationListDTO {
        try await dto(try await NominationRequests.list(req, for: .read), req)
    }

    @Sendable func add(req: Request) async throws -> Response {
        let candidate = try await NominationRequests.add(try req.content.decode(NominationCandidateInput.self), req)
        let list = try await NominationRequests.list(req, for: .read)
        let response = try await dto(list, req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location,
            value: "/api/v1/nominations/\(try list.requireID())/candidates/\(try candidate.requireID())")
        return response
    }

    @Sendable func remove(req: Request) async throws -> NominationListDTO {
        let list = try await NominationRequests.remove(try Self.candidateID(req, of: .change), req)
        return try await dto(list, req)
    }

    @Sendable func submit(req: Request) async throws -> NominationListDTO {
        try await dto(try await NominationRequests.submit(req), req)
    }

    @Sendable func discard(req: Request) async throws -> HTTPStatus {
        try await NominationRequests.discard(req)
        return .noContent
    }

    @Sendable func outcome(req: Request) async throws -> NominationListDTO {
        let input = try req.content.decode(NominationOutcomeInput.self)
        let list = try await NominationRequests.recordOutcome(input, try Self.candidateID(req, of: .change), req)
        return try await dto(list, req)
    }

    /// The candidate of the path, on the list of the path: 404 when it is another list's.
    private static func candidateID(_ req: Request, of action: Action) async throws -> UUID {
        let list = try await NominationRequests.list(req, for: action)
        guard let id = req.parameters.get("candidateID", as: UUID.self),
            let candidate = try await NominationCandidate.find(id, on: req.db), candidate.$list.id == list.id
        else { throw Abort(.notFound) }
        return id
    }

    private func dto(_ list: NominationList, _ req: Request) async throws -> NominationListDTO {
        let policy = try req.policy
        let listID = try list.requireID()
        let candidates = try await NominationQuery.candidates(of: listID, on: req.db)
        let share = NominationShare(
            digital: candidates.filter(\.digital).count, total: candidates.count, rule: policy.nominationRule)
        return NominationListDTO(
            list, policy: policy, language: req.messages.language, candidateCount: candidates.count, share: share,
            candidates: candidates)
    }
}
