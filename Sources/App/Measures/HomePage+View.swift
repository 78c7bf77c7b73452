import SiteKit
import TalentDomain

extension HomePageModel {
    func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        return layout.render(
            title: m(.siteTitle),
            body: .group(
                .section(
                    .class("hero"),
                    .h1(.text(m(.homeHeading))),
                    .p(
                        .class("lead"),
                        .text(
                            m(
                                .homeIntro,
                                [
                                    "title": m.quoted(policy.title.text(lang)),
                                    "count": String(measures.count),
                                ])))
                ),
                .section(
                    .id("targets-section"),
                    .attribute(named: "aria-labelledby", value: "targets-heading"),
                    .h2(.id("targets-heading"), .text(m(.homeTargetsHeading, ["year": String(year)]))),
                    .p(.text(m(.homeTargetsIntro))),
                    TargetsTable(
                        rows: targets.map { ($0.target, $0.measureTitle, $0.departments) },
                        messages: m, actuals: actuals
                    ).node
                ),
                .section(
                    .id("measures"),
                    .attribute(named: "aria-labelledby", value: "measures-heading"),
                    .h2(.id("measures-heading"), .text(m(.homeMeasuresHeading, ["count": String(measures.count)]))),
                    .ol(
                        .class("measure-list"),
                        .forEach(measures) { measure in
                            .li(
                                .class("measure"),
                                .data(named: "measure", value: measure.code),
                                .a(
                                    .href(SiteURL.measure(measure.code).path),
                                    .span(.class("measure__code"), .text(measure.code)),
                                    .span(.class("measure__title"), .text(measure.title.text(lang)))),
                                .p(.class("measure__summary"), .text(measure.summary.text(lang))),
                                .p(
                                    .class("measure__departments"),
                                    .text(
                                        measure.departments.compactMap { policy.department($0)?.shortName.text(lang) }
                                            .joined(separator: lang == .zh ? "、" : ", ")))
                            )
                        }
                    )
                ),
                .section(
                    .attribute(named: "aria-labelledby", value: "departments-heading"),
                    .h2(.id("departments-heading"), .text(m(.homeDepartmentsHeading))),
                    .p(
                        .text(
                            m(
                                .homeDepartmentsIntro,
                                [
                                    "count": String(policy.departments.count),
                                    "lead": lead?.shortName.text(lang) ?? "",
                                ]))),
                    .p(.a(.href(SiteURL.departments.path), .text(m(.homeViewAllDepartments)))),
                    .p(.a(.href(SiteURL.occupations.path), .text(m(.homeSearchOccupations))))
                )
            ))
    }
}

/// The table of yearly targets, shared by the home page and the measure pages.
struct TargetsTable {
    let rows: [(target: Target, measureTitle: LocalizedText, departments: [LocalizedText])]
    let messages: Messages
    /// This year's figures by metric (`TargetQuery.figures`); nil leaves the actual and
    /// progress columns out.
    var actuals: [TargetMetric: Int]? = nil

    var node: Node<HTML.BodyContext> {
        let lang = messages.language
        return .scrollableTable(
            label: messages(.measureTargetsHeading),
            .table(
                .id("targets"),
                .class("data-table"),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(messages(.columnMetric))),
                        .th(.attribute(named: "scope", value: "col"), .text(messages(.columnTarget))),
                        .if(
                            actuals != nil,
                            .group(
                                .th(.attribute(named: "scope", value: "col"), .text(messages(.columnActual))),
                                .th(.attribute(named: "scope", value: "col"), .text(messages(.columnProgress))))),
                        .th(.attribute(named: "scope", value: "col"), .text(messages(.columnMeasure))),
                        .th(.attribute(named: "scope", value: "col"), .text(messages(.columnResponsible)))
                    )),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .data(named: "target", value: row.target.id),
                            .th(.attribute(named: "scope", value: "row"), .text(row.target.label.text(lang))),
                            .td(.class("target-value"), .text(messages.target(row.target))),
                            .unwrap(actuals) { actuals in progressCells(row.target, actuals) },
                            .td(
                                .a(
                                    .href(SiteURL.measure(row.target.measure).path),
                                    .text("\(row.target.measure) \(row.measureTitle.text(lang))"))),
                            .td(
                                .text(row.departments.map { $0.text(lang) }.joined(separator: lang == .zh ? "、" : ", "))
                            )
                        )
                    })
            ))
    }

    /// The actual figure and the share of the target reached, or "not tracked yet".
    private func progressCells(_ target: Target, _ actuals: [TargetMetric: Int]) -> Node<HTML.TableRowContext> {
        guard target.metric.isTracked else {
            return .group(.td(.class("muted"), .text(messages(.targetNotTracked))), .td(.text("—")))
        }
        let actual = actuals[target.metric] ?? 0
        return .group(
            .td(.class("number"), .data(named: "actual", value: String(actual)), .text(String(actual))),
            .td(
                .class("number"), .text("\(target.progressPercent(actual: actual))%"),
                .if(target.isMet(by: actual), .span(.class("badge badge--digital"), .text(messages(.targetMet)))))
        )
    }
}
