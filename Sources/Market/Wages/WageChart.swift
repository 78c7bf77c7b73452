import Foundation
import SiteKit
import TalentDomain

/// The year's occupations as box plots on one axis (server-rendered SVG, elements only):
/// a whisker from P10 to P90, a box from P25 to P75, a bar at the median — so occupations
/// compare at a glance. The table under it holds the same figures for screen readers.
enum WageChart {
    static let width = 760
    static let labelWidth = 220
    static let rowHeight = 30
    static let axisHeight = 30

    static func render(_ occupations: [WageQuery.Occupation], _ m: Messages) -> Node<HTML.BodyContext> {
        let shown = occupations.compactMap { occupation in occupation.overall.percentiles.map { (occupation, $0) } }
        guard !shown.isEmpty else { return .empty }
        let top = niceCeiling(shown.map(\.1.p90.fen).max() ?? 1)
        let plot = Double(width - labelWidth - 20)
        func x(_ fen: Int64) -> String { String(format: "%.1f", Double(labelWidth) + plot * Double(fen) / Double(top)) }
        let height = axisHeight + rowHeight * shown.count
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
            .attribute(named: "viewBox", value: "0 0 \(width) \(height)"),
            .attribute(named: "role", value: "img"), .attribute(named: "class", value: "wage-chart"),
            .attribute(named: "aria-label", value: m(.wageChartLabel(count: shown.count))),
        ]
        // The axis: five ticks in 万元 (10,000 yuan), the unit offices read pay in.
        for step in 0...4 {
            let fen = top * Int64(step) / 4
            nodes.append(line(x(fen), "0", x(fen), "\(height)", css: "wage-chart__grid"))
            nodes.append(text(x(fen), "\(axisHeight - 10)", m(.wageChartTick(value: wan(fen))), anchor: "middle"))
        }
        for (index, (occupation, p)) in shown.enumerated() {
            let mid = axisHeight + rowHeight * index + rowHeight / 2
            let (y, top, bottom) = ("\(mid)", "\(mid - 8)", "\(mid + 8)")
            nodes.append(text("\(labelWidth - 8)", "\(mid + 5)", occupation.name.text(m.language), anchor: "end"))
            nodes.append(line(x(p.p10.fen), y, x(p.p90.fen), y, css: "wage-chart__whisker"))
            nodes.append(line(x(p.p10.fen), top, x(p.p10.fen), bottom, css: "wage-chart__whisker"))
            nodes.append(line(x(p.p90.fen), top, x(p.p90.fen), bottom, css: "wage-chart__whisker"))
            let left = Double(x(p.p25.fen))!
            let boxWidth = String(format: "%.1f", Double(x(p.p75.fen))! - left)
            nodes.append(
                .selfClosedElement(
                    named: "rect",
                    attributes: [
                        .attribute(named: "x", value: x(p.p25.fen)), .attribute(named: "y", value: top),
                        .attribute(named: "width", value: boxWidth), .attribute(named: "height", value: "16"),
                        .attribute(named: "class", value: "wage-chart__box"),
                    ]))
            nodes.append(line(x(p.p50.fen), top, x(p.p50.fen), bottom, css: "wage-chart__median"))
        }
        return .element(named: "svg", nodes: nodes)
    }

    private static func line(_ x1: String, _ y1: String, _ x2: String, _ y2: String, css: String)
        -> Node<HTML.BodyContext>
    {
        .selfClosedElement(
            named: "line",
            attributes: [
                .attribute(named: "x1", value: x1), .attribute(named: "y1", value: y1),
                .attribute(named: "x2", value: x2), .attribute(named: "y2", value: y2),
                .attribute(named: "class", value: css),
            ])
    }

    private static func text(_ x: String, _ y: String, _ content: String, anchor: String) -> Node<HTML.BodyContext> {
        .element(
            named: "text",
            nodes: [
                .attribute(named: "x", value: x), .attribute(named: "y", value: y),
                .attribute(named: "text-anchor", value: anchor), .attribute(named: "class", value: "wage-chart__label"),
                .text(content),
            ])
    }

    /// The axis end: the largest P90 rounded up to a whole 20,000 yuan.
    static func niceCeiling(_ fen: Int64) -> Int64 {
        let step: Int64 = 2_000_000
        return max(step, (fen + step - 1) / step * step)
    }

    /// `12.5`: fen in 万元 with one decimal, rounded half up, in integers.
    static func wan(_ fen: Int64) -> String {
        let tenths = (fen + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
