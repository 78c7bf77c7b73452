import SiteKit
import TalentDomain

/// The department's targets on an officer's workspace, for a year and district chosen
/// in a small form, and the measures the department is responsible for.
struct TargetsWorkspaceSection: PageSection {
    var policy: PolicyDocument
    var department: Department
    var year: Int
    var years: [Int]
    var district: String?
    /// Code, Chinese and English name.
    var districts: [(code: String, zh: String, en: String)]
    var actuals: [TargetMetric: Int]

    var measures: [Measure] { policy.measures(of: department.code) }
    var targets: [Target] { policy.targets.filter { $0.departments.contains(department.code) } }

    func render(_ m: Messages) -> Node<HTML.BodyContext> {
        .group(
            .section(
                .attribute(named: "aria-labelledby", value: "workspace-targets"),
                .h2(.id("workspace-targets"), .text(m(.measureTargetsHeading))),
                choice(m),
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
                    ).node),
            measureList(m))
    }

    /// Year and district, sent as a GET so that the choice is in the address.
    private func choice(_ m: Messages) -> Node<HTML.BodyContext> {
        .form(
            .id("targets-choice"), .class("filters"), .method(.get),
            .action(SiteURL.workspace.path),
            FormParts.select(
                id: "t-year", name: "year", label: m(.workspaceYear),
                options: years.map { (String($0), String($0)) }, selected: String(year)),
            FormParts.select(
                id: "t-district", name: "district", label: m(.workspaceDistrict),
                options: [("", m(.workspaceWholeCity))]
                    + districts.map { ($0.code, m.language == .zh ? $0.zh : $0.en) },
                selected: district ?? ""),
            .button(.type(.submit), .class("button button--secondary"), .text(m(.workspaceShow))))
    }

    private func measureList(_ m: Messages) -> Node<HTML.BodyContext> {
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
                            .span(.class("measure__title"), .text(measure.title.text(m.language)))),
                        .p(.class("measure__summary"), .text(measure.summary.text(m.language))))
                }))
    }
}
