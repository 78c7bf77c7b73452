import Accounts
import Fluent
import Foundation
import SiteKit
import TalentDomain
import Vapor

/// The two edges of `CohortChanges`: the cohort page's forms (redirect, or the page again
/// with the refusals) and the API (the cohort, 204, or problem+json).
package struct CohortEditController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(RequireSignIn())
        pages.post(SiteURL.routeByID(SiteURL.cohortEdit), use: editPage)
        pages.post(SiteURL.routeByID(SiteURL.cohortDelete), use: deletePage)
        pages.post(SiteURL.routeByID(SiteURL.sessionDelete), use: deleteSessionPage)

        let api = routes.grouped("api", "v1").grouped(RequireSignIn())
        api.put("cohorts", ":id", use: editAPI)
        api.delete("cohorts", ":id", use: deleteAPI)
        api.delete("sessions", ":id", use: deleteSessionAPI)
    }

    // MARK: - Pages

    @Sendable package func editPage(req: Request) async throws -> Response {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        do {
            try await CohortChanges.edit(
                cohort, of: program, with: req.content.decode(CohortInput.self), context: req.writeContext,
                on: req.db)
        } catch let errors as FieldErrors {
            return try await rerender(req, cohort, program, errors)
        }
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + "?notice=saved", redirectType: .normal)
    }

    @Sendable package func deletePage(req: Request) async throws -> Response {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        do {
            try await CohortChanges.delete(cohort, context: req.writeContext, on: req.db)
        } catch let errors as FieldErrors {
            return try await rerender(req, cohort, program, errors)
        }
        return req.redirect(
            to: SiteURL.program(try program.requireID()).path + "?notice=deleted", redirectType: .normal)
    }

    @Sendable package func deleteSessionPage(req: Request) async throws -> Response {
        let (session, cohort, program) = try await findSession(req)
        do {
            try await CohortChanges.deleteSession(session, of: cohort, context: req.writeContext, on: req.db)
        } catch let errors as FieldErrors {
            return try await rerender(req, cohort, program, errors)
        }
        return req.redirect(to: SiteURL.cohort(try cohort.requireID()).path + "?notice=saved", redirectType: .normal)
    }

    // MARK: - API

    @Sendable package func editAPI(req: Request) async throws -> CohortDTO {
        let (cohort, program) = try await EnrollmentsController().findCohort(req, manage: true)
        try await CohortChanges.edit(
            cohort, of: program, with: req.content.decode(CohortInput.self), context: req.writeContext, on: req.db)
        return try CohortDTO(cohort, sessions: nil)
    }

    @Sendable package func deleteAPI(req: Request) async throws -> HTTPStatus {
        let (cohort, _) = try await EnrollmentsController().findCohort(req, manage: true)
        try await CohortChanges.delete(cohort, context: req.writeContext, on: req.db)
        return .noContent
    }

    @Sendable package func deleteSessionAPI(req: Request) async throws -> HTTPStatus {
        let (session, cohort, _) = try await findSession(req)
        try await CohortChanges.deleteSession(session, of: cohort, context: req.writeContext, on: req.db)
        return .noContent
    }

    // MARK: - Helpers

    private func findSession(_ req: Request) async throws -> (CohortSession, Cohort, Program) {
        guard let id = req.parameters.get("id", as: UUID.self),
            let session = try await CohortSession.find(id, on: req.db)
        else { throw Abort(.notFound) }
        let (cohort, program) = try await EnrollmentsController().findCohort(req, id: session.$cohort.id, manage: true)
        return (session, cohort, program)
    }

    private func rerender(_ req: Request, _ cohort: Cohort, _ program: Program, _ errors: FieldErrors) async throws
        -> Response
    {
        try await EnrollmentsController().renderCohort(
            req, cohort: cohort, program: program, errors: errors, status: .unprocessableEntity)
    }
}
