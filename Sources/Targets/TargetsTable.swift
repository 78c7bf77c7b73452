import SiteKit
import TalentDomain
import TalentPool

/// The table of yearly targets, shared by the home page and the measure pages.
package struct TargetsTable {
    package let rows: [(target: Target, measureTitle: LocalizedText, departments: [LocalizedText])]
    package let messages: Messages
    /// This year's figures by metric (`TargetQuery.figures`); nil leaves the actual and
    /// progress columns out.
    package var actuals: [TargetMetric: Int]? = nil

    package init(
        rows: [(target: Target, measureTitle: LocalizedText, departments: [LocalizedText])], messages: Messages,
        actuals: [TargetMetric: Int]? = nil
    ) {
        self.rows = rows
        self.messages = messages
        self.actuals = actuals
    }

    package var node: Node<HTML.BodyContext> {
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
            .td(
                .class("number"), .data(named: "actual", value: String(actual)),
                .text(target.unit == .percent ? "\(actual)%" : String(actual))),
            .td(
                .class("number"), .text("\(target.progressPercent(actual: actual))%"),
                // The share as a bar beside the figure; the text above is what a screen reader reads.
                .element(
                    named: "progress",
                    nodes: [
                        .class("target-bar"), .attribute(named: "max", value: "100"),
                        .attribute(named: "value", value: String(min(target.progressPercent(actual: actual), 100))),
                        .attribute(named: "aria-hidden", value: "true"),
                    ]),
                .if(target.isMet(by: actual), .span(.class("badge badge--digital"), .text(messages(.targetMet)))))
        )
    }
}
