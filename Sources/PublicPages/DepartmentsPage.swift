import SiteKit
import TalentDomain

/// The 11 departments and the measures each is responsible for.
package struct DepartmentsPageModel {
    package struct Row {
        package var department: Department
        package var measures: [Measure]
    }

    package var rows: [Row]

    package init(policy: PolicyDocument) {
        rows = policy.departments.map { Row(department: $0, measures: policy.measures(of: $0.code)) }
    }

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        return layout.render(
            title: m(.departmentsHeading),
            body: .group(
                .h1(.text(m(.departmentsHeading))),
                .p(.class("lead"), .text(m(.departmentsIntro(count: String(rows.count))))),
                .scrollableTable(
                    label: m(.departmentsHeading),
                    .table(
                        .id("departments"),
                        .class("data-table"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(m(.columnDepartment))),
                                .th(.attribute(named: "scope", value: "col"), .text(m(.columnMeasures)))
                            )),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .data(named: "department", value: row.department.code),
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .span(.class("department__name"), .text(row.department.fullName.text(lang))),
                                        .if(row.department.lead, .span(.class("badge"), .text(m(.leadDepartment)))),
                                        .span(
                                            .class("department__short muted"),
                                            .text(row.department.shortName.text(lang)))),
                                    .td(
                                        .ul(
                                            .class("tag-list"),
                                            .forEach(row.measures) { measure in
                                                .li(
                                                    .a(
                                                        .href(SiteURL.measure(measure.code).path),
                                                        .text("\(measure.code) \(measure.title.text(lang))")))
                                            }))
                                )
                            })
                    ))
            ))
    }
}
