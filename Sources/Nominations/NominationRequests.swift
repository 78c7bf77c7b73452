import Fluent
import Foundation
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The nomination use cases as a request asks for them — its actor's scope, its
/// transaction, its context — shared by the pages and the API.
enum NominationRequests {
    /// The list of the path (`:id`, or `listParameter`) if the actor may `action` it; 404 otherwise.
    static func list(
        _ req: Request, for action: Action, parameter: String = "id", on db: (any Database)? = nil
    ) async throws -> NominationList {
        guard let id = req.parameters.get(parameter, as: UUID.self),
            let list = try await req.scopedQuery(NominationList.self, for: action, on: db).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return list
    }

    /// The candidate `id` and its list, if the actor may `action` the list; 404 otherwise.
    static func candidate(
        _ req: Request, _ id: UUID?, for action: Action, on db: any Database
    ) async throws -> (NominationCandidate, NominationList) {
        guard let id, let candidate = try await NominationCandidate.find(id, on: db),
            let list = try await req.scopedQuery(NominationList.self, for: action, on: db)
                .filter(\.$id == candidate.$list.id).first()
        else { throw Abort(.notFound) }
        return (candidate, list)
    }

    static func create(_ input: NominationListInput, _ req: Request) async throws -> NominationList {
        try req.authorize(.create, .nomination)
        let (policy, context) = (try req.policy, req.writeContext)
        return try await req.db.writeTransaction { db in
            try await NominationStore.create(input, policy: policy, context: context, on: db)
        }
    }

    static func add(_ input: NominationCandidateInput, _ req: Request) async throws -> NominationCandidate {
        let (policy, context) = (try req.policy, req.writeContext)
        return try await req.db.writeTransaction { db in
            let list = try await Self.list(req, for: .change, on: db)
            return try await NominationStore.addCandidate(input, to: list, policy: policy, context: context, on: db)
        }
    }

    static func remove(_ candidateID: UUID?, _ req: Request) async throws -> NominationList {
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let (candidate, list) = try await Self.candidate(req, candidateID, for: .change, on: db)
            try await NominationStore.removeCandidate(candidate, from: list, context: context, on: db)
            return list
        }
    }

    static func submit(_ req: Request) async throws -> NominationList {
        let (policy, context) = (try req.policy, req.writeContext)
        return try await req.db.writeTransaction { db in
            let list = try await Self.list(req, for: .change, on: db)
            _ = try await NominationStore.submit(list, policy: policy, context: context, on: db)
            return list
        }
    }

    static func discard(_ req: Request) async throws {
        let context = req.writeContext
        try await req.db.writeTransaction { db in
            let list = try await Self.list(req, for: .delete, on: db)
            try await NominationStore.discard(list, context: context, on: db)
        }
    }

    static func recordOutcome(_ input: NominationOutcomeInput, _ candidateID: UUID?, _ req: Request) async throws
        -> NominationList
    {
        let (policy, context) = (try req.policy, req.writeContext)
        return try await req.db.writeTransaction { db in
            let (candidate, list) = try await Self.candidate(req, candidateID, for: .change, on: db)
            try await NominationStore.recordOutcome(
                input, for: candidate, of: list, policy: policy, context: context, on: db)
            return list
        }
    }

    /// `?programme=` and `?year=` of a list's filters, when they name one.
    static func filters(_ req: Request, _ policy: PolicyDocument) -> (programme: String?, year: Int?) {
        let programme = req.query[String.self, at: "programme"].trimmedText.flatMap {
            policy.nominationProgramme($0)?.id
        }
        let year = req.query[String.self, at: "year"].trimmedText.flatMap { Int($0) }
        return (programme, year)
    }
}
