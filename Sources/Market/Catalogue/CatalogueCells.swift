import Foundation
import SiteKit
import TalentDomain
import TalentPool

/// How an entry of the catalogue prints, on the public page and the departments' edition
/// page alike: one table row, and the list of what a correction changed.
enum CatalogueCells {
    static func row(_ row: CatalogueQuery.Row, _ layout: Layout) -> Node<HTML.TableContext> {
        let m = layout.messages
        let entry = row.entry
        return .tr(
            .data(named: "occupation", value: entry.key.occupationCode),
            // One piece, so a phone's card shows the name and its code together.
            .th(
                .attribute(named: "scope", value: "row"),
                .span(
                    .text(row.occupationName.text(layout.language) + " "),
                    .code(.class("muted"), .text(entry.key.occupationCode)))),
            .td(.class("number"), .text(entry.headcount.formatted())),
            .td(urgency(entry.urgency, m)),
            .td(.text(education(entry.education, m))),
            .td(.text(experience(entry.experienceYears, m))),
            .td(.class("nowrap"), .text(payRange(entry.payMin, entry.payMax))),
            .td(skills(entry.skills)),
            .td(.class("number"), .text(entry.employerCount.formatted())))
    }

    static func urgency(_ urgency: ShortageUrgency, _ m: Messages) -> Node<HTML.BodyContext> {
        .span(.class(urgency == .general ? "badge" : "badge badge--warn"), .text(m.urgency(urgency)))
    }

    static func skills(_ skills: [String]) -> Node<HTML.BodyContext> {
        if skills.isEmpty { return .text("—") }
        return .ul(.class("tag-list"), .forEach(skills) { .li(.text($0)) })
    }

    static func education(_ level: EducationLevel?, _ m: Messages) -> String {
        level.map { m.education($0) + m(.catalogueOrAbove) } ?? m(.catalogueNotRequired)
    }

    static func experience(_ years: Int?, _ m: Messages) -> String {
        years.map { m(.catalogueYears(count: $0)) } ?? m(.catalogueNotRequired)
    }

    /// `8,000–15,000`: whole yuan a month, grouped.
    static func payRange(_ low: Money, _ high: Money) -> String {
        "\(yuan(low))–\(yuan(high))"
    }

    static func yuan(_ money: Money) -> String {
        let text = money.formatted.dropFirst()
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : String(text)
    }

    /// What a correction added, removed and changed, each entry named.
    static func correction(_ correction: CatalogueCorrection, _ layout: Layout) -> Node<HTML.BodyContext> {
        let m = layout.messages
        let difference = correction.difference
        func name(_ key: CatalogueKey) -> String {
            guard let row = correction.names[key] else { return key.occupationCode }
            return "\(row.chainName.text(layout.language)) · \(row.occupationName.text(layout.language))"
        }
        let summary = m(
            .catalogueDifferenceSummary(
                number: correction.base.number, added: difference.added.count, removed: difference.removed.count,
                changed: difference.changed.count))
        let items: [(kind: String, text: String)] =
            difference.added.map { ("added", m(.catalogueAdded(entry: name($0.key), people: $0.headcount))) }
            + difference.removed.map { ("removed", m(.catalogueRemoved(entry: name($0.key)))) }
            + difference.changed.map { change in
                let what = change.fields.map { describe($0, change, m) }.joined(separator: m(.catalogueListSeparator))
                return ("changed", m(.catalogueChanged(entry: name(change.new.key), what: what)))
            }
        let list: Node<HTML.DetailsContext> =
            items.isEmpty
            ? .p(.text(m(.catalogueNoDifference)))
            : .ul(.class("plain-list"), .forEach(items) { .li(.data(named: "change", value: $0.kind), .text($0.text)) })
        return .details(
            .class("technical-details"), .id("catalogue-difference"),
            .attribute(named: "open", value: correction.base.state == .published ? nil : "open"),
            .summary(.text(summary)), list)
    }

    private static func describe(
        _ field: CatalogueDifference.Field, _ change: CatalogueDifference.Change, _ m: Messages
    )
        -> String
    {
        let (old, new) = (change.old, change.new)
        let pair: (String, String) =
            switch field {
            case .headcount: (old.headcount.formatted(), new.headcount.formatted())
            case .employerCount: (old.employerCount.formatted(), new.employerCount.formatted())
            case .urgency: (m.urgency(old.urgency), m.urgency(new.urgency))
            case .education:
                (old.education.map { m.education($0) } ?? "—", new.education.map { m.education($0) } ?? "—")
            case .experienceYears:
                (old.experienceYears.map(String.init) ?? "—", new.experienceYears.map(String.init) ?? "—")
            case .pay: (payRange(old.payMin, old.payMax), payRange(new.payMin, new.payMax))
            case .skills: (old.skills.joined(separator: "、"), new.skills.joined(separator: "、"))
            }
        return m(.catalogueFieldChange(field: m.catalogueField(field), old: pair.0, new: pair.1))
    }
}
