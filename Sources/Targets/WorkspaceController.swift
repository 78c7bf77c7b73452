import Accounts
import Reference
import SiteKit
import TalentDomain
import Vapor

/// The officer workspace: the officer's department, the measures it is responsible for
/// and their targets (from the running policy) against this year's actual figures.
package struct WorkspaceController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireSignIn()).get(SiteURL.workspace.route, use: page)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let policy = try req.policy
        guard user.role == .officer, let code = user.departmentCode, let department = policy.department(code) else {
            return req.redirect(to: SiteURL.home(for: user.role).path)
        }
        let model = WorkspacePageModel(
            policy: policy, department: department,
            actuals: try await TargetQuery.figures(year: req.clock.year, on: req.db))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }
}

package struct WorkspacePageModel {
    package var policy: PolicyDocument
    package var department: Department
    /// This year's figures computed from records, by metric.
    package var actuals: [TargetMetric: Int]

    package var measures: [Measure] { policy.measures(of: department.code) }
    package var targets: [Target] { policy.targets.filter { $0.departments.contains(department.code) } }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        return layout.render(
            title: m(.workspaceTitle),
            body: .group(
                .h1(.text(m(.workspaceTitle))),
                .p(
                    .class("lead"), .data(named: "department", value: department.code),
                    .text(department.fullName.text(lang))),
                .section(
                    .attribute(named: "aria-labelledby", value: "workspace-targets"),
                    .h2(.id("workspace-targets"), .text(m(.measureTargetsHeading))),
                    targets.isEmpty
                        ? .p(.class("muted"), .text(m(.measureNoTargets)))
                        : TargetsTable(
                            rows: targets.map { target in
                                (
                                    target,
                                    policy.measure(target.measure)?.title
                                        ?? LocalizedText(zh: target.measure, en: target.measure),
                                    target.departments.compactMap { policy.department($0)?.shortName }
                                )
                            }, messages: m, actuals: actuals
                        ).node
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "workspace-measures"),
                    .h2(.id("workspace-measures"), .text(m(.workspaceMeasures(count: String(measures.count))))),
                    .ul(
                        .class("measure-list"),
                        .forEach(measures) { measure in
                            .li(
                                .class("measure"), .data(named: "measure", value: measure.code),
                                .a(
                                    .href(SiteURL.measure(measure.code).path),
                                    .span(.class("measure__code"), .text(measure.code)),
                                    .span(.class("measure__title"), .text(measure.title.text(lang)))),
                                .p(.class("measure__summary"), .text(measure.summary.text(lang))))
                        })
                )
            ))
    }
}
