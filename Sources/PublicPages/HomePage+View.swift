import SiteKit
import TalentDomain
import Targets

extension HomePageModel {
    package func render(layout: Layout) -> String {
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
                                .homeIntro(title: m.quoted(policy.title.text(lang)), count: String(measures.count)))))
                ),
                .section(
                    .id("targets-section"),
                    .attribute(named: "aria-labelledby", value: "targets-heading"),
                    .h2(.id("targets-heading"), .text(m(.homeTargetsHeading(year: String(year))))),
                    .p(.text(m(.homeTargetsIntro))),
                    TargetsTable(
                        rows: targets.map { ($0.target, $0.measureTitle, $0.departments) },
                        messages: m, actuals: actuals
                    ).node
                ),
                .section(
                    .id("measures"),
                    .attribute(named: "aria-labelledby", value: "measures-heading"),
                    .h2(.id("measures-heading"), .text(m(.homeMeasuresHeading(count: String(measures.count))))),
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
                                .homeDepartmentsIntro(
                                    count: String(policy.departments.count), lead: lead?.shortName.text(lang) ?? "")))),
                    .p(.a(.href(SiteURL.departments.path), .text(m(.homeViewAllDepartments)))),
                    .p(.a(.href(SiteURL.occupations.path), .text(m(.homeSearchOccupations))))
                )
            ))
    }
}
