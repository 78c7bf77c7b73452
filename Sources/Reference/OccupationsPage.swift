import SiteKit
import TalentDomain

/// The searchable occupation catalogue: digital occupations first.
package struct OccupationsPageModel {
    package var query: OccupationQuery
    package var page: OccupationQuery.Page
    package var edition: String

    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        return layout.render(
            title: m(.occupationsHeading),
            body: .group(
                .h1(.text(m(.occupationsHeading))),
                .p(.class("lead"), .text(m(.occupationsIntro(edition: edition)))),
                .form(
                    .id("occupation-search"),
                    .class("search-form"),
                    .action(SiteURL.occupations.path),
                    .method(.get),
                    .attribute(named: "role", value: "search"),
                    .div(
                        .class("field"),
                        .label(.for("occupation-q"), .text(m(.occupationsSearchLabel))),
                        .input(
                            .id("occupation-q"), .name("q"), .type(.search),
                            .value(query.keyword ?? ""), .attribute(named: "maxlength", value: "64"))),
                    .div(
                        .class("field field--inline"),
                        .input(
                            .id("occupation-digital"), .name("digital"), .type(.checkbox), .value("true"),
                            .attribute(named: "checked", value: query.digitalOnly ? "checked" : nil)),
                        .label(.for("occupation-digital"), .text(m(.occupationsDigitalOnly)))),
                    .button(.type(.submit), .class("button"), .text(m(.occupationsSearchButton)))
                ),
                .p(
                    .class("result-count"), .attribute(named: "role", value: "status"),
                    .text(m(.occupationsResultCount(count: String(page.total))))),
                page.items.isEmpty
                    ? .p(.class("empty-state"), .text(m(.occupationsEmpty)))
                    : .scrollableTable(
                        label: m(.occupationsHeading),
                        .table(
                            .class("data-table"),
                            .thead(
                                .tr(
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.columnCode))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.columnName))),
                                    .th(.attribute(named: "scope", value: "col"), .text(m(.occupationsAliases)))
                                )),
                            .tbody(
                                .forEach(page.items) { occupation in
                                    .tr(
                                        .class("occupation"),
                                        .data(named: "code", value: occupation.id ?? ""),
                                        .data(named: "digital", value: occupation.isDigital ? "true" : "false"),
                                        .td(.code(.text(occupation.id ?? ""))),
                                        .td(
                                            .text(lang == .zh ? occupation.nameZh : occupation.nameEn),
                                            .if(
                                                lang == .en,
                                                .span(
                                                    .class("muted"), .attribute(named: "lang", value: "zh-Hans"),
                                                    .text(" \(occupation.nameZh)"))),
                                            .text(" "),
                                            .span(
                                                .class(occupation.isDigital ? "badge badge--digital" : "badge"),
                                                .text(
                                                    m(
                                                        occupation.isDigital
                                                            ? .occupationsDigitalBadge : .occupationsOtherBadge))),
                                            .if(
                                                occupation.kind == "group",
                                                .span(.class("badge"), .text(m(.occupationsGroup)))),
                                            .if(
                                                !occupation.verified,
                                                .span(.class("badge badge--warn"), .text(m(.occupationsUnverified))))),
                                        .td(.text(occupation.aliasList.joined(separator: ", ")))
                                    )
                                })
                        )),
                .if(
                    query.after != nil || page.next != nil,
                    .nav(
                        .class("pager"), .ariaLabel(m(.occupationsNextPage)),
                        .if(query.after != nil, .a(.href(link(cursor: nil)), .text(m(.occupationsFirstPage)))),
                        .unwrap(page.next) { next in
                            .a(
                                .attribute(named: "rel", value: "next"), .href(link(cursor: next)),
                                .text(m(.occupationsNextPage) + " →"))
                        }))
            ))
    }

    private func link(cursor: OccupationQuery.Cursor?) -> String {
        var items: [(String, String)] = []
        if let keyword = query.keyword, !keyword.isEmpty { items.append(("q", keyword)) }
        if query.digitalOnly { items.append(("digital", "true")) }
        if query.limit != OccupationQuery.defaultLimit { items.append(("limit", String(query.limit))) }
        if let cursor { items.append(("cursor", cursor.text)) }
        let query = items.map { "\($0.0)=\(percentEncode($0.1))" }.joined(separator: "&")
        return SiteURL.occupations.path + (query.isEmpty ? "" : "?\(query)")
    }
}
