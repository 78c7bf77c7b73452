import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// The catalogue's use cases as a request asks for them — its actor's scope, its
/// transaction, its context — shared by the pages and the API.
enum CatalogueRequests {
    /// The declaration of the path if the actor may `action` it; 404 otherwise. Officers
    /// outside the catalogue's departments see no declaration.
    static func declaration(
        _ req: Request, for action: Action, parameter: String = "id", on db: (any Database)? = nil
    ) async throws -> ShortageDeclaration {
        try requireOfficeUnlessEmployer(req)
        guard let id = req.parameters.get(parameter, as: UUID.self),
            let row = try await req.scopedQuery(ShortageDeclaration.self, for: action, on: db)
                .filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return row
    }

    /// The edition of the path if the actor may `action` it; 404 otherwise.
    static func edition(_ req: Request, for action: Action, on db: (any Database)? = nil) async throws
        -> CatalogueEdition
    {
        guard let id = req.parameters.get("id", as: UUID.self),
            let row = try await req.scopedQuery(CatalogueEdition.self, for: action, on: db).filter(\.$id == id).first()
        else { throw Abort(.notFound) }
        return row
    }

    /// An officer's declarations list and pages are the catalogue's departments' only.
    static func requireOfficeUnlessEmployer(_ req: Request) throws {
        let actor = try req.requireActor()
        if actor.role == .officer, !CatalogueOffice.includes(actor, policy: try req.policy) {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    static func open(_ input: ShortageDeclarationInput, _ req: Request) async throws -> ShortageDeclaration {
        try req.authorize(.create, .shortageDeclaration)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            try await ShortageDeclarationStore.open(input, context: context, on: db)
        }
    }

    static func addLine(_ input: ShortageLineInput, _ req: Request) async throws -> ShortageDeclarationLine {
        // Only the employer writes its lines (the departments read and return them).
        try req.authorize(.create, .shortageDeclaration)
        let rules = try req.policy.marketRules
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let declaration = try await Self.declaration(req, for: .change, on: db)
            switch try await input.validate(rules: rules, on: db) {
            case let .failure(errors): throw errors
            case let .success(line):
                return try await ShortageDeclarationStore.addLine(line, to: declaration, context: context, on: db)
            }
        }
    }

    static func removeLine(_ lineID: UUID?, _ req: Request) async throws -> ShortageDeclaration {
        try req.authorize(.create, .shortageDeclaration)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            guard let lineID, let line = try await ShortageDeclarationLine.find(lineID, on: db),
                let declaration = try await req.scopedQuery(ShortageDeclaration.self, for: .change, on: db)
                    .filter(\.$id == line.$declaration.id).first()
            else { throw Abort(.notFound) }
            try await ShortageDeclarationStore.removeLine(line, of: declaration, context: context, on: db)
            return declaration
        }
    }

    static func submit(_ req: Request) async throws -> ShortageDeclaration {
        try req.authorize(.create, .shortageDeclaration)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            let declaration = try await Self.declaration(req, for: .change, on: db)
            try await ShortageDeclarationStore.submit(declaration, context: context, on: db)
            return declaration
        }
    }

    static func returnToEmployer(_ input: ShortageReturnInput, _ req: Request) async throws -> ShortageDeclaration {
        let (policy, context) = (try req.policy, req.writeContext)
        guard CatalogueOffice.includes(try req.requireActor(), policy: policy) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
        return try await req.db.writeTransaction { db in
            let declaration = try await Self.declaration(req, for: .change, on: db)
            try await ShortageDeclarationStore.returnToEmployer(
                declaration, input, policy: policy, context: context, on: db)
            return declaration
        }
    }

    static func compile(year: String?, _ req: Request) async throws -> CatalogueEdition {
        let (policy, context) = (try req.policy, req.writeContext)
        try requireOffice(req, policy)
        return try await req.db.writeTransaction { db in
            try await CatalogueEditionStore.compile(year: year, policy: policy, context: context, on: db)
        }
    }

    static func publish(note: String?, _ req: Request) async throws -> CatalogueEdition {
        let (policy, context) = (try req.policy, req.writeContext)
        try requireOffice(req, policy)
        return try await req.db.writeTransaction { db in
            let edition = try await Self.edition(req, for: .change, on: db)
            try await CatalogueEditionStore.publish(edition, note: note, policy: policy, context: context, on: db)
            return edition
        }
    }

    static func discard(_ req: Request) async throws {
        let (policy, context) = (try req.policy, req.writeContext)
        try requireOffice(req, policy)
        try await req.db.writeTransaction { db in
            let edition = try await Self.edition(req, for: .delete, on: db)
            try await CatalogueEditionStore.discard(edition, policy: policy, context: context, on: db)
        }
    }

    private static func requireOffice(_ req: Request, _ policy: PolicyDocument) throws {
        guard CatalogueOffice.includes(try req.requireActor(), policy: policy) else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }

    /// `?chain=`, `?occupation=`, `?urgency=` of the catalogue's filters, when they name one.
    static func filter(_ req: Request) -> CatalogueQuery.Filter {
        CatalogueQuery.Filter(
            chain: req.query[String.self, at: "chain"].trimmedText,
            occupation: req.query[String.self, at: "occupation"].trimmedText.map { String($0.prefix(64)) },
            urgency: req.query[String.self, at: "urgency"].trimmedText.flatMap(ShortageUrgency.init(rawValue:)))
    }
}
