import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// `/catalogue/{year}`: the year's urgent-need catalogue as published — its edition and
/// what it corrects, its size, filters, downloads, and the entries grouped by chain.
package struct CataloguePageModel {
    package var year: Int?
    package var edition: CatalogueEdition?
    /// The edition it supersedes, with what changed.
    package var correction: CatalogueCorrection?
    /// Every entry of the edition (the figures), and those the filter admits (the tables).
    package var all: [CatalogueQuery.Row]
    package var shown: [CatalogueQuery.Row]
    package var filter: CatalogueQuery.Filter
    package var chains: [(code: String, name: LocalizedText)]
    package var years: [Int]

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let title = year.map { m(.catalogueYearTitle(year: $0)) } ?? m(.catalogueTitle)
        var parts: [Node<HTML.BodyContext>] = [.h1(.text(title)), .p(.class("lead"), .text(m(.catalogueIntro)))]
        if let edition {
            parts += [editionLine(edition, m), figures(m), filters(m)]
            if shown.isEmpty {
                parts.append(.p(.class("empty-state"), .id("catalogue-no-match"), .text(m(.catalogueNoMatch))))
            } else {
                parts += groups.map { chain(name: $0.name, rows: $0.rows, layout) }
            }
        } else {
            parts.append(.p(.class("empty-state"), .id("catalogue-empty"), .text(m(.catalogueNotPublished))))
        }
        if let correction { parts.append(CatalogueCells.correction(correction, layout)) }
        if years.count > 1 { parts.append(yearLinks(m)) }
        return layout.render(title: title, description: m(.catalogueIntro), body: .group(parts))
    }

    private func yearLinks(_ m: Messages) -> Node<HTML.BodyContext> {
        .nav(
            .class("link-list"), .ariaLabel(m(.catalogueOtherYears)),
            .h2(.text(m(.catalogueOtherYears))),
            .ul(
                .forEach(years) { (other: Int) -> Node<HTML.ListContext> in
                    .li(
                        .a(
                            .href(SiteURL.catalogueYear(other).path), .text("\(other)"),
                            .attribute(named: "aria-current", value: other == year ? "page" : nil)))
                }))
    }

    private func editionLine(_ edition: CatalogueEdition, _ m: Messages) -> Node<HTML.BodyContext> {
        let date = edition.publishedAt.map { ZiboTime.today($0).description } ?? "—"
        let line = m(.catalogueEditionLine(number: edition.number, date: date))
        guard let note = edition.note else { return .p(.id("catalogue-edition"), .text(line)) }
        return .p(.id("catalogue-edition"), .text(line + " "), .span(.class("muted"), .text(note)))
    }

    private func figures(_ m: Messages) -> Node<HTML.BodyContext> {
        let tiles: [(String, Int)] = [
            (m(.catalogueOccupationCount), Set(all.map(\.entry.key.occupationCode)).count),
            (m(.catalogueChainCount), Set(all.map(\.entry.key.chainCode)).count),
            (m(.catalogueHeadcountTotal), all.reduce(0) { $0 + $1.entry.headcount }),
            (m(.catalogueEmployerTotal), edition?.declarationCount ?? 0),
        ]
        return .ul(
            .class("figure-grid figure-grid--compact"), .id("catalogue-figures"),
            .forEach(tiles) { (tile: (String, Int)) -> Node<HTML.ListContext> in
                .li(
                    .class("figure"), .span(.class("figure__value"), .text(tile.1.formatted())),
                    .span(.class("figure__label"), .text(tile.0)))
            })
    }

    private func filters(_ m: Messages) -> Node<HTML.BodyContext> {
        let action = year.map { SiteURL.catalogueYear($0).path } ?? SiteURL.catalogue.path
        let chainOptions: [(value: String, label: String)] =
            [("", m(.catalogueAllChains))] + chains.map { ($0.code, $0.name.text(m.language)) }
        let urgencyOptions: [(value: String, label: String)] =
            [("", m(.catalogueAnyUrgency))] + ShortageUrgency.allCases.map { ($0.rawValue, m.urgency($0)) }
        let form: Node<HTML.BodyContext> = .form(
            .class("filters"), .id("catalogue-filter"), .method(.get), .action(action),
            .attribute(named: "role", value: "search"),
            FormParts.select(
                id: "catalogue-chain", name: "chain", label: m(.catalogueChain), options: chainOptions,
                selected: filter.chain),
            FormParts.field(
                .init(
                    id: "catalogue-occupation", name: "occupation", label: m(.catalogueOccupation), type: .search,
                    value: filter.occupation ?? "", required: false)),
            FormParts.select(
                id: "catalogue-urgency", name: "urgency", label: m(.catalogueUrgency), options: urgencyOptions,
                selected: filter.urgency?.rawValue),
            .button(.type(.submit), .class("button"), .text(m(.catalogueFilterButton))))
        var count: [Node<HTML.BodyContext>] = [.text(m(.catalogueShownCount(shown: shown.count, total: all.count)))]
        if let year {
            count += [
                .text(" "), .a(.id("catalogue-xlsx"), .href(download(year, "xlsx")), .text(m(.catalogueDownloadXLSX))),
                .text(" · "), .a(.id("catalogue-csv"), .href(download(year, "csv")), .text(m(.catalogueDownloadCSV))),
            ]
        }
        return .group(form, .p(.class("result-count"), .attribute(named: "role", value: "status"), .group(count)))
    }

    /// The download of what the page shows: the same filters.
    private func download(_ year: Int, _ format: String) -> String {
        var items = [("format", format)]
        if let chain = filter.chain { items.append(("chain", chain)) }
        if let occupation = filter.occupation { items.append(("occupation", occupation)) }
        if let urgency = filter.urgency { items.append(("urgency", urgency.rawValue)) }
        return SiteURL.catalogueDownload(year).path + "?"
            + items.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    private var groups: [(name: LocalizedText, rows: [CatalogueQuery.Row])] {
        var order: [String] = []
        var rows: [String: [CatalogueQuery.Row]] = [:]
        for row in shown {
            if rows[row.entry.key.chainCode] == nil { order.append(row.entry.key.chainCode) }
            rows[row.entry.key.chainCode, default: []].append(row)
        }
        return order.map { (rows[$0]![0].chainName, rows[$0]!) }
    }

    private func chain(name: LocalizedText, rows: [CatalogueQuery.Row], _ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let heading = name.text(layout.language)
        let people = rows.reduce(0) { $0 + $1.entry.headcount }
        let columns: [Message] = [
            .catalogueOccupation, .catalogueHeadcount, .catalogueUrgency, .catalogueEducation, .catalogueExperience,
            .cataloguePay, .catalogueSkills, .catalogueEmployers,
        ]
        let table: Node<HTML.BodyContext> = .table(
            .class("data-table data-table--wide"),
            .thead(.tr(.forEach(columns) { .th(.attribute(named: "scope", value: "col"), .text(m($0))) })),
            .tbody(.forEach(rows) { CatalogueCells.row($0, layout) }))
        return .section(
            .class("catalogue-chain"), .data(named: "chain", value: rows[0].entry.key.chainCode),
            .h2(
                .text(heading + " "),
                .span(.class("muted"), .text(m(.catalogueChainSummary(occupations: rows.count, people: people))))),
            .scrollableTable(label: heading, table))
    }
}
