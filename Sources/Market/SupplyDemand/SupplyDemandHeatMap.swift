import Foundation
import SiteKit
import TalentDomain

/// The map as a heat-map (server-rendered SVG, elements only): occupations down, chains
/// across, each cell shaded by how much of its demand the chain's own talents leave
/// open, and a link to the occupation's detail. The table under it holds the same
/// figures for screen readers.
enum SupplyDemandHeatMap {
    static let labelWidth = 230
    static let cellWidth = 44
    static let rowHeight = 26
    static let headerHeight = 120

    static func render(
        _ rows: [SupplyDemand.Row], chains: [String], names: SupplyDemandNames, year: Int, _ m: Messages
    ) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty, !chains.isEmpty else { return .empty }
        let width = labelWidth + cellWidth * chains.count + 10
        let height = headerHeight + rowHeight * rows.count
        let worst = max(1, rows.flatMap(\.cells).map(\.gap).max() ?? 1)
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
            // Its natural size: a map of few chains stays small, a wide one shrinks to fit.
            .attribute(named: "width", value: "\(width)"), .attribute(named: "height", value: "\(height)"),
            // A group, not an image: its cells are links, each named by its title.
            .attribute(named: "role", value: "group"), .attribute(named: "class", value: "heat-map"),
            .attribute(named: "aria-label", value: m(.mapHeatLabel(occupations: rows.count, chains: chains.count))),
        ]
        for (column, chain) in chains.enumerated() {
            let x = labelWidth + cellWidth * column + cellWidth / 2
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(named: "transform", value: "translate(\(x),\(headerHeight - 6)) rotate(-60)"),
                        .attribute(named: "class", value: "heat-map__label"),
                        .text(String(names.chain(chain, m).prefix(9))),
                    ]))
        }
        for (index, row) in rows.enumerated() {
            let y = headerHeight + rowHeight * index
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(named: "x", value: "\(labelWidth - 8)"), .attribute(named: "y", value: "\(y + 17)"),
                        .attribute(named: "text-anchor", value: "end"),
                        .attribute(named: "class", value: "heat-map__label"),
                        .text(String(names.occupation(row.occupationCode).prefix(16))),
                    ]))
            for (column, chain) in chains.enumerated() {
                let cell = row.cell(chain) ?? SupplyDemand.Cell(chainCode: chain)
                let level =
                    cell.demand == 0 ? "none" : cell.gap <= 0 ? "met" : "\(min(4, 1 + cell.gap * 4 / (worst + 1)))"
                let title = m(
                    .mapCellTitle(
                        occupation: names.occupation(row.occupationCode), chain: names.chain(chain, m),
                        demand: cell.demand, talents: cell.talents, gap: cell.gap))
                nodes.append(
                    .element(
                        named: "a",
                        nodes: [
                            .attribute(
                                named: "href",
                                value: SiteURL.supplyDemand.path + "?year=\(year)&occupation=\(row.occupationCode)"),
                            .selfClosedElement(
                                named: "rect",
                                attributes: [
                                    .attribute(named: "x", value: "\(labelWidth + cellWidth * column + 1)"),
                                    .attribute(named: "y", value: "\(y + 1)"),
                                    .attribute(named: "width", value: "\(cellWidth - 2)"),
                                    .attribute(named: "height", value: "\(rowHeight - 2)"),
                                    .attribute(named: "class", value: "heat-map__cell heat-map__cell--\(level)"),
                                ]),
                            .element(named: "title", nodes: [.text(title)]),
                        ]))
            }
        }
        return .div(.class("wage-chart-wrap"), .element(named: "svg", nodes: nodes))
    }
}
