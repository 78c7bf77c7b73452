import Reference
import SiteKit
import TalentDomain
import Targets
import Vapor

/// The public policy pages and their JSON API: home, measures, departments, policy.
package struct MeasureController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.get(use: home)
        routes.get(SiteURL.routeByCode(SiteURL.measure), use: measurePage)
        routes.get(SiteURL.departments.route, use: departmentsPage)

        let api = routes.grouped("api", "v1")
        api.get("measures", use: listMeasures)
        api.get("measures", ":code", use: showMeasure)
        api.get("departments", use: listDepartments)
        api.get("policy", use: showPolicy)
    }

    @Sendable package func home(req: Request) async throws -> Response {
        let policy = try req.policy
        let year = req.clock.year
        let model = HomePageModel(
            policy: policy, year: year,
            actuals: try await TargetQuery.figures(year: year, on: req.db))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    @Sendable package func measurePage(req: Request) async throws -> Response {
        let policy = try req.policy
        let year = req.clock.year
        guard
            let model = MeasurePageModel(
                policy: policy, code: req.parameters.get("code") ?? "", year: year,
                actuals: try await TargetQuery.figures(year: year, on: req.db))
        else {
            throw Abort(.notFound)
        }
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    @Sendable package func departmentsPage(req: Request) async throws -> Response {
        let policy = try req.policy
        return htmlResponse(DepartmentsPageModel(policy: policy).render(layout: Layout(request: req, policy: policy)))
    }

    @Sendable package func listMeasures(req: Request) async throws -> ItemsDTO<MeasureDTO> {
        let policy = try req.policy
        return ItemsDTO(items: policy.measures.map { MeasureDTO($0, policy: policy, detailed: false) })
    }

    @Sendable package func showMeasure(req: Request) async throws -> MeasureDTO {
        let policy = try req.policy
        let code = (req.parameters.get("code") ?? "").uppercased()
        guard let measure = policy.measure(code) else {
            throw Abort(
                .notFound,
                reason: req.messages(
                    .errorUnknownMeasure(code: code, last: policy.measures.last?.code ?? "M1")))
        }
        return MeasureDTO(measure, policy: policy, detailed: true)
    }

    @Sendable package func listDepartments(req: Request) async throws -> ItemsDTO<DepartmentDTO> {
        let policy = try req.policy
        return ItemsDTO(items: policy.departments.map { DepartmentDTO($0, policy: policy) })
    }

    @Sendable package func showPolicy(req: Request) async throws -> ActivePolicyDTO {
        guard let active = req.application.activePolicy else { throw Abort(.serviceUnavailable) }
        return ActivePolicyDTO(active)
    }
}
