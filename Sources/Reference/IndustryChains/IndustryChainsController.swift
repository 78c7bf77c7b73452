import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// `/admin/industry-chains` and `POST`/`PATCH /api/v1/industry-chains`: administrators
/// keep the list of key industry chains (reading it is public: `GET /api/v1/industry-chains`).
package struct IndustryChainsController: RouteCollection {
    package init() {}

    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.get(SiteURL.adminIndustryChains.route, use: page)
        pages.post(SiteURL.adminIndustryChains.route, use: addFromForm)
        pages.post(SiteURL.routeByCode(SiteURL.adminIndustryChain), use: renameFromForm)
        let api = routes.grouped("api", "v1", "industry-chains").grouped(RequireSignIn())
        api.post(use: add)
        api.patch(":code", use: rename)
    }

    @Sendable func page(req: Request) async throws -> Response {
        try Self.requireAdministrator(req)
        let notice: Message? =
            switch req.query[String.self, at: "notice"] {
            case "added": .industryChainAdded
            case "renamed": .industryChainRenamed
            default: nil
            }
        return try await render(req, notice: notice.map { req.messages($0) })
    }

    @Sendable func addFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(IndustryChainInput.self)
        do {
            _ = try await add(input, req)
            return req.redirect(to: SiteURL.adminIndustryChains.path + "?notice=added")
        } catch let errors as FieldErrors {
            return try await render(req, input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func renameFromForm(req: Request) async throws -> Response {
        let input = try req.content.decode(IndustryChainInput.self)
        do {
            try await rename(input, req)
            return req.redirect(to: SiteURL.adminIndustryChains.path + "?notice=renamed")
        } catch let errors as FieldErrors {
            return try await render(
                req, renaming: req.parameters.get("code"), input: input, errors: errors, status: .unprocessableEntity)
        }
    }

    @Sendable func add(req: Request) async throws -> Response {
        let chain = try await add(try req.content.decode(IndustryChainInput.self), req)
        let response = try await IndustryChainDTO(chain).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/industry-chains")
        return response
    }

    @Sendable func rename(req: Request) async throws -> IndustryChainDTO {
        IndustryChainDTO(try await rename(try req.content.decode(IndustryChainInput.self), req))
    }

    private func add(_ input: IndustryChainInput, _ req: Request) async throws -> IndustryChain {
        try Self.requireAdministrator(req)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            try await IndustryChainStore.add(input, context: context, on: db)
        }
    }

    @discardableResult
    private func rename(_ input: IndustryChainInput, _ req: Request) async throws -> IndustryChain {
        try Self.requireAdministrator(req)
        let context = req.writeContext
        return try await req.db.writeTransaction { db in
            guard let code = req.parameters.get("code"), let chain = try await IndustryChain.find(code, on: db) else {
                throw Abort(.notFound)
            }
            try await IndustryChainStore.rename(chain, input, context: context, on: db)
            return chain
        }
    }

    private func render(
        _ req: Request, renaming: String? = nil, input: IndustryChainInput = .init(), errors: FieldErrors? = nil,
        notice: String? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let policy = try req.policy
        let model = IndustryChainsPageModel(
            chains: try await IndustryChain.query(on: req.db).sort(\.$id).all(), required: policy.keyIndustryChainCount,
            renaming: renaming, input: input, errors: errors?.shown(in: req.messages), notice: notice,
            csrf: CSRF.token(for: req))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)), status: status)
    }

    /// Reference data is the platform administrators' (DESIGN.md "Users": admin keeps
    /// reference data); no other role has a row for it in the permission table.
    private static func requireAdministrator(_ req: Request) throws {
        guard try req.requireActor().role == .admin else {
            throw Abort(.forbidden, reason: req.messages(.errorForbidden))
        }
    }
}
