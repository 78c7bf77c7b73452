import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/wages/{year}`: the year's wage price information (工资价位) — how it is computed, a
/// chart of every occupation on one axis, a table per occupation with its levels and
/// chains, suppressed cells said as such, the change of the median from last year, and
/// the downloads.
package struct WagePageModel {
    package var year: Int?
    package var record: WageYear?
    package var occupations: [WageQuery.Occupation]
    /// The occupation whose levels and chains are shown (`?occupation=`).
    package var selected: String?
    package var years: [Int]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = year.map { m(.wageYearTitle(year: $0)) } ?? m(.wagesTitle)
        var parts: [Node<HTML.BodyContext>] = [.h1(.text(title)), .p(.class("lead"), .text(m(.wagesIntro)))]
        if let record, let year {
            parts.append(
                .p(
                    .id("wage-year"),
                    .text(
                        m(
                            .wageYearLine(
                                employers: record.employers, employees: record.employees,
                                date: record.publishedAt.map { ZiboTime.today($0).description } ?? "—"))),
                    .text(" "),
                    .a(
                        .id("wage-xlsx"), .href(SiteURL.wageDownload(year).path + "?format=xlsx"),
                        .text(m(.catalogueDownloadXLSX))),
                    .text(" · "),
                    .a(
                        .id("wage-csv"), .href(SiteURL.wageDownload(year).path + "?format=csv"),
                        .text(m(.catalogueDownloadCSV))),
                    .text(" · "),
                    .a(.id("wage-json"), .href(SiteURL.wageDownload(year).path + "?format=json"), .text("JSON"))))
            parts.append(
                .details(
                    .class("technical-details"), .id("wage-method"), .summary(.text(m(.wageMethodTitle))),
                    .p(.text(m(.wageMethod))), .p(.text(m(.wageSuppression)))))
            // On a phone the chart keeps a readable size and scrolls sideways in its box.
            parts.append(
                .div(
                    .class("wage-chart-wrap"), .attribute(named: "role", value: "region"),
                    .attribute(named: "aria-label", value: m(.wageChartTitle)),
                    .attribute(named: "tabindex", value: "0"),
                    WageChart.render(occupations, m)))
            if let chosen = occupations.first(where: { $0.code == selected }) {
                parts.append(occupation(chosen, layout))
            }
            parts.append(summary(layout, year: year))
        } else {
            parts.append(.p(.class("empty-state"), .id("wages-empty"), .text(m(.wagesNotPublished))))
        }
        if years.count > 1 {
            parts.append(
                .nav(
                    .class("link-list"), .ariaLabel(m(.wageOtherYears)), .h2(.text(m(.wageOtherYears))),
                    .ul(
                        .forEach(years) { (other: Int) -> Node<HTML.ListContext> in
                            .li(
                                .a(
                                    .href(SiteURL.wageYear(other).path), .text("\(other)"),
                                    .attribute(named: "aria-current", value: other == year ? "page" : nil)))
                        })))
        }
        return layout.render(title: title, description: m(.wagesIntro), body: .group(parts))
    }

    /// One row per occupation — all levels and chains together — each linking to its
    /// levels and chains.
    private func summary(_ layout: Layout, year: Int) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let columns: [Message] = [
            .catalogueOccupation, .wageEmployers, .wageEmployees, .wageP10, .wageP25, .wageP50, .wageP75, .wageP90,
            .wageMedianChangeColumn,
        ]
        return .section(
            .id("wage-summary"), .attribute(named: "aria-labelledby", value: "wage-summary-heading"),
            .h2(.id("wage-summary-heading"), .text(m(.wageSummary))),
            .p(.class("muted"), .text(m(.wageSummaryHint))),
            .scrollableTable(
                label: m(.wageSummary),
                .table(
                    .class("data-table data-table--wide"),
                    .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                    .tbody(
                        .forEach(occupations) { occupation in
                            row(
                                .a(
                                    .href(
                                        SiteURL.wageYear(year).path
                                            + "?occupation=\(percentEncode(occupation.code))#wage-detail"),
                                    .text(occupation.name.text(layout.language))),
                                occupation.overall, m, occupation: occupation.code,
                                // Its own label: a suppressed row's colspan shifts the column count.
                                change: .td(
                                    .class("number"), .data(named: "label", value: m(.wageMedianChangeColumn)),
                                    .text(percentChange(occupation).map { m(.wageChangeShort(percent: $0)) } ?? "—")))
                        }))))
    }

    private func occupation(_ occupation: WageQuery.Occupation, _ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let name = occupation.name.text(layout.language)
        var rows: [(String, WageCell)] = [(m(.wageAllLevels), occupation.overall)]
        rows += occupation.levels.map { (m.skillLevel($0.skillLevel ?? .apprentice), $0) }
        rows += occupation.chains.map { (m(.wageInChain(chain: $0.name.text(layout.language))), $0.cell) }
        let columns: [Message] = [
            .wageCellColumn, .wageEmployers, .wageEmployees, .wageP10, .wageP25, .wageP50, .wageP75, .wageP90,
        ]
        return .section(
            .class("wage-occupation"), .id("wage-detail"), .data(named: "occupation", value: occupation.code),
            .h2(.text(name + " "), .code(.class("muted"), .text(occupation.code))),
            .unwrap(change(occupation, m)) { .p(.class("muted"), .text($0)) },
            .scrollableTable(
                label: name,
                .table(
                    .class("data-table data-table--wide"),
                    .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
                    .tbody(.forEach(rows) { row(.text($0.0), $0.1, m) }))))
    }

    private func row(
        _ label: Node<HTML.BodyContext>, _ cell: WageCell, _ m: Messages, occupation: String? = nil,
        change: Node<HTML.TableRowContext> = .empty
    ) -> Node<HTML.TableContext> {
        let figures: [Node<HTML.TableRowContext>] =
            if let p = cell.percentiles {
                p.all.map { .td(.class("number"), .text(CatalogueCells.yuan($0))) }
            } else {
                [
                    .td(
                        .attribute(named: "colspan", value: "5"), .data(named: "label", value: m(.wagePercentiles)),
                        .class("muted"), .text(m(.wageSuppressed)))
                ]
            }
        return .tr(
            .data(named: "dimension", value: cell.dimension.rawValue),
            .data(named: "suppressed", value: cell.isSuppressed ? "true" : "false"),
            .unwrap(occupation) { .data(named: "occupation", value: $0) },
            .th(.attribute(named: "scope", value: "row"), label),
            .td(.class("number"), .text(cell.employers.formatted())),
            .td(.class("number"), .text(cell.employees.formatted())),
            .group(figures), change)
    }

    /// The median's change from last year, in whole percent (rounded toward zero).
    private func percentChange(_ occupation: WageQuery.Occupation) -> Int? {
        guard let now = occupation.overall.percentiles?.p50, let before = occupation.previousMedian, before.fen > 0
        else { return nil }
        return Int((now.fen - before.fen) * 100 / before.fen)
    }

    private func change(_ occupation: WageQuery.Occupation, _ m: Messages) -> String? {
        guard let percent = percentChange(occupation), let before = occupation.previousMedian else { return nil }
        return m(.wageMedianChange(previous: CatalogueCells.yuan(before), percent: percent))
    }
}
