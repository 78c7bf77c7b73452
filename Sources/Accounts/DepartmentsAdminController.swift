import Fluent
import Reference
import SQLKit
import SiteKit
import TalentDomain
import Vapor

/// Administrators' view of the departments: what the policy assigns each, and how many
/// officer accounts work for it. Departments themselves come from the policy file.
package struct DepartmentsAdminController: RouteCollection {
    package func boot(routes: any RoutesBuilder) throws {
        routes.grouped(RequireSignIn()).get(SiteURL.adminDepartments.route, use: page)
    }

    @Sendable package func page(req: Request) async throws -> Response {
        // Counting officers reads accounts of every department: only an `any` scope may.
        let (_, scope) = try req.scope(.list, on: .user)
        guard scope == .any else { throw Abort(.forbidden, reason: req.messages(.errorForbidden)) }
        let policy = try req.policy
        let model = DepartmentsAdminPageModel(policy: policy, officers: try await officerCounts(req.db))
        return htmlResponse(model.render(layout: Layout(request: req, policy: policy)))
    }

    /// Active officer accounts per department code, counted by the database.
    private func officerCounts(_ database: any Database) async throws -> [String: Int] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        let rows = try await sql.select()
            .column("department_code").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "officers")
            .from(User.schema)
            .where("role", .equal, Role.officer.rawValue).where("is_active", .equal, true)
            .groupBy("department_code")
            .all()
        var counts: [String: Int] = [:]
        for row in rows {
            if let code = try row.decode(column: "department_code", as: String?.self) {
                counts[code] = try row.decode(column: "officers", as: Int.self)
            }
        }
        return counts
    }
}

package struct DepartmentsAdminPageModel {
    package var policy: PolicyDocument
    package var officers: [String: Int]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        return layout.render(
            title: m(.adminDepartmentsTitle),
            body: .group(
                .h1(.text(m(.adminDepartmentsTitle))),
                .p(.class("lead"), .text(m(.adminDepartmentsIntro))),
                .scrollableTable(
                    label: m(.adminDepartmentsTitle),
                    .table(
                        .id("admin-departments"), .class("data-table"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(m(.columnDepartment))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.columnMeasures))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.adminDepartmentsTargets))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.adminDepartmentsOfficers)))
                            )),
                        .tbody(
                            .forEach(policy.departments) { department in
                                .tr(
                                    .data(named: "department", value: department.code),
                                    .th(
                                        .attribute(named: "scope", value: "row"), .text(department.fullName.text(lang)),
                                        .if(department.lead, .span(.class("badge"), .text(m(.leadDepartment))))),
                                    .td(.text(policy.measures(of: department.code).map(\.code).joined(separator: " "))),
                                    .td(
                                        .class("number"),
                                        .text(
                                            String(
                                                policy.targets.filter { $0.departments.contains(department.code) }.count
                                            ))),
                                    .td(.class("number"), .text(String(officers[department.code] ?? 0))))
                            })
                    ))
            ))
    }
}
